import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { validateYear } from './pipeline.ts';
import { sourceLayer } from './testSources.ts';
import { validateLayer } from './validate.ts';

async function year2022() {
	return { municipalities: await sourceLayer('gemeente', 2022), provinces: await sourceLayer('provincie', 2022) };
}

function geometries(topology: Topology, name: string) {
	return (topology.objects[name] as { geometries: Array<{ properties: Record<string, unknown>; arcs: unknown }> }).geometries;
}

describe('validating the source layers', () => {
	it('accepts the real 2017, 2022 and 2025 layers', async () => {
		for (const year of [2017, 2022, 2025] as const) {
			const sources = { municipalities: await sourceLayer('gemeente', year), provinces: await sourceLayer('provincie', year) };
			expect(validateYear(year, sources)).toEqual([]);
		}
	});

	it('reports a missing municipality with expected and found counts', async () => {
		const sources = await year2022();
		geometries(sources.municipalities, 'gemeente_2022').pop();
		expect(validateYear(2022, sources)).toEqual(['gemeente_2022.topojson: expected 345 municipalities, found 344']);
	});

	it('reports a duplicate code with both features', async () => {
		const sources = await year2022();
		const list = geometries(sources.municipalities, 'gemeente_2022');
		const first = list[0].properties.statcode as string;
		list[1].properties.statcode = first;
		const problems = validateYear(2022, sources);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^gemeente_2022.topojson: feature 1 \\(${first} .+\\): duplicate code ${first}, also used by feature 0$`));
	});

	it('reports malformed codes and empty names', async () => {
		const sources = await year2022();
		const list = geometries(sources.municipalities, 'gemeente_2022');
		list[2].properties.statcode = 'GM12';
		list[3].properties.statnaam = '  ';
		const problems = validateYear(2022, sources);
		expect(problems).toContainEqual(expect.stringMatching(/feature 2 \(GM12 .+\): statcode "GM12" is not a municipality code \(GM \+ 4 digits\)/));
		expect(problems).toContainEqual(expect.stringMatching(/feature 3 \(GM\d{4}\): statnaam is empty/));
	});

	it('reports a ring whose arcs do not join', async () => {
		const sources = await year2022();
		// Move the first point of arc 0: every ring that walks it now breaks at that corner.
		sources.municipalities.arcs[0][0] = [sources.municipalities.arcs[0][0][0] + 5, sources.municipalities.arcs[0][0][1]];
		const problems = validateYear(2022, sources);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]).toMatch(
			/^gemeente_2022.topojson: feature \d+ \(GM\d{4} .+\): ring 0 is (broken: arc -?\d+ ends at \[.+\] but arc -?\d+ starts at \[.+\]|not closed: it starts at \[.+\] but ends at \[.+\])$/
		);
	});

	it('reports a ring that does not close', () => {
		const topology = {
			type: 'Topology',
			arcs: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1]
				]
			],
			objects: {
				test: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { statcode: 'GM0001', statnaam: 'Open' } }] }
			}
		} as unknown as Topology;
		const problems = validateLayer(topology, {
			label: 'test.topojson',
			objectName: 'test',
			expectedCount: 1,
			noun: 'municipalities',
			codePattern: /^GM\d{4}$/,
			codeDescription: 'a municipality code'
		});
		expect(problems).toEqual(['test.topojson: feature 0 (GM0001 Open): ring 0 is not closed: it starts at [0, 0] but ends at [0, 1]']);
	});

	it('reports a province layer with the wrong count', async () => {
		const sources = await year2022();
		geometries(sources.provinces, 'provincie_2022').splice(0, 2);
		expect(validateYear(2022, sources)).toEqual(['provincie_2022.topojson: expected 12 provinces, found 10']);
	});
});
