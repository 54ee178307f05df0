import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from './contact';

describe('contact links', () => {
	it('dials Dutch numbers in international form, service numbers as they are', () => {
		expect(telHref('013 820 0212')).toBe('tel:+31138200212');
		expect(telHref('(010) 411 3911')).toBe('tel:+31104113911');
		expect(telHref('06 21968889')).toBe('tel:+31621968889');
		expect(telHref('0800-1234567')).toBe('tel:08001234567');
		expect(telHref('+31 30 123 4567')).toBe('tel:+31301234567');
	});

	it('leaves what is not a phone number as text', () => {
		expect(telHref('')).toBeNull();
		expect(telHref('bel ons')).toBeNull();
		expect(telHref('013 820')).toBeNull();
		expect(telHref('javascript:alert(1)')).toBeNull();
	});

	it('writes to one plain e-mail address only', () => {
		expect(mailtoHref('info@radar.nl')).toBe('mailto:info@radar.nl');
		expect(mailtoHref(' info@radar.nl ')).toBe('mailto:info@radar.nl');
		expect(mailtoHref('info@radar')).toBeNull();
		expect(mailtoHref('a@b.nl, c@d.nl')).toBeNull();
		expect(mailtoHref('"><script>@x.nl')).toBeNull();
	});
});
