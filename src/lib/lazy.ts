/**
 * Code loaded when first needed (a dialog, the details panel, the picture export, MapLibre). A chunk
 * that fails to load (offline, a new deployment) must not stay failed: the next call tries again, and
 * the failure is a DataLoadError the page can show with a retry.
 */
import { DataLoadError } from '$lib/data/dataLoadError';

export interface Lazy<T> {
	(): Promise<T>;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
	let loading: Promise<T> | undefined;
	return () => {
		loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw DataLoadError.from(error);
		});
		return loading;
	};
}
