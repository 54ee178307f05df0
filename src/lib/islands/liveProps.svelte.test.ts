import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { liveProps } from './liveProps';

describe('props that follow their host', () => {
	it('reads through on every access, so an effect on them re-runs when the host changes', () => {
		const host = $state({ year: 2025, compact: true });
		const props = liveProps(() => ({ year: host.year, compact: host.compact }));
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(props.year);
			});
		});
		flushSync();
		host.year = 2017;
		flushSync();
		expect(seen).toEqual([2025, 2017]);
		stop();
	});

	it('answers for its keys as the host object does (spread, `in`)', () => {
		const props = liveProps(() => ({ a: 1, b: 'two' }));
		expect({ ...props }).toEqual({ a: 1, b: 'two' });
		expect('a' in props).toBe(true);
		expect('c' in props).toBe(false);
		expect(Object.keys(props)).toEqual(['a', 'b']);
	});
});
