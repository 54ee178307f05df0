import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { memoizeLocaleByAddress } from './memoLocale';

describe('memoizeLocaleByAddress', () => {
	const original = getLocale;
	afterEach(() => overwriteGetLocale(original));

	it('asks Paraglide once per address, and again when the address changes', () => {
		let calls = 0;
		let locale: 'nl' | 'en' = 'nl';
		overwriteGetLocale(() => {
			calls++;
			return locale;
		});
		let href = 'http://localhost/?jaar=2022';
		memoizeLocaleByAddress(() => href);
		const memoized = () => getLocale();
		expect([memoized(), memoized(), memoized()]).toEqual(['nl', 'nl', 'nl']);
		expect(calls).toBe(1);
		href = 'http://localhost/en/?jaar=2022';
		locale = 'en';
		expect(memoized()).toBe('en');
		expect(calls).toBe(2);
	});
});
