import { describe, expect, it } from 'vitest';
import { mapRendering, type RendererInput } from './renderer';

const base: RendererInput = {
	started: false,
	mapLibre: 'loading',
	hasData: true,
	year: 2025,
	defaultYear: 2025,
	mode: 'status',
	zoomed: false,
	dimmed: false,
	prerenderedAgrees: true,
	liveDrawn: false
};

describe('mapRendering', () => {
	it('keeps the prerendered map for its own view until MapLibre is asked for and idle', () => {
		expect(mapRendering(base)).toEqual({ renderer: 'prerendered', prerenderedShown: true, drawn: true, state: 'svg' });
		expect(mapRendering({ ...base, started: true })).toMatchObject({ renderer: 'prerendered', state: 'loading' });
		expect(mapRendering({ ...base, started: true, mapLibre: 'idle' })).toMatchObject({ renderer: 'maplibre', prerenderedShown: false, state: 'idle' });
	});
	it('draws another year, a zoom, a dimming or disagreeing data with the live SVG map, the prerendered one under it until drawn', () => {
		for (const other of [{ year: 2017 as const }, { zoomed: true }, { dimmed: true }, { prerenderedAgrees: false }]) {
			expect(mapRendering({ ...base, ...other }).renderer).toBe('svg');
		}
		expect(mapRendering({ ...base, zoomed: true })).toMatchObject({ prerenderedShown: true, drawn: false });
		expect(mapRendering({ ...base, zoomed: true, liveDrawn: true })).toMatchObject({ prerenderedShown: false, drawn: true });
		expect(mapRendering({ ...base, prerenderedAgrees: false }).prerenderedShown).toBe(false);
	});
	it('falls back to the SVG map when MapLibre fails, and says nothing is drawn without data', () => {
		expect(mapRendering({ ...base, year: 2022, started: true, mapLibre: 'error' })).toMatchObject({ renderer: 'svg', drawn: true, state: 'error' });
		expect(mapRendering({ ...base, hasData: false })).toMatchObject({ drawn: false, state: 'loading' });
	});
});
