import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { afterNextPaint } from './afterNextPaint.svelte';

describe('a value brought up to date after the next paint', () => {
	it('starts as read, follows a change of its key only when the task after the paint runs, and reads only then', () => {
		// The task after the paint, run by hand; a cancelled one never runs.
		const pending = new Set<() => void>();
		const schedule = (task: () => void) => (pending.add(task), () => pending.delete(task));
		const afterPaint = () => {
			const tasks = [...pending];
			pending.clear();
			for (const task of tasks) task();
		};
		const input = $state({ year: 2025, detail: 'a' });
		let reads = 0;
		let shown!: { readonly current: string };
		const stop = $effect.root(() => {
			shown = afterNextPaint(
				() => input.year,
				() => (reads++, `${input.year}${input.detail}`),
				schedule
			);
		});
		flushSync();
		expect(shown.current).toBe('2025a');
		expect(reads).toBe(1);
		expect(pending.size).toBe(0);

		input.year = 2017;
		flushSync();
		expect(shown.current).toBe('2025a');
		expect(reads).toBe(1);
		afterPaint();
		expect(shown.current).toBe('2017a');
		expect(reads).toBe(2);

		// Two changes before the paint: one read, of the last.
		input.year = 2022;
		flushSync();
		input.year = 2025;
		input.detail = 'b';
		flushSync();
		expect(pending.size).toBe(1);
		afterPaint();
		expect(shown.current).toBe('2025b');
		expect(reads).toBe(3);
		stop();
	});
});
