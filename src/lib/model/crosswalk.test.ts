import { describe, expect, it } from 'vitest';
import { CrosswalkIndex } from './crosswalk';
import type { Crosswalk } from './geography';

// A small crosswalk in the real shape: Haren (GM0017) merges into Groningen (GM0014); Haaren (GM0788)
// splits; Brielle (GM0501) and Westvoorne (GM0614) form Voorne aan Zee (GM1992).
const crosswalk: Crosswalk = {
	'2017-2022': [
		{ from: 'GM0014', to: 'GM0014', share: 1 },
		{ from: 'GM0017', to: 'GM0014', share: 1 },
		{ from: 'GM0788', to: 'GM0865', share: 0.6 },
		{ from: 'GM0788', to: 'GM0824', share: 0.4 },
		{ from: 'GM0501', to: 'GM0501', share: 1 },
		{ from: 'GM0614', to: 'GM0614', share: 1 },
		{ from: 'GM0865', to: 'GM0865', share: 1 }
	],
	'2022-2025': [
		{ from: 'GM0014', to: 'GM0014', share: 1 },
		{ from: 'GM0501', to: 'GM1992', share: 1 },
		{ from: 'GM0614', to: 'GM1992', share: 1 },
		{ from: 'GM0865', to: 'GM0865', share: 1 },
		{ from: 'GM0824', to: 'GM0824', share: 1 }
	]
};
const index = new CrosswalkIndex(crosswalk);

describe('CrosswalkIndex', () => {
	it('follows a merger forward', () => {
		expect(index.successors('GM0017', 2017, 2022)).toEqual([{ year: 2022, code: 'GM0014', share: 1 }]);
	});

	it('follows a split forward over two steps, keeping shares', () => {
		expect(index.successors('GM0788', 2017, 2025)).toEqual([
			{ year: 2025, code: 'GM0865', share: 0.6 },
			{ year: 2025, code: 'GM0824', share: 0.4 }
		]);
	});

	it('finds the predecessors of a merged municipality, across two steps', () => {
		expect(
			index
				.predecessors('GM1992', 2025, 2022)
				.map((r) => r.code)
				.sort()
		).toEqual(['GM0501', 'GM0614']);
		expect(
			index
				.predecessors('GM1992', 2025, 2017)
				.map((r) => r.code)
				.sort()
		).toEqual(['GM0501', 'GM0614']);
		expect(
			index
				.predecessors('GM0014', 2022, 2017)
				.map((r) => r.code)
				.sort()
		).toEqual(['GM0014', 'GM0017']);
	});

	it('reports the share of a split predecessor that went into the successor', () => {
		expect(index.predecessors('GM0824', 2022, 2017)).toEqual([{ year: 2017, code: 'GM0788', share: 0.4 }]);
	});

	it('returns the municipality itself for the same year', () => {
		expect(index.successors('GM0014', 2022, 2022)).toEqual([{ year: 2022, code: 'GM0014', share: 1 }]);
	});
});
