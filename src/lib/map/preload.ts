import { afterFirstPaint } from '$lib/state/afterFirstPaint';

/**
 * For pages with a map: once the prerendered page has painted, start MapLibre's download (the larger
 * one) and then let the data follow, so that neither competes with the first view.
 */
export async function afterPaintWithMap(): Promise<void> {
	await afterFirstPaint();
	void import('./municipalityMap').then((module) => module.preloadMapLibre());
	// Let MapLibre's request go out first.
	await new Promise((resolve) => setTimeout(resolve, 0));
}
