/**
 * The map in the prerendered HTML: at build time the page's empty map container is filled with the
 * SvgMap component, rendered on the server, for the default year, so the map is there before (and
 * without) JavaScript. It is written into the HTML once instead of being carried in the page data as
 * well, which would double its bytes.
 */
import { render } from 'svelte/server';
import SvgMap from '$lib/components/SvgMap.svelte';
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { DisplayStatus } from '../model/status';
import { svgGeometry } from '../map/svgGeometry';
import { EARLY_TAP_ATTRIBUTE } from '../map/prerenderedMap';
import { siteData } from './siteData';

export interface StaticMapText {
	label: (count: number, year: SurveyYear) => string;
	title: (naam: string, status: DisplayStatus) => string;
	/** The page of a municipality, in the page's language. */
	href: (code: MunicipalityCode) => string;
}

/** The element MapView leaves empty for the prerendered map (see MapView.svelte): unstyled, so written exactly so. */
export const placeholder = (year: SurveyYear) => `<div data-ssr-map="${year}"></div>`;

export async function staticMapSvg(year: SurveyYear, text: StaticMapText): Promise<string> {
	const data = await siteData();
	const status = new Map(data.monitor[year].municipalities.map((mu) => [mu.code, mu.status]));
	// Whole-number coordinates: this map cannot zoom.
	const geometry = svgGeometry(data.topologies[year], 0);
	const names = new Map(geometry.municipalities.map((mu) => [mu.code, mu.naam]));
	const label = text.label(geometry.municipalities.length, year);
	const title = (code: MunicipalityCode, s: DisplayStatus) => text.title(names.get(code) ?? code, s);
	const { body } = render(SvgMap, { props: { geometry, status, prerendered: { label, title, href: text.href } } });
	// This SVG is never hydrated (the page's MapView leaves it alone), so Svelte's hydration markers
	// (<!--[-->, <!--]-->, one pair per path) are only bytes.
	return body.replace(/<!--.*?-->/g, '');
}

/**
 * Run by the parser right after the map, so only where scripts run: the municipalities' links (for
 * readers without JavaScript) go and their paths stay. With scripts, a tap selects and the map is one
 * tab stop. Done here, before the first layout, it is a few tree moves; done by the app it was a task
 * of its own (moving 342 paths in a laid-out page, and the whole map painted again), and until then
 * SvelteKit's router read every one of the links while the page hydrated, and again after every
 * navigation. Until the app takes over, a tap notes its municipality's code on the map
 * (EARLY_TAP_ATTRIBUTE), for the app to answer once it can (PrerenderedMap.svelte): on a phone the
 * map is there a second or two before the app. Its hash is in the Content-Security-Policy
 * (svelte.config.js).
 */
export const STATIC_MAP_SCRIPT = `<script>{const map=document.currentScript.previousElementSibling;map.querySelectorAll('a').forEach((a)=>a.replaceWith(...a.childNodes));map.onclick=(event)=>{const code=event.target.closest('[data-code]')?.getAttribute('data-code');if(code)map.setAttribute('${EARLY_TAP_ATTRIBUTE}',code)}}</script>`;

/** Fills the page's map placeholder, if it has one, with the static SVG map of its year. */
export async function injectStaticMap(html: string, year: SurveyYear, text: StaticMapText): Promise<string> {
	const empty = placeholder(year);
	if (!html.includes(empty)) return html;
	return html.replace(empty, empty.replace('></div>', `>${await staticMapSvg(year, text)}${STATIC_MAP_SCRIPT}</div>`));
}
