/**
 * The prerendered SVG map (src/lib/server/staticMap.ts) read back in the browser. While it shows the
 * view asked for, it is the interactive map: a tap selects, and the outlines are drawn over it with
 * its own path data. That spares a phone drawing the same 345 municipalities a second time.
 */
import { classColour, isHatched } from '../model/choroplethStyle';
import type { DisplayStatus } from '../model/status';

/**
 * Where the page's inline script after the map (staticMap.ts) notes the code of the last municipality
 * tapped before the app could answer: on a phone the map is on screen a second or two before the page
 * has hydrated, and a tap then would otherwise do nothing.
 */
export const EARLY_TAP_ATTRIBUTE = 'data-early-tap';

/**
 * The municipality tapped before the app could answer, if any, with its title; the inline script's
 * listener is taken off, so from now on the app alone answers taps.
 */
export function takeEarlyTap(root: ParentNode): { code: string; title: string | undefined } | null {
	const svg = root.querySelector<SVGSVGElement>('[data-ssr-map] > svg');
	if (!svg) return null;
	svg.onclick = null;
	const code = svg.getAttribute(EARLY_TAP_ATTRIBUTE);
	svg.removeAttribute(EARLY_TAP_ATTRIBUTE);
	if (!code) return null;
	const path = svg.querySelector(`path[data-code="${CSS.escape(code)}"]`);
	return path ? { code, title: path.querySelector('title')?.textContent ?? undefined } : null;
}

/** The hatch pattern's id in the prerendered map (the live SVG map has its own). */
export const PRERENDERED_HATCH_ID = 'hatch-static';

/** Whether the prerendered map colours every municipality as `status` does (not so for own data). */
export function prerenderedAgrees(root: ParentNode, status: ReadonlyMap<string, DisplayStatus>): boolean {
	const paths = [...root.querySelectorAll('path[data-code]')];
	if (!paths.length) return false;
	const codes = new Set(paths.map((p) => p.getAttribute('data-code')));
	if ([...status.keys()].some((code) => !codes.has(code))) return false;
	return paths.every((p) => {
		const value = status.get(p.getAttribute('data-code')!) ?? 'onbekend';
		return p.getAttribute('fill') === (isHatched(value) ? `url(#${PRERENDERED_HATCH_ID})` : classColour('status', value));
	});
}

/** A municipality's path data in the prerendered map ('' when it has none). */
export const prerenderedPath = (root: ParentNode, code: string | null): string =>
	(code && root.querySelector(`path[data-code="${CSS.escape(code)}"]`)?.getAttribute('d')) || '';

/** The prerendered map's viewBox, or null before it is there. */
export const prerenderedViewBox = (root: ParentNode): string | null => root.querySelector('svg')?.getAttribute('viewBox') ?? null;
