import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import { compareRegions, regions, slug, type RegionInputs } from './regions';
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
});
