import { describe, expect, it } from 'vitest';
import { DataLoader, DataLoadError, fetchJson } from './loader';

/** A fetcher over a fixed set of files that records what was asked for. */
function fakeFetch(files: Record<string, unknown>) {
	const asked: string[] = [];
	const fetcher = (async (url: string) => {
		asked.push(url);
		if (!(url in files)) return new Response('not found', { status: 404 });
		return new Response(typeof files[url] === 'string' ? (files[url] as string) : JSON.stringify(files[url]));
	}) as typeof fetch;
	return { fetcher, asked };
}

const geometry = { type: 'Polygon', arcs: [[0]], properties: { code: 'GM0001', naam: 'Een', provincie: 'Utrecht' } };
const topology = {
	type: 'Topology',
	objects: { gemeenten: { type: 'GeometryCollection', geometries: [geometry] } },
	arcs: [
		[
			[0, 0],
			[1, 1]
		]
	]
};
const source = { title: 'T', publisher: 'P', date: '2022', url: null };
const monitor = (year: number) => ({
	year,
	synthetic: true,
	title: 'Demo',
	notice: { nl: 'Voorbeeld', en: 'Example' },
	method: 'm',
	assumptions: [],
	source,
	optionalColumns: [],
	summary: {
		total: 0,
		participants: 0,
		nonParticipants: 0,
		counts: { 'beleid-specifiek': 0, 'beleid-bijdragend': 0, 'in-ontwikkeling': 0, 'geen-beleid': 0, onbekend: 0 }
	},
	municipalities: []
});
const perYear = <T>(value: T) => ({ 2017: value, 2022: value, 2025: value });
const everything: Record<string, unknown> = {
	...Object.fromEntries(
		[2017, 2022, 2025].flatMap((y) => [
			[`/data/gemeenten-${y}.topojson`, topology],
			[`/data/gemeenten-${y}.json`, []],
			[`/data/monitor-${y}.json`, monitor(y)]
		])
	),
	'/data/crosswalk.json': {},
	'/data/voorzieningen.json': {
		about: '',
		voorzieningen: [],
		byMunicipality: perYear({}),
		coverage: perYear({ known: 0, total: 0 }),
		conflicts: [],
		unresolved: []
	},
	'/data/published.json': { about: '', figures: [] },
	'/data/kenmerken.json': {
		about: '',
		sizeSource: perYear('cbs'),
		inhabitants: perYear({}),
		networks: { g40: { note: '', members: perYear([]) }, p10: { note: '', members: perYear([]) } }
	}
};

describe('DataLoader', () => {
	it('fetches only the geometry and monitor data of the year asked for', async () => {
		const { fetcher, asked } = fakeFetch(everything);
		const loaded = await new DataLoader(fetcher).year(2022);
		expect(asked.sort()).toEqual(['/data/gemeenten-2022.topojson', '/data/monitor-2022.json']);
		expect(loaded).toEqual({ topology, monitor: monitor(2022) });
	});

	it('loads what the table needs without any geometry', async () => {
		const { fetcher, asked } = fakeFetch(everything);
		const atlas = await new DataLoader(fetcher).atlas();
		expect(asked.filter((u) => u.endsWith('.topojson'))).toEqual([]);
		expect(atlas.monitor[2017]).toEqual(monitor(2017));
	});

	it('fetches each file once, however many ask for it', async () => {
		const { fetcher, asked } = fakeFetch(everything);
		const loader = new DataLoader(fetcher);
		const first = loader.year(2025);
		const data = await loader.everything();
		// One pair per year, whoever asks: a second request is the same object, not just the same files.
		expect(await loader.year(2025)).toBe(await first);
		expect(new Set(asked).size).toBe(asked.length);
		expect(asked).toHaveLength(Object.keys(everything).length);
		expect(data.topologies[2025]).toEqual(topology);
	});

	it('names the file that failed, and tries it again on the next call', async () => {
		const files: Record<string, unknown> = { ...everything, '/data/monitor-2017.json': '{not json' };
		const { fetcher, asked } = fakeFetch(files);
		const loader = new DataLoader(fetcher);
		await expect(loader.year(2017)).rejects.toEqual(new DataLoadError('/data/monitor-2017.json', 'not valid JSON', 'invalid'));
		files['/data/monitor-2017.json'] = monitor(2017);
		await expect(loader.year(2017)).resolves.toMatchObject({ monitor: monitor(2017) });
		expect(asked.filter((u) => u === '/data/monitor-2017.json')).toHaveLength(2);
	});

	it('rejects a file that does not match its schema, saying where', async () => {
		const { fetcher } = fakeFetch({ ...everything, '/data/monitor-2025.json': {}, '/data/gemeenten-2022.topojson': null });
		const loader = new DataLoader(fetcher);
		await expect(loader.monitor(2025)).rejects.toMatchObject({
			url: '/data/monitor-2025.json',
			detail: expect.stringMatching(/^unexpected content \(year: .*; \d+ more\)$/)
		});
		await expect(loader.topology(2022)).rejects.toMatchObject({ url: '/data/gemeenten-2022.topojson', detail: expect.stringContaining('(root)') });
	});

	it('fails with the name of a missing file', async () => {
		const files = Object.fromEntries(Object.entries(everything).filter(([k]) => k !== '/data/kenmerken.json'));
		await expect(new DataLoader(fakeFetch(files).fetcher).everything()).rejects.toEqual(new DataLoadError('/data/kenmerken.json', 'HTTP 404', 'http'));
	});

	it('gives up on a request that never answers, or stalls in its body, and says it timed out', async () => {
		// A server that never answers: the fetch only ends when its signal aborts.
		const silent = ((_url: string, init?: RequestInit) =>
			new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
		await expect(fetchJson(silent, '/data/crosswalk.json', 'crosswalk', undefined, 50)).rejects.toEqual(
			new DataLoadError('/data/crosswalk.json', 'no answer within 0.05 s', 'timeout')
		);
		// Headers arrive, the body never ends.
		const stalling = ((_url: string, init?: RequestInit) =>
			Promise.resolve(
				new Response(
					new ReadableStream({
						start(controller) {
							controller.enqueue(new TextEncoder().encode('{"a":'));
							init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
						}
					})
				)
			)) as typeof fetch;
		await expect(fetchJson(stalling, '/data/crosswalk.json', 'crosswalk', undefined, 50)).rejects.toMatchObject({ kind: 'timeout' });
		// No network at all.
		const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
		await expect(fetchJson(offline, '/data/crosswalk.json', 'crosswalk')).rejects.toEqual(
			new DataLoadError('/data/crosswalk.json', 'Failed to fetch', 'network')
		);
	});

	it('waits for the check it was given, and fails with what the check found', async () => {
		const { fetcher } = fakeFetch(everything);
		const asked: string[] = [];
		const strict = new DataLoader(fetcher, async (kind) => (asked.push(kind), kind === 'kenmerken' ? 'unexpected content (about: wrong)' : null));
		await expect(strict.atlas()).rejects.toEqual(new DataLoadError('/data/kenmerken.json', 'unexpected content (about: wrong)', 'invalid'));
		expect(asked.sort()).toEqual(['crosswalk', 'index', 'index', 'index', 'kenmerken', 'monitor', 'monitor', 'monitor', 'published', 'register']);
		// A file that is not JSON is said to be so, whatever the check says.
		const broken = new DataLoader(fakeFetch({ ...everything, '/data/published.json': '{' }).fetcher, async () => null);
		await expect(broken.published()).rejects.toEqual(new DataLoadError('/data/published.json', 'not valid JSON', 'invalid'));
	});
});
