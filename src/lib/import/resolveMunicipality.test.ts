import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from '../model/geographyContext';
import type { SurveyYear } from '../model/geography';
import { resolveMunicipality, type MunicipalityCells } from './resolveMunicipality';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

const resolve = (cells: Partial<MunicipalityCells>, year: SurveyYear = 2022) =>
	resolveMunicipality({ code: undefined, name: undefined, ...cells }, { year, geography, locale: 'en', line: 7 });

describe('which municipality a row means', () => {
	it('reads a code typed as a number, and says it padded it', () => {
		expect(resolve({ code: '363' })).toEqual({ code: 'GM0363', problems: [], padded: '363 → GM0363' });
		expect(resolve({ code: 'gm 0344' })).toEqual({ code: 'GM0344', problems: [] });
	});

	it('takes the code over the name, and refuses a name that contradicts it, in the name column', () => {
		const found = resolve({ code: 'GM0344', name: 'Amsterdam' });
		expect(found.code).toBe('GM0344');
		expect(found.problems).toEqual([{ field: 'gemeentenaam', message: expect.stringContaining('Utrecht') }]);
		expect(resolve({ code: 'GM0344', name: 'utrecht' }).problems).toEqual([]);
	});

	it('refuses a code that is no code, or no municipality of the year, in the code column', () => {
		expect(resolve({ code: 'XX12' }).problems.map((p) => p.field)).toEqual(['gemeentecode']);
		expect(resolve({ code: 'GM9999' }).problems[0].message).toContain('GM9999');
		// Weesp merged into Amsterdam by 2025: its code is not Amsterdam's.
		expect(resolve({ code: 'GM0457' }, 2025)).toMatchObject({
			code: null,
			problems: [{ field: 'gemeentecode', message: expect.stringContaining('Amsterdam (GM0363)') }]
		});
	});

	it('finds a name in another spelling and says so at its line; the official name silently', () => {
		expect(resolve({ name: 'Den Haag' })).toMatchObject({ code: 'GM0518', problems: [], note: expect.stringContaining('7') });
		expect(resolve({ name: "'s-Gravenhage" })).toEqual({ code: 'GM0518', problems: [], exactName: true });
	});

	it('never guesses a name: a garbled one is shown repaired, an unknown one gets the closest', () => {
		expect(resolve({ name: 'SÃºdwest-FryslÃ¢n' }).problems[0].message).toContain('Súdwest-Fryslân');
		const unknown = resolve({ name: 'Amstrdam' });
		expect(unknown.code).toBeNull();
		expect(unknown.problems[0]).toEqual({ field: 'gemeentenaam', message: expect.stringContaining('"Amsterdam"') });
	});
});
