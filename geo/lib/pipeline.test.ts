import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { Crosswalk, MunicipalityIndexEntry } from '../../src/lib/model/geography.ts';
import { SHARED_SOURCE_DIR, TOPOLOGY_BUDGET_GZIP_BYTES } from './config.ts';
import { runPipeline, type PipelineResult } from './pipeline.ts';

let outputDir: string;
let result: PipelineResult;
const read = async (name: string) => readFile(path.join(outputDir, name), 'utf8');

beforeAll(async () => {
	outputDir = await mkdtemp(path.join(tmpdir(), 'geo-out-'));
	result = await runPipeline({ sourceDir: process.env.GEO_SOURCE_DIR?.trim() || SHARED_SOURCE_DIR, outputDir, years: [2017, 2022, 2025] });
}, 60_000);

describe('the public geography contract', () => {
	it('writes one TopoJSON per year within the gzip budget, object gemeenten, id = GM code', async () => {
		for (const [year, count] of [
			[2017, 388],
			[2022, 345],
			[2025, 342]
		] as const) {
			const text = await read(`gemeenten-${year}.topojson`);
			expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(TOPOLOGY_BUDGET_GZIP_BYTES);
			const topology = JSON.parse(text) as Topology;
			const geometries = (topology.objects.gemeenten as { geometries: Array<{ id: string; properties: Record<string, string> }> }).geometries;
			expect(geometries).toHaveLength(count);
			for (const g of geometries) {
				expect(g.id).toMatch(/^GM\d{4}$/);
				expect(g.properties).toEqual({ code: g.id, naam: expect.any(String), provincie: expect.any(String) });
			}
		}
	});

	it('winds rings for d3-geo: every municipality is smaller than a hemisphere', async () => {
		const topology = JSON.parse(await read('gemeenten-2022.topojson')) as Topology;
		const fc = feature(topology, topology.objects.gemeenten) as unknown as GeoJSON.FeatureCollection;
		for (const f of fc.features) expect(geoArea(f), String(f.id)).toBeLessThan(0.001);
	});

	it('writes a municipality index with centroid, bbox, area and symmetric neighbours', async () => {
		const index = JSON.parse(await read('gemeenten-2022.json')) as MunicipalityIndexEntry[];
		expect(index).toHaveLength(345);
		const byCode = new Map(index.map((m) => [m.code, m]));
		const amsterdam = byCode.get('GM0363')!;
		expect(amsterdam).toMatchObject({ naam: 'Amsterdam', provincie: 'Noord-Holland' });
		// CBS gives 219 km² including water; the generalised layer follows the shore a little differently.
		expect(amsterdam.areaKm2).toBeGreaterThan(190);
		expect(amsterdam.areaKm2).toBeLessThan(240);
		const [w, s, e, n] = amsterdam.bbox;
		expect(amsterdam.centroid[0]).toBeGreaterThan(w);
		expect(amsterdam.centroid[0]).toBeLessThan(e);
		expect(amsterdam.centroid[1]).toBeGreaterThan(s);
		expect(amsterdam.centroid[1]).toBeLessThan(n);
		expect(amsterdam.neighbours.map((c) => byCode.get(c)!.naam)).toEqual(expect.arrayContaining(['Amstelveen', 'Diemen', 'Zaanstad', 'Ouder-Amstel']));
		for (const m of index) for (const c of m.neighbours) expect(byCode.get(c)!.neighbours, `${m.code}→${c}`).toContain(m.code);
		// Islands share no border.
		expect(index.find((m) => m.naam === 'Vlieland')!.neighbours).toEqual([]);
	});

	it('writes the crosswalk for both periods', async () => {
		const crosswalk = JSON.parse(await read('crosswalk.json')) as Crosswalk;
		expect(Object.keys(crosswalk)).toEqual(['2017-2022', '2022-2025']);
		expect(crosswalk['2017-2022']![0]).toEqual({ from: expect.stringMatching(/^GM\d{4}$/), to: expect.stringMatching(/^GM\d{4}$/), share: expect.any(Number) });
		expect(new Set(crosswalk['2017-2022']!.map((l) => l.from)).size).toBe(388);
		expect(new Set(crosswalk['2022-2025']!.map((l) => l.from)).size).toBe(345);
		expect(result.years.map((y) => y.municipalities)).toEqual([388, 345, 342]);
	});
});
