import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { decimalsOf, rfc7946 } from './geojson';
import { OUTPUT_DIR } from '../../geo/lib/config';

const area = (ring: Position[]) => ring.slice(0, -1).reduce((sum, p, i) => sum + p[0] * ring[i + 1][1] - ring[i + 1][0] * p[1], 0);

describe('GeoJSON as RFC 7946 wants it', () => {
	it('turns a clockwise outer ring counter-clockwise and a counter-clockwise hole clockwise, rounding the noise', () => {
		const outer = [
			[0, 0],
			[0, 1.0000000001],
			[1, 1],
			[1, 0],
			[0, 0]
		];
		const hole = [
			[0.2, 0.2],
			[0.4, 0.2],
			[0.4, 0.4],
			[0.2, 0.4],
			[0.2, 0.2]
		];
		const fixed = rfc7946({ type: 'Polygon', coordinates: [outer, hole] }, 4) as Polygon;
		expect(area(fixed.coordinates[0])).toBeGreaterThan(0);
		expect(area(fixed.coordinates[1])).toBeLessThan(0);
		expect(fixed.coordinates[0]).toContainEqual([0, 1]);
	});

	it('reads the precision from the quantisation', () => {
		expect(decimalsOf({ transform: { scale: [0.0005, 0.0005], translate: [0, 0] } })).toBe(4);
		expect(decimalsOf({ transform: { scale: [0.00001, 0.00002], translate: [0, 0] } })).toBe(5);
	});

	it('holds for every published status file', async () => {
		for (const year of [2017, 2022, 2025]) {
			const text = await readFile(path.join(OUTPUT_DIR, `gemeenten-status-${year}.geojson`), 'utf8');
			expect(text, `${year}`).not.toMatch(/\d\.\d{7,}/);
			const collection = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>;
			for (const feature of collection.features) {
				const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
				for (const rings of polygons) {
					expect(area(rings[0]), `${year} ${feature.id} outer`).toBeGreaterThan(0);
					for (const hole of rings.slice(1)) expect(area(hole), `${year} ${feature.id} hole`).toBeLessThan(0);
				}
			}
		}
	});
});
