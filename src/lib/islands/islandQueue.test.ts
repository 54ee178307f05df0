import { describe, expect, it } from 'vitest';
import { islandQueue } from './islandQueue';

/** A queue whose tasks are run by hand, on a clock the test sets. */
function handQueue(sliceMs = 6) {
	let clock = 0;
	const tasks: Array<() => void> = [];
	const queue = islandQueue({ yieldTask: () => new Promise<void>((resolve) => tasks.push(resolve)), now: () => clock, sliceMs });
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	return {
		queue,
		/** Runs the next task the queue waits for; false when it waits for none. */
		async nextTask() {
			await settle();
			const task = tasks.shift();
			task?.();
			await settle();
			return !!task;
		},
		/** An island whose hydration takes `ms` on the clock and notes its name. */
		island: (name: string, ms: number, log: string[]) => () => {
			log.push(name);
			clock += ms;
		}
	};
}

describe('the island queue', () => {
	it('runs nothing in the task that asks, then islands in order, as many per task as a slice holds', async () => {
		const { queue, nextTask, island } = handQueue();
		const log: string[] = [];
		for (const [name, ms] of [
			['search', 2],
			['controls', 3],
			['legend', 9],
			['figures', 1]
		] as const)
			queue.add(island(name, ms, log));
		expect(log).toEqual([]);
		// search (2 ms) and controls (3: 5 in all) fit a slice of 6; the legend starts in it and ends it.
		expect(await nextTask()).toBe(true);
		expect(log).toEqual(['search', 'controls', 'legend']);
		expect(await nextTask()).toBe(true);
		expect(log).toEqual(['search', 'controls', 'legend', 'figures']);
		expect(await nextTask()).toBe(false);
	});

	it('gives every island a task of its own where each takes a slice or more (a slow phone)', async () => {
		const { queue, nextTask, island } = handQueue();
		const log: string[] = [];
		for (const name of ['a', 'b', 'c']) queue.add(island(name, 20, log));
		for (const expected of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
			await nextTask();
			expect(log).toEqual(expected);
		}
	});

	it('drops an island cancelled before its turn, and starts again for islands added after it emptied', async () => {
		const { queue, nextTask, island } = handQueue();
		const log: string[] = [];
		queue.add(island('a', 1, log));
		const cancel = queue.add(island('gone', 1, log));
		cancel();
		await nextTask();
		expect(log).toEqual(['a']);
		queue.add(island('later', 1, log));
		await nextTask();
		expect(log).toEqual(['a', 'later']);
	});

	it('is settled once every island asked for, also those asked for while it ran, has run', async () => {
		const { queue, nextTask, island } = handQueue(0);
		const log: string[] = [];
		let settled = false;
		queue.add(island('a', 1, log));
		void queue.settled().then(() => (settled = true));
		queue.add(() => (log.push('b'), queue.add(island('c', 1, log))));
		while (await nextTask());
		expect(log).toEqual(['a', 'b', 'c']);
		expect(settled).toBe(true);
	});
});
