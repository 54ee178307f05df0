import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import { buildSearchEntries, searchMunicipalities, type SearchEntry } from './search';

let entries: SearchEntry[];
beforeAll(async () => {
	entries = buildSearchEntries(await loadGeography());
});
const first = (query: string) => searchMunicipalities(entries, query)[0];

describe('searching municipalities of all survey years', () => {
	it('finds a name regardless of case', () => {
		expect(first('altena')).toMatchObject({ code: 'GM1959', naam: 'Altena', years: [2022, 2025] });
		expect(first('AMSTERDAM').code).toBe('GM0363');
	});

	it("ignores 's- and s- and the apostrophe", () => {
		expect(first('s-hertogenbosch').code).toBe('GM0796');
		expect(first("'s-Hertogenbosch").code).toBe('GM0796');
		expect(first('den haag').code).toBe('GM0518');
	});

	it('ignores diacritics both ways', () => {
		expect(first('Súdwest').naam).toBe('Súdwest-Fryslân');
		expect(first('sudwest fryslan').naam).toBe('Súdwest-Fryslân');
	});

	it('finds former municipalities with the years they existed', () => {
		expect(first('Haaren')).toMatchObject({ code: 'GM0788', years: [2017] });
		expect(first('Weesp')).toMatchObject({ code: 'GM0457', years: [2017, 2022] });
	});

	it('prefers names that start with the query and current municipalities', () => {
		const results = searchMunicipalities(entries, 'Bergen');
		expect(
			results
				.slice(0, 3)
				.map((r) => r.naam)
				.sort()
		).toEqual(['Bergen (L.)', 'Bergen (NH.)', 'Bergen op Zoom']);
		expect(searchMunicipalities(entries, '')).toEqual([]);
		expect(searchMunicipalities(entries, 'zzzz')).toEqual([]);
	});
});
