import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiLineString, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { OUTPUT_DIR } from '../../../geo/lib/config';
import { SURVEY_YEARS, type SurveyYear } from '../model/geography';
import { municipalityFeatures, provinceBorders } from './geometry';
import { boundsProjection, CompactPathContext, svgGeometry, svgGeometryInSlices } from './svgGeometry';

/** Absolute points of each subpath, decoded from relative path data (m, l, implicit pairs, z). */
function decode(d: string): Array<Array<[number, number]>> {
	const rings: Array<Array<[number, number]>> = [];
	let x = 0;
	let y = 0;
	let start: [number, number] = [0, 0];
	for (const [, command, numbers] of d.matchAll(/([mlzML])([^mlzML]*)/g)) {
		if (command === 'z') {
			[x, y] = start;
			continue;
		}
		const values = (numbers.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		expect(values.length % 2, `odd number of coordinates in "${command}${numbers}"`).toBe(0);
		for (let i = 0; i < values.length; i += 2) {
			x += values[i];
			y += values[i + 1];
			if (command === 'm' && i === 0) {
				start = [x, y];
				rings.push([]);
			}
			rings.at(-1)!.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
		}
	}
	return rings;
}

/** Absolute points of each subpath from d3's own (absolute) path output. */
function absolute(d: string): Array<Array<[number, number]>> {
	return d
		.split('M')
		.filter(Boolean)
		.map((part) =>
			part
				.replace(/Z$/, '')
				.split('L')
				.map((p) => p.split(',').map(Number) as [number, number])
				// d3 keeps points that rounding made equal; the compact context drops them.
				.filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1])
		);
}

const projection = geoMercator().scale(4000).translate([-200, 4800]);
const polygon: Feature<Polygon> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[4.0, 52.0],
				[4.5, 52.01],
				[4.50001, 52.01],
				[4.6, 52.4],
				[4.1, 52.5],
				[4.0, 52.0]
			],
			[
				[4.2, 52.2],
				[4.3, 52.2],
				[4.3, 52.3],
				[4.2, 52.2]
			]
		]
	}
};
const lines: Feature<MultiLineString> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'MultiLineString',
		coordinates: [
			[
				[4.0, 52.0],
				[4.7, 52.9]
			],
			[
				[5.0, 51.0],
				[5.1, 51.1],
				[5.3, 51.0]
			]
		]
	}
};

describe('CompactPathContext', () => {
	for (const digits of [0, 1]) {
		it(`draws the same rounded points as d3's absolute paths (${digits} decimals)`, () => {
			const context = new CompactPathContext(digits);
			for (const feature of [polygon, lines]) {
				geoPath(projection, context)(feature);
				const compact = context.result();
				const reference = geoPath(projection).digits(digits)(feature)!;
				expect(decode(compact)).toEqual(absolute(reference));
				expect(compact.length).toBeLessThan(reference.length);
			}
		});
	}

	it('writes relative moves after a closed ring from the ring start, with implicit line-tos', () => {
		const context = new CompactPathContext(0);
		context.moveTo(10, 10);
		context.lineTo(20, 10);
		context.lineTo(20, 25);
		context.closePath();
		context.moveTo(12, 12);
		context.lineTo(11.6, 14.4);
		context.closePath();
		expect(context.result()).toBe('m10,10,10,0,0,15zm2,2,0,2z');
	});

	it('writes fractions without a leading zero and lets a minus sign separate numbers', () => {
		const context = new CompactPathContext(1);
		context.moveTo(1, 1);
		context.lineTo(0.7, 1.25);
		expect(context.result()).toBe('m1,1-.3,.3');
	});
});

describe('the SVG geometry of a year', () => {
	const topologies = Object.fromEntries(
		SURVEY_YEARS.map((y) => [y, JSON.parse(readFileSync(path.join(OUTPUT_DIR, `gemeenten-${y}.topojson`), 'utf8')) as Topology])
	) as Record<SurveyYear, Topology>;

	it('draws every municipality exactly as the spherical projection would, in every year and precision', () => {
		const { projection } = boundsProjection();
		for (const year of SURVEY_YEARS) {
			for (const digits of [0, 1]) {
				const context = new CompactPathContext(digits);
				const spherical = geoPath(projection, context);
				const expected = municipalityFeatures(topologies[year]).features.map((f) => {
					spherical(f);
					return context.result();
				});
				const geometry = svgGeometry(topologies[year], digits);
				expect(geometry.municipalities.map((m) => m.d)).toEqual(expected);
				spherical(provinceBorders(topologies[year]));
				expect(geometry.provinces).toBe(context.result());
			}
		}
	});

	it('is the same built in slices, with the main thread given back between them', async () => {
		let pauses = 0;
		const pause = async () => void pauses++;
		const sliced = await svgGeometryInSlices(topologies[2022], pause, 100);
		const whole = svgGeometry(topologies[2022]);
		expect(sliced.municipalities).toEqual(whole.municipalities);
		expect(sliced.provinces).toBe(whole.provinces);
		expect(sliced.height).toBe(whole.height);
		expect(pauses).toBe(Math.ceil(whole.municipalities.length / 100) + 1);
	});
});
