import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { formatList, formatPercent } from './labels';

describe('formatPercent', () => {
	const original = getLocale;
	afterEach(() => overwriteGetLocale(original));

	it('writes what Intl.NumberFormat writes, in Dutch and in English, rounding alike', () => {
		const shares = [0, 0.001, 0.125, 0.285, 0.3519, 0.35, 1 / 3, 0.5, 0.995, 0.9999, 1];
		for (const [locale, intl] of [
			['nl', 'nl-NL'],
			['en', 'en-GB']
		] as const) {
			overwriteGetLocale(() => locale);
			for (const digits of [0, 1]) {
				const reference = new Intl.NumberFormat(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits });
				for (const share of shares) expect(formatPercent(share, digits), `${locale} ${share} ${digits}`).toBe(reference.format(share * 100));
			}
		}
	});
});

describe('formatList', () => {
	const original = getLocale;
	afterEach(() => overwriteGetLocale(original));

	it('writes what Intl.ListFormat writes, in Dutch and in English', () => {
		const names = ['Aalburg', 'Werkendam', 'Woudrichem', "'s-Hertogenbosch", 'Súdwest-Fryslân'];
		for (const [locale, intl] of [
			['nl', 'nl-NL'],
			['en', 'en-GB']
		] as const) {
			overwriteGetLocale(() => locale);
			const reference = new Intl.ListFormat(intl, { type: 'conjunction' });
			for (let n = 0; n <= names.length; n++) expect(formatList(names.slice(0, n)), `${locale} ${n}`).toBe(reference.format(names.slice(0, n)));
		}
	});
});
