import { describe, expect, it } from 'vitest';
import { LATER_ROW_ATTRIBUTE, revealLaterRows } from './laterRows';

/** Rows that note when they are shown, and tasks run by hand. */
function setUp(count: number) {
	const log: string[] = [];
	const rows = Array.from({ length: count }, (_, i) => ({
		removeAttribute: (name: string) => log.push(name === LATER_ROW_ATTRIBUTE ? `show ${i}` : `?${name}`)
	}));
	const tasks: Array<() => void> = [];
	const yieldTask = () => new Promise<void>((resolve) => tasks.push(resolve));
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	/** Runs the task the reveal waits for; false when it waits for none. */
	const runTask = async () => {
		await settle();
		const task = tasks.shift();
		task?.();
		await settle();
		return !!task;
	};
	return { log, rows, yieldTask, runTask, layout: () => log.push('layout') };
}

describe('revealing the later rows', () => {
	it('shows none in the calling task, then a slice per task, each laid out in its own task', async () => {
		const { log, rows, yieldTask, runTask, layout } = setUp(5);
		const reveal = revealLaterRows(rows, { layout, yieldTask, perTask: 2 });
		expect(log).toEqual([]);
		expect(await runTask()).toBe(true);
		expect(log).toEqual(['show 0', 'show 1', 'layout']);
		await runTask();
		await runTask();
		expect(log).toEqual(['show 0', 'show 1', 'layout', 'show 2', 'show 3', 'layout', 'show 4', 'layout']);
		expect(await runTask()).toBe(false);
		expect(await reveal.done).toBe(true);
	});

	it('stops when cancelled: rows replaced meanwhile are not touched', async () => {
		const { log, rows, yieldTask, runTask, layout } = setUp(6);
		const reveal = revealLaterRows(rows, { layout, yieldTask, perTask: 2 });
		await runTask();
		reveal.cancel();
		await runTask();
		expect(log).toEqual(['show 0', 'show 1', 'layout']);
		expect(await reveal.done).toBe(false);
	});

	it('puts rows set aside back into the document a slice at a time, each before its mark comes off', async () => {
		const { log, rows, yieldTask, runTask, layout } = setUp(3);
		const insert = (slice: typeof rows) => log.push(`insert ${slice.map((row) => rows.indexOf(row)).join(',')}`);
		const reveal = revealLaterRows(rows, { layout, insert, yieldTask, perTask: 2 });
		expect(log).toEqual([]);
		await runTask();
		await runTask();
		expect(log).toEqual(['insert 0,1', 'show 0', 'show 1', 'layout', 'insert 2', 'show 2', 'layout']);
		expect(await reveal.done).toBe(true);
	});

	it('has nothing to do without later rows', async () => {
		const { log, yieldTask, layout } = setUp(0);
		expect(await revealLaterRows([], { layout, yieldTask }).done).toBe(true);
		expect(log).toEqual([]);
	});
});
