import { describe, expect, it } from 'vitest';
import { isOldSource, sourceYear } from './adv';

describe('the age of a source', () => {
	it('reads the year of every date form in the register', () => {
		expect(sourceYear('2009-01-01')).toBe(2009);
		expect(sourceYear('2019')).toBe(2019);
		expect(sourceYear('2006-12')).toBe(2006);
		expect(sourceYear('2022-10/2023-03')).toBe(2023);
		expect(sourceYear('')).toBeNull();
	});

	it('flags sources more than five years older than the survey viewed', () => {
		expect(isOldSource('2009-01-01', 2025)).toBe(true);
		expect(isOldSource('2020', 2025)).toBe(false);
		expect(isOldSource('2009-01-01', 2017)).toBe(true);
		expect(isOldSource('2014-04', 2017)).toBe(false);
		expect(isOldSource('', 2025)).toBe(false);
	});
});
