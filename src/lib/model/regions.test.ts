import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import { compareRegions, regionChanges, regions, regionTrends, slug, type Region, type RegionInputs } from './regions';
import type { SurveyYear } from './geography';
import type { Transition } from './change';
import type { DisplayStatus } from './status';

let geography: GeographyContext;
let inputs: RegionInputs;
beforeAll(async () => {
	geography = await loadGeography();
	const municipalities = geography.municipalities(2022);
	inputs = {
		municipalities,
		adv: { GM0363: 'mdra', GM0362: 'mdra' },
		inhabitants: Object.fromEntries(municipalities.map((m, i) => [m.code, i * 1000])),
		networks: { g40: ['GM0363'], p10: ['GM1680'] }
	};
});

describe('regions to compare', () => {
	it('groups every municipality exactly once, in each grouping', () => {
		for (const grouping of ['provincie', 'adv', 'grootte', 'netwerk'] as const) {
			const all = regions(grouping, inputs).flatMap((r) => r.members);
			expect(all.sort(), grouping).toEqual(
				geography
					.municipalities(2022)
					.map((m) => m.code)
					.sort()
			);
		}
		expect(regions('provincie', inputs)).toHaveLength(12);
		expect(regions('provincie', inputs).map((r) => r.id)).toContain('provincie-zuid-holland');
		expect(
			regions('adv', inputs)
				.map((r) => r.id)
				.sort()
		).toEqual(['adv-mdra', 'adv-onbekend']);
		expect(regions('grootte', inputs).map((r) => r.key)).toEqual(['tot-20000', '20000-50000', '50000-100000', '100000-plus']);
	});

	it('sorts by share with policy and shows counts only for small groups', () => {
		const status = new Map<string, DisplayStatus>([
			['GM0363', 'beleid-specifiek'],
			['GM0362', 'geen-beleid']
		]);
		const compared = compareRegions(regions('adv', inputs), status);
		expect(compared.find((c) => c.region.key === 'mdra')!.policyShare).toBeNull();
		expect(compared.find((c) => c.region.key === 'mdra')!.summary).toMatchObject({ participants: 2, total: 2 });
	});

	it('makes URL-safe ids', () => {
		expect(slug("Fryslân 's-Hertogenbosch")).toBe('fryslan-s-hertogenbosch');
	});

	it('follows each region of the year shown through every survey, with its own denominators', () => {
		const lists: Partial<Record<SurveyYear, Region[]>> = {};
		const status: Partial<Record<SurveyYear, Map<string, DisplayStatus>>> = {};
		for (const year of [2017, 2022, 2025] as const) {
			const municipalities = geography.municipalities(year);
			lists[year] = regions('provincie', { ...inputs, municipalities });
			// Utrecht: every municipality with policy in 2025, none in 2017, half in 2022; Zeeland takes no part in 2017.
			status[year] = new Map(
				municipalities.map((m, i) => {
					if (m.provincie === 'Zeeland' && year === 2017) return [m.code, 'onbekend'];
					if (m.provincie !== 'Utrecht') return [m.code, 'geen-beleid'];
					return [m.code, year === 2025 || (year === 2022 && i % 2 === 0) ? 'beleid-specifiek' : 'geen-beleid'];
				})
			);
		}
		const trends = regionTrends(lists, status, 2025);
		expect(trends).toHaveLength(12);
		expect(trends[0].region.id).toBe('provincie-utrecht');
		const utrecht = trends[0];
		expect(utrecht.years.map((y) => y.year)).toEqual([2017, 2022, 2025]);
		expect(utrecht.years[0].policyShare).toBe(0);
		expect(utrecht.years[2].policyShare).toBe(1);
		// The 2017 denominator is that year's Utrecht municipalities, not 2025's.
		expect(utrecht.years[0].summary.total).toBe(geography.municipalities(2017).filter((m) => m.provincie === 'Utrecht').length);
		expect(utrecht.shown).toBe(utrecht.years[2]);
		const zeeland = trends.find((t) => t.region.id === 'provincie-zeeland')!;
		expect(zeeland.years[0]).toMatchObject({ year: 2017, policyShare: null, summary: { participants: 0 } });
	});

	it('counts change per region, most net gain first', () => {
		const list: Region[] = [
			{ id: 'a', grouping: 'provincie', key: 'A', members: ['GM0001', 'GM0002', 'GM0003'] },
			{ id: 'b', grouping: 'provincie', key: 'B', members: ['GM0004', 'GM0005'] }
		];
		const classes = new Map<string, Transition>([
			['GM0001', 'minder-beleid'],
			['GM0002', 'gelijk-met-beleid'],
			['GM0004', 'meer-beleid'],
			['GM0005', 'meer-beleid']
		]);
		const changes = regionChanges(list, classes);
		expect(changes.map((c) => c.region.id)).toEqual(['b', 'a']);
		expect(changes[1].counts).toEqual({ 'meer-beleid': 0, 'gelijk-met-beleid': 1, 'gelijk-zonder-beleid': 0, 'minder-beleid': 1, onbekend: 1 });
		expect(changes[1].total).toBe(3);
	});
});
