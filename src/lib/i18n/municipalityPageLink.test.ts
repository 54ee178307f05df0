import { describe, expect, it } from 'vitest';
import { localizeHref, locales } from '$lib/paraglide/runtime.js';
import { municipalityPageLink } from './municipalityPageLink';

describe("a municipality's page address", () => {
	it.each(locales)('is what Paraglide gives for each code, in %s', (locale) => {
		const link = municipalityPageLink(locale);
		for (const code of ['GM0363', 'GM0014', 'GM1900']) expect(link(code)).toBe(localizeHref(`/gemeente/${code}`, { locale }));
		expect(link('GM0363')).toBe(locale === 'en' ? '/en/gemeente/GM0363' : '/gemeente/GM0363');
	});
});
