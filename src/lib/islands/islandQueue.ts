/**
 * Hydrates a page's islands (Island.svelte) in tasks of their own, after the task that hydrates the
 * rest of the page. Hydrating the map page in one piece was one task of ≈ 40 ms of CPU on a laptop, four
 * times that on a mid-range phone: a tap in it waits. Islands are taken in the order the page asked
 * for them (its order on screen) as long as a slice lasts, so a fast machine does several in a task
 * and a slow phone one.
 */
import { nextTask } from '../nextTask';

/** How long one task may go on hydrating islands before it gives the main thread back. */
export const ISLAND_SLICE_MS = 6;

export interface IslandQueue {
	/** Runs `hydrate` in a later task; returns what cancels it if it has not run yet. */
	add(hydrate: () => void): () => void;
	/** Resolves once every island asked for so far (and any asked for meanwhile) has run. */
	settled(): Promise<void>;
}

export function islandQueue({ yieldTask = nextTask, now = () => performance.now(), sliceMs = ISLAND_SLICE_MS } = {}): IslandQueue {
	const pending: Array<() => void> = [];
	let draining: Promise<void> | null = null;

	async function drain() {
		while (pending.length) {
			await yieldTask();
			const started = now();
			// One at least, then more while the slice lasts.
			do pending.shift()!();
			while (pending.length && now() - started < sliceMs);
		}
		draining = null;
	}

	return {
		add(hydrate) {
			pending.push(hydrate);
			draining ??= drain();
			return () => {
				const at = pending.indexOf(hydrate);
				if (at >= 0) pending.splice(at, 1);
			};
		},
		async settled() {
			// A task first: the islands of a page being hydrated are all asked for by then, whichever
			// component's effect asks for this first.
			do {
				await yieldTask();
				await draining;
			} while (pending.length);
		}
	};
}

/** The page's queue: one per document. */
export const islands = islandQueue();
