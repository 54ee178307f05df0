import { lazy } from '$lib/lazy';
import { afterFirstPaint } from '$lib/state/afterFirstPaint';

/** Starts fetching MapLibre, its worker and its stylesheet; later calls share the same download (or retry a failed one). */
export const preloadMapLibre = lazy(() =>
	Promise.all([
		import('./mapLibre'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
		// The map's few style rules come with MapLibre, not with the first paint.
		import('./mapLibreBase.css')
	])
);

/**
 * For pages with a map: once the prerendered page has painted, start MapLibre's download (the larger
 * one) and then let the data follow, so that neither competes with the first view.
 */
export async function afterPaintWithMap(): Promise<void> {
	await afterFirstPaint();
	// A failure here is the map's to report (it falls back to the SVG map); nothing is left unhandled.
	preloadMapLibre().catch(() => undefined);
	// Let MapLibre's request go out first.
	await new Promise((resolve) => setTimeout(resolve, 0));
}
