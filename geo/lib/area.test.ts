import { describe, expect, it } from 'vitest';
import { multiPolygonAreaKm2, polygonAreaKm2, signedRingAreaKm2 } from './area.ts';
import type { Position } from './topology.ts';

// A 0.1° × 0.1° square at 52°N: 0.1° of latitude is 11.12 km, 0.1° of longitude there 6.85 km.
const square: Position[] = [
	[5, 52],
	[5.1, 52],
	[5.1, 52.1],
	[5, 52.1],
	[5, 52]
];

describe('area', () => {
	it('measures a small square near the Netherlands in km²', () => {
		expect(signedRingAreaKm2(square)).toBeCloseTo(76.1, 0);
	});

	it('is positive counter-clockwise and negative clockwise', () => {
		expect(signedRingAreaKm2(square)).toBeGreaterThan(0);
		expect(signedRingAreaKm2(square.slice().reverse())).toBeLessThan(0);
	});

	it('subtracts holes whatever their winding', () => {
		const hole: Position[] = [
			[5.02, 52.02],
			[5.04, 52.02],
			[5.04, 52.04],
			[5.02, 52.04],
			[5.02, 52.02]
		];
		const outer = polygonAreaKm2([square]);
		const withHole = polygonAreaKm2([square, hole]);
		expect(withHole).toBeLessThan(outer);
		expect(polygonAreaKm2([square, hole.slice().reverse()])).toBeCloseTo(withHole, 6);
		expect(multiPolygonAreaKm2([[square], [hole]])).toBeCloseTo(outer + polygonAreaKm2([hole]), 6);
	});
});
