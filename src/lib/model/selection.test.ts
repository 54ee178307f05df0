import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import { counterparts, resolveSelection } from './selection';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});
const names = (year: 2017 | 2022 | 2025, codes: { code: string }[]) => codes.map((c) => geography.get(year, c.code)!.naam).sort();

describe('a selection across survey years', () => {
	it('is the municipality itself where it exists', () => {
		expect(resolveSelection('GM0363', 2022, geography)).toMatchObject({ relation: 'self', related: [{ code: 'GM0363', share: 1 }], years: [2017, 2022, 2025] });
	});

	it('is the predecessors of a merged municipality in an earlier year (Altena in 2017)', () => {
		const altena = resolveSelection('GM1959', 2017, geography)!;
		expect(altena.relation).toBe('predecessors');
		expect(names(2017, altena.related)).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
	});

	it('is the successors of a former municipality in a later year (Haaren in 2022, Weesp in 2025)', () => {
		expect(names(2022, resolveSelection('GM0788', 2022, geography)!.related)).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
		expect(resolveSelection('GM0457', 2025, geography)).toMatchObject({ relation: 'successors', related: [{ code: 'GM0363' }], years: [2017, 2022] });
	});

	it('is null for a code of no survey year', () => {
		expect(resolveSelection('GM9999', 2022, geography)).toBeNull();
	});

	it('gives the counterparts of a municipality in another year', () => {
		expect(names(2017, counterparts('GM1959', 2022, 2017, geography))).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
		expect(names(2025, counterparts('GM0501', 2022, 2025, geography))).toEqual(['Voorne aan Zee']);
		expect(names(2017, counterparts('GM0865', 2022, 2017, geography))).toEqual(['Haaren', 'Vught']);
	});
});
