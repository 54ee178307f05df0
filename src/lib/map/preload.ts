import { lazy } from '$lib/lazy';

/** Starts fetching MapLibre, its worker and its stylesheet; later calls share the same download (or retry a failed one). */
export const preloadMapLibre = lazy(() =>
	Promise.all([
		import('./mapLibre'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
		// The map's few style rules come with MapLibre, not with the first paint.
		import('./mapLibreBase.css')
	])
);
