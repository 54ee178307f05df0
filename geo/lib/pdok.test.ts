/**
 * The downloader against a local HTTP server that answers like PDOK's WFS (GeoJSON pages in
 * latitude-longitude order). The features are made-up squares, not boundary data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolveSourceDir } from './sources.ts';
import { fetchLayer, MAX_PAGES } from './pdok.ts';
import { validateLayer } from './validate.ts';
import type { Topology } from 'topojson-specification';

/** Square n of a row of squares sharing borders, in [lat, lon] order as WFS 2.0 gives EPSG:4326. */
function square(n: number, layer: string) {
	const [lon, lat] = [4 + n * 0.1, 52];
	const ring = [
		[lat, lon],
		[lat + 0.1, lon],
		[lat + 0.1, lon + 0.1],
		[lat, lon + 0.1],
		[lat, lon]
	];
	const code = layer === 'gemeente' ? `GM${String(n + 1).padStart(4, '0')}` : `PV${20 + n}`;
	return {
		type: 'Feature',
		id: `${layer}_gegeneraliseerd.${n}`,
		geometry: { type: 'Polygon', coordinates: [ring] },
		properties: { statcode: code, jrstatcode: `2022${code}`, statnaam: `${layer} ${n}`, rubriek: layer }
	};
}

const requests: string[] = [];
let server: Server;
let baseUrl: string;
let status = 200;

beforeAll(async () => {
	server = createServer((req, res) => {
		requests.push(req.url!);
		const url = new URL(req.url!, 'http://localhost');
		const layer = url.searchParams.get('typeName')!.replace('gebiedsindelingen:', '').replace('_gegeneraliseerd', '');
		const start = Number(url.searchParams.get('startIndex'));
		const count = Number(url.searchParams.get('count'));
		const all = Array.from({ length: 3 }, (_, n) => square(n, layer));
		const features = all.slice(start, start + count);
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ type: 'FeatureCollection', numberMatched: all.length, numberReturned: features.length, features }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cbs/gebiedsindelingen`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const noShared = path.join(tmpdir(), 'no-such-shared-dir');

describe('downloading boundaries from PDOK', () => {
	it('pages through the WFS, swaps lat/lon and caches TopoJSON like the shared files', async () => {
		status = 200;
		requests.length = 0;
		const cacheDir = await mkdtemp(path.join(tmpdir(), 'geo-cache-'));
		const messages: string[] = [];
		const choice = await resolveSourceDir({
			env: {},
			years: [2022],
			sharedDir: noShared,
			cacheDir,
			pdokBaseUrl: baseUrl,
			pageSize: 2,
			log: (m) => messages.push(m)
		});
		expect(choice).toEqual({ dir: cacheDir, origin: 'download' });
		expect(messages[0]).toMatch(/downloading CBS gebiedsindelingen from PDOK/);
		// Two pages of two for each of the two layers.
		expect(requests).toHaveLength(4);
		expect(requests[0]).toContain(
			'/cbs/gebiedsindelingen/2022/wfs/v1_0?request=GetFeature&service=WFS&version=2.0.0&typeName=gebiedsindelingen%3Agemeente_gegeneraliseerd&outputFormat=application%2Fjson&srsName=EPSG%3A4326&count=2&startIndex=0'
		);
		expect(requests[1]).toContain('startIndex=2');

		const topology = JSON.parse(await readFile(path.join(cacheDir, 'gemeente_2022.topojson'), 'utf8')) as Topology;
		expect(
			validateLayer(topology, {
				label: 'gemeente_2022.topojson',
				objectName: 'gemeente_2022',
				expectedCount: 3,
				noun: 'municipalities',
				codePattern: /^GM\d{4}$/,
				codeDescription: 'a code'
			})
		).toEqual([]);
		// Longitude first again: the first square starts at 4°E, 52°N.
		const [sx, sy] = topology.transform!.scale;
		const [tx, ty] = topology.transform!.translate;
		expect(tx).toBeCloseTo(4, 6);
		expect(ty).toBeCloseTo(52, 6);
		expect(sx).toBeGreaterThan(0);
		expect(sy).toBeGreaterThan(0);

		// A second run uses the cache and fetches nothing.
		requests.length = 0;
		expect(await resolveSourceDir({ env: {}, years: [2022], sharedDir: noShared, cacheDir, pdokBaseUrl: baseUrl })).toEqual({
			dir: cacheDir,
			origin: 'download-cache'
		});
		expect(requests).toHaveLength(0);
	});

	it('says which URL failed and names both ways out when the server errs', async () => {
		status = 503;
		const cacheDir = await mkdtemp(path.join(tmpdir(), 'geo-cache-'));
		const run = resolveSourceDir({ env: {}, years: [2022], sharedDir: noShared, cacheDir, pdokBaseUrl: baseUrl });
		await expect(run).rejects.toThrow(/answered HTTP 503/);
		await expect(run).rejects.toThrow(/GEO_SOURCE_DIR/);
	});

	it('fails offline with a message that names GEO_SOURCE_DIR and PDOK', async () => {
		const cacheDir = await mkdtemp(path.join(tmpdir(), 'geo-cache-'));
		// Port 9 on loopback: nothing listens, so the connection is refused as when offline.
		const run = resolveSourceDir({ env: {}, years: [2022], sharedDir: noShared, cacheDir, pdokBaseUrl: 'http://127.0.0.1:9/cbs' });
		await expect(run).rejects.toThrow(
			/Could not get the CBS boundary layers[\s\S]*could not reach http:\/\/127\.0\.0\.1:9\/cbs\/2022\/wfs[\s\S]*GEO_SOURCE_DIR[\s\S]*network access to PDOK/
		);
	});

	it('rejects a GEO_SOURCE_DIR that lacks files, naming them', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'geo-src-'));
		await expect(resolveSourceDir({ env: { GEO_SOURCE_DIR: dir }, years: [2022] })).rejects.toThrow(
			`GEO_SOURCE_DIR=${dir} lacks gemeente_2022.topojson, provincie_2022.topojson`
		);
	});

	it('stops against a server that ignores startIndex, and one with endless pages, and one that never answers', async () => {
		// Every request answers the first page again.
		const same = (async () =>
			new Response(JSON.stringify({ type: 'FeatureCollection', features: [square(0, 'gemeente'), square(1, 'gemeente')] }))) as typeof fetch;
		await expect(fetchLayer({ baseUrl: 'http://pdok.test', fetch: same, pageSize: 2 }, 'gemeente', 2022)).rejects.toThrow(
			/startIndex=2.* answered with a page it gave before: the server ignores startIndex; stopped/
		);
		// Always a new full page.
		let n = 0;
		const endless = (async () =>
			new Response(JSON.stringify({ type: 'FeatureCollection', features: [square(n++, 'gemeente'), square(n++, 'gemeente')] }))) as typeof fetch;
		await expect(fetchLayer({ baseUrl: 'http://pdok.test', fetch: endless, pageSize: 2 }, 'gemeente', 2022)).rejects.toThrow(
			`more than ${MAX_PAGES} pages of 2 features`
		);
		expect(n).toBe(2 * MAX_PAGES);
		// No answer at all: the page's timeout ends it.
		const silent = ((_url: string, init?: RequestInit) =>
			new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
		await expect(fetchLayer({ baseUrl: 'http://pdok.test', fetch: silent, timeoutMs: 50 }, 'gemeente', 2022)).rejects.toThrow(/gave no answer within 0.05 s/);
	});
});
