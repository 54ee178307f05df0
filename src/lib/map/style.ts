import type { StyleSpecification } from 'maplibre-gl';
import { CHOROPLETH } from '../model/choroplethStyle';

/**
 * A style with no remote sources, glyphs or sprites: the map draws only our own GeoJSON, and labels
 * are HTML. Nothing is requested from a third party.
 */
export const emptyStyle: StyleSpecification = {
	version: 8,
	// Paint changes (a year switch, a highlight) apply in the next frame rather than fading for 300 ms.
	transition: { duration: 0, delay: 0 },
	sources: {},
	layers: [{ id: 'background', type: 'background', paint: { 'background-color': CHOROPLETH.background } }]
};

/** West, south, east, north of the Netherlands with a little margin (the European part). */
export const NETHERLANDS_BOUNDS: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];
