/**
 * The one choropleth style: what every map drawing uses (MapLibre's layer plan, the SVG map, the
 * prerendered map, legend swatches, the PNG export). The colours themselves, and why they were
 * chosen, are in palette.ts; this module says how they are applied.
 */
import type { Transition } from './change';
import type { Mode } from './mapViewModel';
import {
	FOCUS_OUTLINE,
	HOVER_OUTLINE,
	MAP_BACKGROUND,
	MUNICIPALITY_BORDER,
	PROVINCE_BORDER,
	SELECTION_OUTLINE,
	STATUS_COLOURS,
	TRANSITION_COLOURS,
	UNKNOWN_HATCH
} from './palette';
import type { DisplayStatus } from './status';

export type MapClass = DisplayStatus | Transition;

/** A line drawn on the map: colour and width in CSS pixels (a dash in multiples of the width). */
export interface LineStyle {
	colour: string;
	width: number;
	dash?: readonly [number, number];
}

export const CHOROPLETH = {
	background: MAP_BACKGROUND,
	municipalityBorder: { colour: MUNICIPALITY_BORDER, width: 0.8 },
	provinceBorder: { colour: PROVINCE_BORDER, width: 1.6 },
	hover: { colour: HOVER_OUTLINE, width: 2.5 },
	selection: { colour: SELECTION_OUTLINE, width: 3.5 },
	focus: { colour: FOCUS_OUTLINE, width: 3, dash: [2, 1] },
	/** "Onbekend" is a neutral grey with diagonal lines: no hue, so it never reads as a status. */
	hatch: { background: STATUS_COLOURS.onbekend, colour: UNKNOWN_HATCH, spacing: 8, width: 2 },
	/** Opacity of municipalities outside the emphasis (another region, another legend class). */
	dimmedOpacity: 0.2,
	/** Legend swatches and their outline. */
	swatch: { width: 22, height: 16, outline: '#5f6b7a' }
} as const satisfies Record<string, unknown>;

/** The colours of a mode's classes. */
export function classColours(mode: Mode): Readonly<Record<string, string>> {
	return mode === 'verandering' ? TRANSITION_COLOURS : STATUS_COLOURS;
}

/** The fill colour of a class in a mode (the hatch's background for "onbekend"). */
export function classColour(mode: Mode, value: MapClass): string {
	return classColours(mode)[value] ?? CHOROPLETH.hatch.background;
}

/** Whether a class is drawn hatched. */
export const isHatched = (value: MapClass): boolean => value === 'onbekend';

/** Opacity of a municipality given the emphasis (null: everything is emphasised). */
export const emphasisOpacity = (code: string, emphasis: ReadonlySet<string> | null): number => (!emphasis || emphasis.has(code) ? 1 : CHOROPLETH.dimmedOpacity);

/** The hatch as RGBA pixels of one square tile (MapLibre's fill pattern; lines repeat across tiles). */
export function hatchTile(): { width: number; height: number; data: Uint8Array } {
	const { spacing: size, width, colour } = CHOROPLETH.hatch;
	const data = new Uint8Array(size * size * 4);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			if ((x + y) % size < width) data.set([r, g, b, 255], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}
