/**
 * Who draws the map (MapView.svelte): MapLibre once the reader has asked for it and it is idle; before
 * that the prerendered SVG wherever it shows the view asked for (the default year by status, the
 * whole country, nothing dimmed, its colours those of the data); else the live SVG map, which also
 * stays for good if MapLibre fails.
 */
import type { SurveyYear } from '../model/geography';
import type { Mode } from '../model/mapViewModel';

export type Renderer = 'maplibre' | 'prerendered' | 'svg';

export interface RendererInput {
	/** MapLibre has been asked for, and its state since. */
	started: boolean;
	mapLibre: 'loading' | 'idle' | 'error';
	/** The data of the year shown is loaded. */
	hasData: boolean;
	year: SurveyYear;
	defaultYear: SurveyYear;
	mode: Mode;
	zoomed: boolean;
	dimmed: boolean;
	/** The prerendered map's colours are those of the data loaded (not so for own data). */
	prerenderedAgrees: boolean;
	/** The live SVG map has drawn. */
	liveDrawn: boolean;
}

export function mapRendering(i: RendererInput) {
	const prerenderedYear = i.year === i.defaultYear && i.mode === 'status' && i.prerenderedAgrees;
	const renderer: Renderer = i.started && i.mapLibre === 'idle' ? 'maplibre' : prerenderedYear && !i.zoomed && !i.dimmed ? 'prerendered' : 'svg';
	return {
		renderer,
		// The prerendered map stays in view until the live one has drawn over it (no blank frame).
		prerenderedShown: renderer === 'prerendered' || (renderer === 'svg' && !i.liveDrawn && prerenderedYear),
		// The data is on screen, in whichever map (or MapLibre has failed).
		drawn: i.hasData && (renderer === 'prerendered' || i.liveDrawn || i.mapLibre !== 'loading'),
		// What the page and tests see: 'svg' until MapLibre is asked for, then its own states.
		state: i.started ? i.mapLibre : i.hasData ? 'svg' : 'loading'
	};
}
