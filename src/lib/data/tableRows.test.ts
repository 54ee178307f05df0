import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import { filterRows, tableRows, type TableRow } from './tableRows';
import type { DetailsData } from './details';
import type { VoorzieningenJson } from './publicSchemas';
import { SURVEY_YEARS } from '../model/geography';

let rows: TableRow[];
beforeAll(async () => {
	const geography = await loadGeography();
	const monitor = Object.fromEntries(
		SURVEY_YEARS.map((y) => [
			y,
			{
				synthetic: true,
				municipalities: geography.municipalities(y).map((m, i) => ({ code: m.code, status: i % 2 ? 'geen-beleid' : 'beleid-specifiek', extra: {} }))
			}
		])
	) as unknown as DetailsData['monitor'];
	const voorzieningen = {
		voorzieningen: [
			{
				id: 'mdra',
				naam: 'MDRA',
				gemeenten: { 2017: [], 2022: [{ code: 'GM0363', bron: ['https://x'], peildatum: '', aard: 'direct', route: 'naam' }], 2025: [] }
			}
		],
		byMunicipality: { 2017: {}, 2022: { GM0363: 'mdra' }, 2025: {} }
	} as unknown as VoorzieningenJson;
	rows = tableRows(2022, { geography, monitor, voorzieningen });
});
const base = { status: null, provincie: null, adv: null, q: '', sort: 'naam' } as const;

describe('table rows', () => {
	it('has every municipality of the year once, with its ADV and predecessors', () => {
		expect(rows).toHaveLength(345);
		expect(new Set(rows.map((r) => r.code)).size).toBe(345);
		expect(rows.find((r) => r.code === 'GM0363')).toMatchObject({ advId: 'mdra', advNaam: 'MDRA' });
		const altena = rows.find((r) => r.naam === 'Altena')!;
		expect(altena.statusByYear[0].items.map((i) => i.naam).sort()).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
	});

	it('filters by status, province, ADV, region and text (ignoring diacritics)', () => {
		// Each filter keeps a non-empty subset that satisfies it (an empty result would pass `every`).
		const utrecht = filterRows(rows, { ...base, provincie: 'Utrecht' });
		expect(utrecht).toHaveLength(rows.filter((r) => r.provincie === 'Utrecht').length);
		expect(utrecht.length).toBeGreaterThan(20);
		expect(utrecht.every((r) => r.provincie === 'Utrecht')).toBe(true);
		expect(filterRows(rows, { ...base, adv: 'mdra' }).map((r) => r.naam)).toEqual(['Amsterdam']);
		expect(filterRows(rows, { ...base, adv: 'onbekend' })).toHaveLength(344);
		const without = filterRows(rows, { ...base, status: 'geen-beleid' });
		expect(without).toHaveLength(172);
		expect(without.every((r) => r.status === 'geen-beleid')).toBe(true);
		expect(filterRows(rows, { ...base, q: 'sudwest' }).map((r) => r.naam)).toEqual(['Súdwest-Fryslân']);
		expect(filterRows(rows, base, new Set(['GM0363', 'GM0014'])).map((r) => r.naam)).toEqual(['Amsterdam', 'Groningen']);
	});

	it('sorts by name, province, ADV or status', () => {
		const byProvince = filterRows(rows, { ...base, sort: 'provincie' });
		expect(byProvince[0].provincie).toBe('Drenthe');
		expect(filterRows(rows, { ...base, sort: 'adv' })[0].naam).toBe('Amsterdam');
		expect(filterRows(rows, { ...base, sort: 'status' })[0].status).toBe('beleid-specifiek');
	});
});
