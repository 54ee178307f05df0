import { describe, expect, it } from 'vitest';
import { SURVEY_YEARS } from '../model/geography';
import { siteData } from '../server/siteData';
import { packTableRows, unpackTableRows } from './packedTableRows';
import { tableRows } from './tableRows';

describe('packed table rows', () => {
	it("give back the site's rows of every year key for key, in a fraction of the size", async () => {
		const data = await siteData();
		for (const year of SURVEY_YEARS) {
			const rows = tableRows(year, data);
			const packed = packTableRows(rows);
			// Through JSON, as the page's hydration data travels; compared as JSON, as sameRows compares.
			const unpacked = unpackTableRows(JSON.parse(JSON.stringify(packed)));
			expect(JSON.stringify(unpacked), `${year}`).toBe(JSON.stringify(rows));
			expect(JSON.stringify(packed).length, `${year}`).toBeLessThan(JSON.stringify(rows).length / 3);
		}
	});

	it('keeps what only the full form says: predecessors, successors and shares', () => {
		const rows = [
			{
				code: 'GM1959' as const,
				naam: 'Altena',
				provincie: 'Noord-Brabant',
				advId: null,
				advNaam: null,
				status: 'geen-beleid' as const,
				statusByYear: [
					{
						year: 2017 as const,
						relation: 'predecessors' as const,
						items: [
							{ code: 'GM0738' as const, naam: 'Aalburg', share: 0.3, status: 'onbekend' as const },
							{ code: 'GM0870' as const, naam: 'Werkendam', share: 0.4, status: 'in-ontwikkeling' as const }
						]
					},
					{ year: 2022 as const, relation: 'self' as const, items: [{ code: 'GM1959' as const, naam: 'Altena', share: 1, status: 'geen-beleid' as const }] }
				]
			}
		];
		expect(unpackTableRows(packTableRows(rows))).toEqual(rows);
		expect(() => packTableRows([rows[0], { ...rows[0], statusByYear: [...rows[0].statusByYear].reverse() }])).toThrow(
			/GM1959: statuses not in the years 2017, 2022/
		);
	});
});
