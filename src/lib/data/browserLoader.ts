import { lazy } from '$lib/lazy';
import type { DataLoader } from './loader';

/**
 * The browser's data loader, one per page load, imported on first use (the first view does not need
 * it). Its schema checks run in a worker, off the page's main thread. A failed download of its code
 * is tried again.
 */
export const browserLoader: () => Promise<DataLoader> = lazy(() =>
	Promise.all([import('./loader'), import('./workerCheck')]).then(
		([{ DataLoader }, { workerCheck }]) => new DataLoader((input, init) => fetch(input, init), workerCheck())
	)
);
