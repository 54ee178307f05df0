/**
 * The naive reference map of the benchmark: the same data drawn the obvious way, to measure our year
 * switch against in the same browser and run. One GeoJSON source; a year switch is `setData` with
 * that year's municipalities (the worker parses and tiles them again); colours by a `match` on the
 * status; a white outline. Same MapLibre, same size, same bounds, same boundary and monitor files.
 * Served by the benchmark's server under /__bench/ (never part of the site).
 */
import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from '../geo/lib/config.ts';
import { STATUS_COLOURS } from '../src/lib/model/palette.ts';
import { NETHERLANDS_BOUNDS } from '../src/lib/map/style.ts';
import { SURVEY_YEARS } from '../src/lib/model/geography.ts';

const MAPLIBRE_DIST = path.join(REPO_ROOT, 'node_modules', 'maplibre-gl', 'dist');
const TOPOJSON = path.join(REPO_ROOT, 'node_modules', 'topojson-client', 'dist', 'topojson-client.min.js');

function page(): string {
	const colours = Object.entries(STATUS_COLOURS).flatMap(([status, colour]) => [status, colour]);
	return `<!doctype html><meta charset="utf-8"><title>naive reference map</title>
<style>html,body{margin:0}#map{position:absolute;left:0;top:0}</style>
<div id="map"></div>
<script src="/__bench/topojson-client.js"></script>
<script type="module">
import * as maplibregl from '/__bench/maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__bench/maplibre/maplibre-gl-worker.mjs');
const params = new URLSearchParams(location.search);
const el = document.getElementById('map');
el.style.width = params.get('w') + 'px';
el.style.height = params.get('h') + 'px';
const years = ${JSON.stringify(SURVEY_YEARS)};
const data = {};
await Promise.all(years.map(async (year) => {
	const [topology, monitor] = await Promise.all([fetch('/data/gemeenten-' + year + '.topojson').then((r) => r.json()), fetch('/data/monitor-' + year + '.json').then((r) => r.json())]);
	const status = new Map(monitor.municipalities.map((m) => [m.code, m.status]));
	const collection = topojson.feature(topology, topology.objects.gemeenten);
	for (const f of collection.features) f.properties = { code: f.properties.code, status: status.get(f.properties.code) };
	data[year] = collection;
}));
const first = Number(params.get('year'));
const map = new maplibregl.Map({
	container: el,
	style: { version: 8, sources: { m: { type: 'geojson', data: data[first] } }, layers: [
		{ id: 'fill', type: 'fill', source: 'm', paint: { 'fill-color': ['match', ['get', 'status'], ${JSON.stringify(colours).slice(1, -1)}, '#cccccc'] } },
		{ id: 'line', type: 'line', source: 'm', paint: { 'line-color': '#ffffff', 'line-width': 0.6 } }
	] },
	bounds: ${JSON.stringify(NETHERLANDS_BOUNDS)},
	attributionControl: false,
	fadeDuration: 0
});
const idle = () => new Promise((resolve) => map.once('idle', () => resolve(performance.now())));
await idle();
window.__reference = {
	async switchTo(year) {
		const t0 = performance.now();
		const done = idle();
		map.getSource('m').setData(data[year]);
		const mainThreadMs = performance.now() - t0;
		return { mainThreadMs, toIdleMs: (await done) - t0 };
	},
	async repaint() {
		const t0 = performance.now();
		const done = idle();
		map.triggerRepaint();
		return (await done) - t0;
	}
};
document.body.dataset.ready = 'yes';
</script>`;
}

/**
 * A page that does nothing (a heading and a sentence, no script, no style): what Lighthouse reports
 * for it is this machine's and browser's own floor. On a 2-core VM with a software GPU its blocking
 * time alone ranged 8–311 ms over six runs (the compositor's start-up stalls the main thread),
 * against a budget of 200 ms for a whole page: the benchmark prints it beside the site's pages.
 */
export const BLANK_PAGE = '/__bench/blank.html';
const blank = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Blank page</title><h1>Blank page</h1><p>The benchmark's floor: a page that does nothing.</p>`;

/** Answers /__bench/… (the reference page, the blank page, MapLibre's files, topojson-client); false for any other path. */
export function referenceRoutes(request: IncomingMessage, response: ServerResponse): boolean {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith('/__bench/')) return false;
	const send = (file: string, type: string) => {
		if (!existsSync(file)) {
			response.statusCode = 404;
			response.end();
			return;
		}
		response.setHeader('Content-Type', type);
		createReadStream(file).pipe(response);
	};
	if (url.pathname === '/__bench/reference.html') {
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		response.end(page());
	} else if (url.pathname === BLANK_PAGE) {
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		response.end(blank);
	} else if (url.pathname === '/__bench/topojson-client.js') send(TOPOJSON, 'text/javascript');
	else if (url.pathname.startsWith('/__bench/maplibre/')) send(path.join(MAPLIBRE_DIST, path.basename(url.pathname)), 'text/javascript');
	else {
		response.statusCode = 404;
		response.end();
	}
	return true;
}
