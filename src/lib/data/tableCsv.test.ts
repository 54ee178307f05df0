import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, TABLE_CSV_HEADER, tableCsv } from './tableCsv';
import type { TableRow } from './tableRows';

const row = (patch: Partial<TableRow>): TableRow => ({
	code: 'GM1959',
	naam: 'Altena',
	provincie: 'Noord-Brabant',
	advId: null,
	advNaam: null,
	status: 'geen-beleid',
	statusByYear: [
		{
			year: 2017,
			relation: 'predecessors',
			items: [
				{ code: 'GM0738', naam: 'Aalburg', share: 1, status: 'onbekend' },
				{ code: 'GM0870', naam: 'Werkendam', share: 1, status: 'beleid-specifiek' }
			]
		},
		{ year: 2022, relation: 'self', items: [{ code: 'GM1959', naam: 'Altena', share: 1, status: 'geen-beleid' }] },
		{ year: 2025, relation: 'self', items: [{ code: 'GM1959', naam: 'Altena', share: 1, status: 'beleid-bijdragend' }] }
	],
	...patch
});

describe('the table as CSV', () => {
	it('has the rows shown, in order, with every year and the notice in each row', () => {
		const csv = tableCsv([row({}), row({ code: 'GM0363', naam: 'Amsterdam, "stad"', advNaam: 'MDRA' })], 'SYNTHETISCH');
		const records: string[][] = parse(csv);
		expect(records[0]).toEqual(TABLE_CSV_HEADER);
		expect(records).toHaveLength(3);
		expect(records[1]).toEqual([
			'SYNTHETISCH',
			'GM1959',
			'Altena',
			'Noord-Brabant',
			'',
			'GM0738 Aalburg: onbekend; GM0870 Werkendam: beleid-specifiek',
			'geen-beleid',
			'beleid-bijdragend'
		]);
		expect(records[2][2]).toBe('Amsterdam, "stad"');
		expect(records[2][4]).toBe('MDRA');
	});

	it('never hands a spreadsheet a formula', () => {
		for (const value of ['=HYPERLINK("x")', '+31 20', '-1', '@SUM(A1)', '\tx']) expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('Den Haag')).toBe('Den Haag');
	});
});
