import { describe, expect, it } from 'vitest';
import { feature, merge } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { MUNICIPALITY_OBJECT } from '../../src/lib/model/geography.ts';
import { multiPolygonAreaKm2, type MultiPolygonCoords } from './area.ts';
import { webTopology } from './municipalities.ts';
import { gzipSize, simplifyAt, simplifyToBudget, SIMPLIFY_LEVELS_M2 } from './simplify.ts';
import { sourceLayer } from './testSources.ts';
import { absoluteArcs, collection, ringsOf } from './topology.ts';
import { ringProblem } from './validate.ts';

async function web2022(): Promise<Topology> {
	const source = await sourceLayer('gemeente', 2022);
	const provinceOf = new Map(collection(source, 'gemeente_2022').geometries.map((g) => [(g.properties as { statcode: string }).statcode, 'x']));
	return webTopology(source, 'gemeente_2022', provinceOf);
}

const polygonsOf = (g: GeoJSON.Polygon | GeoJSON.MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiPolygonCoords;

function areas(topology: Topology) {
	const geometries = collection(topology, MUNICIPALITY_OBJECT).geometries;
	const sum = geometries.reduce(
		(s, g) => s + multiPolygonAreaKm2(polygonsOf((feature(topology, g as never) as unknown as GeoJSON.Feature<GeoJSON.Polygon>).geometry)),
		0
	);
	const outline = merge(topology, geometries as never);
	return { sum, union: multiPolygonAreaKm2(polygonsOf(outline)), holes: polygonsOf(outline).reduce((n, p) => n + p.length - 1, 0) };
}

describe('simplification to a byte budget', () => {
	it('simplifies only as far as a tight budget needs and keeps every municipality', async () => {
		const serialize = (t: Topology) => JSON.stringify(t);
		// One byte less than the unsimplified file: the source is CBS's generalised layer already, so
		// any tighter budget forces borders to move by kilometres.
		const unsimplified = gzipSize(serialize(simplifyAt(await web2022(), 0).topology));
		const budget = unsimplified - 1;
		const result = simplifyToBudget(await web2022(), { budgetGzipBytes: budget, maxDisplacementM: 3000, serialize, label: 'test' });
		expect(result.gzipBytes).toBeLessThanOrEqual(budget);
		expect(result.level).toBeGreaterThan(0);
		expect(result.pointsAfter).toBeLessThan(result.pointsBefore);
		// The level below it would not have fitted.
		const previous = SIMPLIFY_LEVELS_M2[SIMPLIFY_LEVELS_M2.indexOf(result.level) - 1];
		expect(gzipSize(serialize(simplifyAt(await web2022(), previous).topology))).toBeGreaterThan(budget);
		expect(collection(result.topology, MUNICIPALITY_OBJECT).geometries).toHaveLength(345);
	});

	it('keeps shared borders shared at the coarsest level: no overlaps, no new gaps, no broken rings', async () => {
		const before = areas(await web2022());
		const coarsest = simplifyAt(await web2022(), SIMPLIFY_LEVELS_M2.at(-1)!).topology;
		const after = areas(coarsest);
		// Overlaps would make the sum of the parts exceed the outline; gaps would add holes to it.
		expect(after.sum / after.union).toBeCloseTo(1, 6);
		expect(after.holes).toBeLessThanOrEqual(before.holes);
		const arcs = absoluteArcs(coarsest);
		for (const geometry of collection(coarsest, MUNICIPALITY_OBJECT).geometries) {
			for (const ring of ringsOf(geometry)) expect(ringProblem(arcs, ring), String(geometry.id)).toBeUndefined();
		}
	});

	it('fails with a clear message when no level fits', async () => {
		expect(() =>
			simplifyToBudget(web2022Sync, { budgetGzipBytes: 1000, maxDisplacementM: 5000, serialize: JSON.stringify, label: 'gemeenten-2022.topojson' })
		).toThrow(/gemeenten-2022.topojson: cannot fit 1000 bytes gzipped while moving borders at most 5000 m \(level 0 m²: \d+ bytes gzipped/);
	});
});

const web2022Sync = await web2022();
