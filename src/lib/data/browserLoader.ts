import { lazy } from '$lib/lazy';
import type { DataLoader } from './loader';

/**
 * The browser's data loader, one per page load, imported on first use: with it come the schemas
 * (zod), which the first view does not need. A failed download of its code is tried again.
 */
export const browserLoader: () => Promise<DataLoader> = lazy(() =>
	import('./loader').then(({ DataLoader }) => new DataLoader((input, init) => fetch(input, init)))
);
