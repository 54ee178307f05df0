/**
 * The exported picture of a map view, as one SVG document: title (with region or municipality), the
 * synthetic-data notice right under it, the map in vector form, the legend with the figures shown
 * on screen, source and site address. The SVG download is this document; the PNG is this document
 * drawn at the chosen width, so the two are the same picture at any size.
 */
import { escapeMarkup } from '../escapeMarkup';
import type { SvgGeometry } from '../map/svgGeometry';
import { CHOROPLETH, classColour, emphasisOpacity, isHatched, type MapClass } from '../model/choroplethStyle';
import type { Box, Mode } from '../model/mapViewModel';

export interface PictureLegendItem {
	colour: string;
	hatched: boolean;
	/** Drawn as the map draws municipalities outside the emphasis. */
	dimmed?: boolean;
	label: string;
	detail: string;
}

export interface PictureInput {
	geometry: SvgGeometry;
	mode: Mode;
	classOf: (code: string) => MapClass;
	emphasis: ReadonlySet<string> | null;
	selected: readonly string[];
	/** The area shown ([west, south, east, north]); null for the whole country. */
	box: Box | null;
	title: string;
	/** A second line under the title, e.g. the selected municipality and its status. */
	subtitle: string | null;
	/** The synthetic-data notice, or null for real data. */
	notice: string | null;
	legendHeading: string;
	legend: PictureLegendItem[];
	/** Lines under the legend: totals, the national figure beside a region's. */
	legendNotes: string[];
	source: string;
	/** Where the picture comes from (the page's address). */
	address: string;
}

/** Width of the picture in SVG units; the PNG scales it to the chosen pixel width. */
export const PICTURE_WIDTH = 1200;
const PAD = 36;
const MAP_WIDTH = 740;
const GAP = 36;
const LEGEND_X = PAD + MAP_WIDTH + GAP;
const LEGEND_WIDTH = PICTURE_WIDTH - LEGEND_X - PAD;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const INK = '#1c252e';
const MUTED = '#3d4752';

/**
 * Lines of at most `width` units at `size`: an estimate (0.56 em per character, 0.64 in bold; generous
 * for the sans-serif fonts it falls back to), since an SVG file cannot measure its text.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const perLine = Math.max(8, Math.floor(width / (size * (bold ? 0.64 : 0.56))));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Text lines from `y` (the first baseline) down; returns the y below the last line. */
function textBlock(parts: string[], lines: string[], x: number, y: number, size: number, attributes: string): number {
	for (const line of lines) {
		parts.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" ${attributes}>${escapeMarkup(line)}</text>`);
		y += size * 1.3;
	}
	return y;
}

function parseViewBox(viewBox: string): [number, number, number, number] {
	const [x, y, w, h] = viewBox.split(/\s+/).map(Number);
	return [x, y, w, h];
}

export interface Picture {
	svg: string;
	width: number;
	height: number;
}

export function mapPicture(input: PictureInput): Picture {
	const { geometry } = input;
	const { hatch } = CHOROPLETH;
	const parts: string[] = [];

	// Title, subtitle and notice: the notice sits with the title, where no crop can leave it out.
	let y = PAD + 30;
	y = textBlock(parts, wrapText(input.title, PICTURE_WIDTH - 2 * PAD, 30, true), PAD, y, 30, `font-weight="700" fill="${INK}"`);
	if (input.subtitle) y = textBlock(parts, wrapText(input.subtitle, PICTURE_WIDTH - 2 * PAD, 20), PAD, y + 4, 20, `fill="${INK}"`);
	if (input.notice) {
		const lines = wrapText(input.notice, PICTURE_WIDTH - 2 * PAD - 20, 18, true);
		parts.push(`<rect x="${PAD}" y="${(y - 4).toFixed(1)}" width="6" height="${(lines.length * 18 * 1.3 + 6).toFixed(1)}" fill="#b45309"/>`);
		y = textBlock(parts, lines, PAD + 18, y + 16, 18, `font-weight="700" fill="#431407"`);
	}
	const top = y + 12;

	// The map: a nested SVG with the area shown as its viewBox; borders keep their width at any zoom.
	const [vx, vy, vw, vh] = parseViewBox(input.box ? geometry.viewBoxFor(input.box) : `0 0 ${geometry.width} ${geometry.height}`);
	const mapHeight = Math.round(Math.min(Math.max((MAP_WIDTH * vh) / vw, 420), 960));
	const unitsPerPixel = Math.max(vw / MAP_WIDTH, vh / mapHeight);
	const fill = (code: string) => {
		const value = input.classOf(code);
		return isHatched(value) ? 'url(#hatch-map)' : classColour(input.mode, value);
	};
	const byCode = new Map<string, string>(geometry.municipalities.map((m) => [m.code, m.d]));
	const spacing = hatch.spacing * unitsPerPixel;
	parts.push(
		`<svg x="${PAD}" y="${top.toFixed(1)}" width="${MAP_WIDTH}" height="${mapHeight}" viewBox="${vx} ${vy} ${vw} ${vh}" preserveAspectRatio="xMidYMid meet">`,
		`<defs><pattern id="hatch-map" width="${spacing}" height="${spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">`,
		`<rect width="${spacing}" height="${spacing}" fill="${hatch.background}"/><rect width="${hatch.width * unitsPerPixel}" height="${spacing}" fill="${hatch.colour}"/></pattern></defs>`,
		`<g stroke="${CHOROPLETH.municipalityBorder.colour}" stroke-width="${CHOROPLETH.municipalityBorder.width}" stroke-linejoin="round">`
	);
	for (const m of geometry.municipalities) {
		const opacity = input.emphasis ? emphasisOpacity(m.code, input.emphasis) : 1;
		parts.push(
			`<path d="${m.d}" fill="${fill(m.code)}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''} vector-effect="non-scaling-stroke"><title>${escapeMarkup(m.naam)}</title></path>`
		);
	}
	parts.push('</g>');
	const line = (d: string, style: { colour: string; width: number }) =>
		`<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="${style.width}" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`;
	parts.push(line(geometry.provinces, CHOROPLETH.provinceBorder));
	const selection = input.selected.map((c) => byCode.get(c)).filter(Boolean);
	if (selection.length) parts.push(line(selection.join(' '), CHOROPLETH.selection));
	parts.push('</svg>');

	// The legend beside the map, with the same figures as on screen.
	const { swatch } = CHOROPLETH;
	let ly = top + 22;
	ly = textBlock(parts, wrapText(input.legendHeading, LEGEND_WIDTH, 20, true), LEGEND_X, ly, 20, `font-weight="700" fill="${INK}"`) + 6;
	for (const item of input.legend) {
		const sy = ly - 14;
		parts.push(
			`<rect x="${LEGEND_X}" y="${sy.toFixed(1)}" width="${swatch.width}" height="${swatch.height}" fill="${item.hatched ? 'url(#hatch-legend)' : item.colour}"${item.dimmed ? ` fill-opacity="${CHOROPLETH.dimmedOpacity}"` : ''} stroke="${swatch.outline}"/>`
		);
		ly = textBlock(parts, wrapText(item.label, LEGEND_WIDTH - 34, 17, true), LEGEND_X + 34, ly, 17, `font-weight="700" fill="${INK}"`);
		ly = textBlock(parts, wrapText(item.detail, LEGEND_WIDTH - 34, 15), LEGEND_X + 34, ly, 15, `fill="${MUTED}"`) + 10;
	}
	for (const note of input.legendNotes) ly = textBlock(parts, wrapText(note, LEGEND_WIDTH, 15), LEGEND_X, ly + 4, 15, `fill="${INK}"`);

	// Source and address under both.
	let fy = Math.max(top + mapHeight, ly) + 28;
	fy = textBlock(parts, wrapText(input.source, PICTURE_WIDTH - 2 * PAD, 14), PAD, fy, 14, `fill="${MUTED}"`);
	fy = textBlock(parts, [input.address], PAD, fy, 14, `fill="${MUTED}"`);
	const height = Math.ceil(fy + PAD - 14);

	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="${FONT}">`,
		`<title>${escapeMarkup(input.title)}</title>`,
		input.notice ? `<desc>${escapeMarkup(input.notice)}</desc>` : '',
		`<defs><pattern id="hatch-legend" width="${hatch.spacing}" height="${hatch.spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">`,
		`<rect width="${hatch.spacing}" height="${hatch.spacing}" fill="${hatch.background}"/><rect width="${hatch.width}" height="${hatch.spacing}" fill="${hatch.colour}"/></pattern></defs>`,
		`<rect width="${PICTURE_WIDTH}" height="${height}" fill="#ffffff"/>`,
		...parts,
		'</svg>'
	].join('\n');
	return { svg, width: PICTURE_WIDTH, height };
}
