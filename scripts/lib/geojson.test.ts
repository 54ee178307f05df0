import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { decimalsOf, rfc7946 } from './geojson';

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
});
