import { describe, expect, it } from 'vitest';
import { DataLoadError, loadAppData, loadYearData } from './appData';

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

const topology = (year: number) => ({ type: 'Topology', year, objects: {}, arcs: [] });
const monitor = (year: number) => ({ year, municipalities: [] });
const everything = {
	...Object.fromEntries(
		[2017, 2022, 2025].flatMap((y) => [
			[`/data/gemeenten-${y}.topojson`, topology(y)],
			[`/data/gemeenten-${y}.json`, []],
			[`/data/monitor-${y}.json`, monitor(y)]
		])
	),
	'/data/crosswalk.json': { links: [] },
	'/data/voorzieningen.json': { voorzieningen: [] },
	'/data/published.json': { figures: [] },
	'/data/kenmerken.json': { inhabitants: {} }
};

describe('loadYearData', () => {
	it('fetches only the geometry and monitor data of that year', async () => {
		const { fetcher, asked } = fakeFetch(everything);
		const loaded = await loadYearData(2022, fetcher);
		expect(asked.sort()).toEqual(['/data/gemeenten-2022.topojson', '/data/monitor-2022.json']);
		expect(loaded).toEqual({ topology: topology(2022), monitor: monitor(2022) });
	});

	it('names the file that failed', async () => {
		const { fetcher } = fakeFetch({ ...everything, '/data/monitor-2017.json': '{not json' });
		await expect(loadYearData(2017, fetcher)).rejects.toEqual(new DataLoadError('/data/monitor-2017.json', 'not valid JSON'));
	});
});

describe('loadAppData', () => {
	it('does not fetch again the years it is given, done or still under way', async () => {
		const { fetcher, asked } = fakeFetch(everything);
		const year2025 = loadYearData(2025, fetcher);
		const data = await loadAppData(fetcher, { 2025: year2025 });
		expect(asked.filter((u) => u === '/data/gemeenten-2025.topojson' || u === '/data/monitor-2025.json')).toHaveLength(2);
		expect(asked.filter((u) => u.includes('2017') || u.includes('2022'))).toHaveLength(6);
		expect(data.topologies[2025]).toEqual(topology(2025));
		expect(data.monitor[2017]).toEqual(monitor(2017));
	});

	it('fails with the name of a missing file', async () => {
		const files = Object.fromEntries(Object.entries(everything).filter(([k]) => k !== '/data/kenmerken.json'));
		await expect(loadAppData(fakeFetch(files).fetcher)).rejects.toEqual(new DataLoadError('/data/kenmerken.json', 'HTTP 404'));
	});
});
