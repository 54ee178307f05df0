import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from './geography';
import type { GeographyContext } from '../../src/lib/model/geographyContext';
import type { MunicipalityCode } from '../../src/lib/model/geography';
import type { AdvRecord, WerkgebiedRecord } from '../../src/lib/data/adv';
import { dateValue, resolveRegister } from './advResolve';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

const adv = (id: string, actiefTot?: number): AdvRecord => ({
	id,
	naam: id.toUpperCase(),
	naamDiscriminatieNl: '',
	website: '',
	telefoon: '',
	email: '',
	adres: '',
	plaats: '',
	actiefTot,
	opmerking: '',
	bronUrl: [`https://example.org/${id}`],
	peildatum: ''
});
let line = 1;
const row = (advId: string, gemeente: string, peildatum = '', aard: WerkgebiedRecord['aard'] = 'direct'): WerkgebiedRecord => ({
	advId,
	gemeente,
	aard,
	peildatum,
	bronUrl: [`https://example.org/${advId}/${encodeURIComponent(gemeente)}`],
	line: ++line
});
const code = (year: 2017 | 2022 | 2025, naam: string) => geography.municipalities(year).find((m) => m.naam === naam)!.code;
const advs = ['a', 'b', 'c'].map((id) => adv(id));

describe('resolving the ADV register', () => {
	it('maps a name to the municipality in every year it exists', () => {
		const result = resolveRegister(advs, [row('a', 'Tubbergen')], geography);
		for (const year of [2017, 2022, 2025] as const) expect(result.byYear[year].get(code(year, 'Tubbergen'))?.advId).toBe('a');
	});

	it('accepts spelling variants: Den Haag, without diacritics, without CBS suffix', () => {
		const result = resolveRegister(advs, [row('a', 'Den Haag'), row('b', 'Sudwest-Fryslan'), row('c', 'Laren')], geography);
		expect(result.byYear[2025].get('GM0518')?.advId).toBe('a');
		expect(result.byYear[2025].get(code(2025, 'Súdwest-Fryslân'))?.advId).toBe('b');
		expect(result.byYear[2025].get(code(2025, 'Laren (NH.)'))?.advId).toBe('c');
		expect(result.unresolved).toEqual([]);
	});

	it("expands PROVINCE:X to that year's municipalities of the province", () => {
		const result = resolveRegister(advs, [row('a', 'PROVINCE:Flevoland')], geography);
		for (const year of [2017, 2022, 2025] as const) expect(result.byYear[year].size).toBe(6);
	});

	it('lets a row for one municipality beat a province-wide statement', () => {
		const result = resolveRegister(advs, [row('a', 'PROVINCE:Drenthe', '2017'), row('b', 'Tynaarlo')], geography);
		expect(result.byYear[2022].get(code(2022, 'Tynaarlo'))?.advId).toBe('b');
		expect(result.byYear[2022].get(code(2022, 'Assen'))?.advId).toBe('a');
		expect(result.conflicts).toEqual([]);
	});

	it('reports a district that is not a municipality and assigns nothing for it', () => {
		const result = resolveRegister(advs, [row('a', 'Stadsgebied Driemond-Weesp')], geography);
		expect(result.unresolved.map((u) => u.reason)).toEqual([
			'"Stadsgebied Driemond-Weesp" is not a municipality in 2017, 2022, 2025 (a district or a misspelling?)'
		]);
		expect(result.byYear[2025].size).toBe(0);
	});

	it('resolves a conflict by the newest dated source, and reports it', () => {
		const result = resolveRegister(advs, [row('a', 'Zwolle', '2018'), row('b', 'Zwolle', '2021-05')], geography);
		expect(result.byYear[2022].get(code(2022, 'Zwolle'))?.advId).toBe('b');
		expect(result.conflicts.filter((c) => c.year === 2022)).toEqual([expect.objectContaining({ chosen: 'b', reason: 'newest dated source (2021-05)' })]);
	});

	it('leaves a conflict between undated sources unknown, and reports it', () => {
		const result = resolveRegister(advs, [row('a', 'Overbetuwe'), row('b', 'Overbetuwe')], geography);
		expect(result.byYear[2022].has(code(2022, 'Overbetuwe'))).toBe(false);
		const conflict = result.conflicts.find((c) => c.year === 2022)!;
		expect(conflict.chosen).toBeUndefined();
		expect(conflict.reason).toBe('no source is dated, so none can be preferred');
	});

	it('never uses historical rows or ADVs that had ended for a survey year', () => {
		const result = resolveRegister([adv('a'), adv('old', 2016)], [row('a', 'Breda', '2004', 'historisch'), row('old', 'Leiden', '2010')], geography);
		expect(result.byYear[2017].size).toBe(0);
		expect(result.history.map((h) => h.gemeente)).toEqual(['Breda']);
	});

	it('gives a merged municipality an ADV only when every predecessor had it', () => {
		const all = resolveRegister(advs, [row('a', 'Brielle'), row('a', 'Hellevoetsluis'), row('a', 'Westvoorne')], geography);
		expect(all.byYear[2025].get('GM1992' as MunicipalityCode)).toMatchObject({ advId: 'a', claim: { route: 'voorgangers' } });
		const some = resolveRegister(advs, [row('a', 'Hellevoetsluis'), row('a', 'Westvoorne')], geography);
		expect(some.byYear[2025].has('GM1992' as MunicipalityCode)).toBe(false);
		expect(some.partial).toEqual([{ year: 2025, code: 'GM1992', known: ['GM0530', 'GM0614'], unknown: ['GM0501'] }]);
	});

	it("gives a predecessor its successor's ADV when all of it went there", () => {
		const result = resolveRegister(advs, [row('a', 'Dijk en Waard')], geography);
		const names = [...result.byYear[2017].keys()].map((c) => geography.get(2017, c)!.naam).sort();
		expect(names).toEqual(['Heerhugowaard', 'Langedijk']);
		expect(result.byYear[2017].get(code(2017, 'Langedijk'))?.claim.route).toBe('opvolger');
	});

	it('never fills a gap from neighbours: a municipality surrounded by served ones stays unknown', () => {
		const amersfoort = geography.get(2022, code(2022, 'Amersfoort'))!;
		const rows = amersfoort.neighbours.map((c) => row('a', geography.get(2022, c)!.naam));
		const result = resolveRegister(advs, rows, geography);
		expect(amersfoort.neighbours.every((c) => result.byYear[2022].get(c)?.advId === 'a')).toBe(true);
		expect(result.byYear[2022].has(amersfoort.code)).toBe(false);
	});

	it('orders peildatum values, using the latest date of a range', () => {
		expect(dateValue('')).toBeUndefined();
		expect(dateValue('2010-09-23/2016-11-28')!).toBeGreaterThan(dateValue('2016-11')!);
		expect(dateValue('2022')!).toBeLessThan(dateValue('2022-10')!);
	});
});
