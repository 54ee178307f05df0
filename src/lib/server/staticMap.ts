/**
 * The map in the prerendered HTML: at build time the page's empty map container is filled with an
 * SVG choropleth of the default year, so the map is there before (and without) JavaScript. It is
 * written into the HTML once instead of being carried in the page data as well, which would double
 * its bytes.
 */
import type { SurveyYear } from '../model/geography';
import { MUNICIPALITY_BORDER, PROVINCE_BORDER, STATUS_COLOURS, UNKNOWN_HATCH } from '../model/palette';
import type { DisplayStatus } from '../model/status';
import { svgGeometry } from '../map/svgGeometry';
import { siteData } from './siteData';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface StaticMapText {
	label: (count: number, year: SurveyYear) => string;
	status: (status: DisplayStatus) => string;
}

export async function staticMapSvg(year: SurveyYear, text: StaticMapText): Promise<string> {
	const data = await siteData();
	const status = new Map(data.monitor[year].municipalities.map((mu) => [mu.code, mu.status]));
	// Whole-number coordinates: this map cannot zoom.
	const geometry = svgGeometry(data.topologies[year], 0);
	const paths = geometry.municipalities
		.map((mu) => {
			const s = status.get(mu.code) ?? 'onbekend';
			const fill = s === 'onbekend' ? 'url(#hatch-static)' : STATUS_COLOURS[s];
			return `<path d="${mu.d}" fill="${fill}" data-code="${mu.code}"><title>${escapeXml(`${mu.naam}: ${text.status(s)}`)}</title></path>`;
		})
		.join('');
	return (
		`<svg viewBox="0 0 ${geometry.width} ${geometry.height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(text.label(geometry.municipalities.length, year))}">` +
		`<defs><pattern id="hatch-static" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="${STATUS_COLOURS.onbekend}"/><rect width="2.5" height="8" fill="${UNKNOWN_HATCH}"/></pattern></defs>` +
		`<g stroke="${MUNICIPALITY_BORDER}" stroke-width="0.8" stroke-linejoin="round">${paths}</g>` +
		`<path d="${geometry.provinces}" fill="none" stroke="${PROVINCE_BORDER}" stroke-width="1.6"/></svg>`
	);
}

const PLACEHOLDER = /(<div[^>]*\bdata-ssr-map="(\d{4})"[^>]*>)(<\/div>)/;

/** Fills the page's map placeholder, if it has one, with the static SVG. */
export async function injectStaticMap(html: string, text: StaticMapText): Promise<string> {
	const match = PLACEHOLDER.exec(html);
	if (!match) return html;
	const svg = await staticMapSvg(Number(match[2]) as SurveyYear, text);
	return html.replace(PLACEHOLDER, `$1${svg}$3`);
}
