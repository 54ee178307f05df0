import type { StyleSpecification } from 'maplibre-gl';

/**
 * A style with no remote sources, glyphs or sprites: the map draws only our own GeoJSON, and labels
 * are HTML. Nothing is requested from a third party.
 */
export const emptyStyle: StyleSpecification = {
	version: 8,
	sources: {},
	layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f6f8' } }]
};

export const colours = {
	municipalityFill: '#b8c7d9',
	municipalityLine: '#ffffff'
} as const;

/** West, south, east, north of the Netherlands with a little margin (the European part). */
export const NETHERLANDS_BOUNDS: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];
