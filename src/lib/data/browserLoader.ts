import { lazy } from '$lib/lazy';
import { nextTask } from '$lib/nextTask';
import type { DataLoader } from './loader';

/**
 * The browser's data loader, one per page load, imported on first use (the first view does not need
 * it). Its schema checks run in a worker, off the page's main thread. A failed download of its code
 * is tried again.
 */
export const browserLoader: () => Promise<DataLoader> = lazy(() =>
	Promise.all([import('./loader'), import('./workerCheck')]).then(([{ DataLoader }, { workerCheck }]) => new DataLoader(fetchInItsOwnTask, workerCheck()))
);

/**
 * `fetch`, each request started in a task of its own. A call of `fetch` holds the main thread
 * 0.1–6 ms on the benchmark machine (more for a page's first), and the table's ten files asked for at
 * once, with the worker started, were one task of 25–38 ms by the wall clock as the page started
 * (Lighthouse's traces), four times that on its phone.
 */
export async function fetchInItsOwnTask(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
	await nextTask();
	return fetch(input, init);
}
