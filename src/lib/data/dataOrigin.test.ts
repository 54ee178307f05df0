import { describe, expect, it } from 'vitest';
import { csvDataLabel, originsShown, yearOrigins } from './dataOrigin';
import { REAL_DATA_LABEL, SYNTHETIC_LABEL } from './tableCsv';

describe('data origin per survey year', () => {
	const mixed = yearOrigins({ 2017: true, 2022: false, 2025: true });

	it('declares only what the shown years are', () => {
		expect(originsShown(mixed, [2022])).toEqual([]);
		expect(originsShown(mixed, [2025])).toEqual([{ origin: { kind: 'synthetic' }, years: [2025], partial: false }]);
		// A change view of 2025 against 2022: the notice names 2025 only.
		expect(originsShown(mixed, [2022, 2025])).toEqual([{ origin: { kind: 'synthetic' }, years: [2025], partial: true }]);
	});

	it('puts a person’s own file above both', () => {
		const own = yearOrigins({ 2017: true, 2022: true, 2025: false }, { 2022: 'antwoorden.xlsx' });
		expect(own[2022]).toEqual({ kind: 'own', fileName: 'antwoorden.xlsx' });
		expect(originsShown(own, [2017, 2022, 2025])).toEqual([
			{ origin: { kind: 'synthetic' }, years: [2017], partial: true },
			{ origin: { kind: 'own', fileName: 'antwoorden.xlsx' }, years: [2022], partial: true }
		]);
	});

	it('labels CSV rows by the years they hold', () => {
		expect(csvDataLabel(mixed, [2022])).toBe(REAL_DATA_LABEL);
		expect(csvDataLabel(mixed, [2025])).toBe(SYNTHETIC_LABEL);
		expect(csvDataLabel(mixed, [2017, 2022, 2025])).toBe(`${SYNTHETIC_LABEL} (2017, 2025)`);
		expect(csvDataLabel(yearOrigins({ 2017: false, 2022: false, 2025: false }, { 2025: 'a.csv' }), [2025])).toBe(
			'EIGEN GEGEVENS, NIET GEPUBLICEERD / own data, not published: a.csv (2025)'
		);
	});
});
