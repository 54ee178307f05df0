import { afterFirstPaint } from '$lib/state/afterFirstPaint';

let mapLibre: Promise<[typeof import('./mapLibre'), string, unknown]> | undefined;

/** Starts fetching MapLibre, its worker and its stylesheet; later calls share the same download. */
export function preloadMapLibre() {
	mapLibre ??= Promise.all([
		import('./mapLibre'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
		// The map's few style rules come with MapLibre, not with the first paint.
		import('./mapLibreBase.css')
	]);
	return mapLibre;
}

/**
 * For pages with a map: once the prerendered page has painted, start MapLibre's download (the larger
 * one) and then let the data follow, so that neither competes with the first view.
 */
export async function afterPaintWithMap(): Promise<void> {
	await afterFirstPaint();
	void preloadMapLibre();
	// Let MapLibre's request go out first.
	await new Promise((resolve) => setTimeout(resolve, 0));
}
