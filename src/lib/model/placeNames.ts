/**
 * Place names on the map, for orientation: the G4 and the provincial capitals at country zoom, then
 * larger municipalities as the reader zooms in, from our own index (centroids) and inhabitants. The
 * map draws them as HTML, so no glyph server is needed.
 */
import type { MunicipalityCode, MunicipalityIndexEntry } from './geography';

/** The G4 and the twelve provincial capitals (the same CBS codes in 2017, 2022 and 2025). */
export const CAPITALS: readonly MunicipalityCode[] = [
	'GM0363', // Amsterdam
	'GM0599', // Rotterdam
	'GM0518', // 's-Gravenhage
	'GM0344', // Utrecht
	'GM0014', // Groningen
	'GM0080', // Leeuwarden
	'GM0106', // Assen
	'GM0193', // Zwolle
	'GM0995', // Lelystad
	'GM0202', // Arnhem
	'GM0392', // Haarlem
	'GM0687', // Middelburg
	'GM0796', // 's-Hertogenbosch
	'GM0935' // Maastricht
];

export interface PlaceLabel {
	code: MunicipalityCode;
	name: string;
	/** [lon, lat]. */
	at: [number, number];
	/** The map zoom from which the name is shown. */
	minZoom: number;
}

/** Zoom from which a municipality's name shows: capitals always, then by inhabitants. */
function minZoomFor(code: MunicipalityCode, inhabitants: number | undefined): number {
	if (CAPITALS.includes(code)) return 0;
	if ((inhabitants ?? 0) >= 100_000) return 8;
	if ((inhabitants ?? 0) >= 40_000) return 9;
	return 10;
}

/** "Middelburg (Z.)" → "Middelburg": the suffix tells CBS's places apart, not the reader's. */
const shortName = (naam: string) => naam.replace(/\s*\([^)]*\)$/, '');

/** Every municipality's label, most important first (capitals, then by inhabitants). */
export function placeLabels(municipalities: readonly MunicipalityIndexEntry[], inhabitants: Readonly<Record<string, number>>): PlaceLabel[] {
	return municipalities
		.map((m) => ({ code: m.code, name: shortName(m.naam), at: m.centroid, minZoom: minZoomFor(m.code, inhabitants[m.code]), size: inhabitants[m.code] ?? 0 }))
		.sort((a, b) => a.minZoom - b.minZoom || b.size - a.size)
		.map(({ code, name, at, minZoom }) => ({ code, name, at, minZoom }));
}

export interface PlacedLabel {
	label: PlaceLabel;
	x: number;
	y: number;
}

/**
 * The labels to draw at a zoom, in screen pixels: in order of importance, each only where it overlaps
 * no label already placed and fits the frame. `width` estimates a label's width in pixels.
 */
/** An estimate is enough to keep labels apart: 13 px system font, about 7 px per character. */
export const labelWidth = (name: string) => name.length * 7;

export function placeVisible(
	labels: readonly PlaceLabel[],
	zoom: number,
	project: (at: [number, number]) => { x: number; y: number },
	frame: { width: number; height: number },
	width: (name: string) => number,
	height = 16
): PlacedLabel[] {
	const placed: Array<PlacedLabel & { box: [number, number, number, number] }> = [];
	for (const label of labels) {
		if (label.minZoom > zoom) continue;
		const { x, y } = project(label.at);
		const w = width(label.name);
		const box: [number, number, number, number] = [x - w / 2 - 4, y - height / 2 - 2, x + w / 2 + 4, y + height / 2 + 2];
		if (box[0] < 0 || box[1] < 0 || box[2] > frame.width || box[3] > frame.height) continue;
		if (placed.some((p) => box[0] < p.box[2] && box[2] > p.box[0] && box[1] < p.box[3] && box[3] > p.box[1])) continue;
		placed.push({ label, x, y, box });
	}
	return placed.map(({ label, x, y }) => ({ label, x, y }));
}
