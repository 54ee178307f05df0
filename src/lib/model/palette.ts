import type { DisplayStatus } from './status';
import type { Transition } from './change';

/**
 * Status colours. Chosen so that (checked in palette.test.ts):
 * - every colour has ≥ 3:1 contrast against the white map background and the white borders drawn
 *   between municipalities, so any two neighbouring classes are separated by a ≥ 3:1 edge;
 * - every pair stays apart (CIELAB ΔE ≥ 15) for protanopia, deuteranopia and tritanopia, and differs in
 *   lightness (ΔL* ≥ 10) so the map still reads in greyscale;
 * - policy is one hue (blue) in two shades; "onbekend" is no hue at all: light grey, hatched.
 */
export const STATUS_COLOURS: Record<DisplayStatus, string> = {
	'beleid-specifiek': '#0c2c5a',
	'beleid-bijdragend': '#3574c8',
	'in-ontwikkeling': '#d9730d',
	'geen-beleid': '#6e4571',
	onbekend: '#eef0f3'
};

/**
 * Change between two surveys. More policy in the dark policy blue, the same with policy in the lighter
 * policy blue, the same without policy in neutral grey, less policy in a dark red; unknown hatched.
 */
export const TRANSITION_COLOURS: Record<Transition, string> = {
	'meer-beleid': '#0c2c5a',
	'gelijk-met-beleid': '#3574c8',
	'gelijk-zonder-beleid': '#8f959c',
	'minder-beleid': '#a4161a',
	onbekend: '#eef0f3'
};

/** Hatching drawn over "onbekend": dark enough (≥ 4.5:1 on white) to carry the class on its own. */
export const UNKNOWN_HATCH = '#5f6b7a';

export const MAP_BACKGROUND = '#ffffff';
export const MUNICIPALITY_BORDER = '#ffffff';
export const PROVINCE_BORDER = '#1c252e';
export const HOVER_OUTLINE = '#111827';
export const SELECTION_OUTLINE = '#000000';
export const FOCUS_OUTLINE = '#b45309';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
