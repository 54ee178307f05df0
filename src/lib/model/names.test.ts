import { describe, expect, it } from 'vitest';
import { normalizeName, sameName } from './names';

describe('municipality names', () => {
	it('ignores case, diacritics and punctuation', () => {
		expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
		expect(sameName('Súdwest-Fryslân', 'sudwest fryslan')).toBe(true);
		expect(sameName('Noardeast-Fryslân', 'Noardeast-Fryslan')).toBe(true);
	});

	it("accepts 's- with or without apostrophe, straight or curly", () => {
		expect(sameName("'s-Hertogenbosch", 's-Hertogenbosch')).toBe(true);
		expect(sameName("'s-Hertogenbosch", '‘s-Hertogenbosch')).toBe(true);
		expect(sameName("'s-Gravenhage", 'Den Haag')).toBe(true);
	});

	it('accepts a name without CBS suffix, but not a different suffix', () => {
		expect(sameName('Bergen (NH.)', 'Bergen')).toBe(true);
		expect(sameName('Hengelo', 'Hengelo (O.)')).toBe(true);
		expect(sameName('Bergen (NH.)', 'Bergen (L.)')).toBe(false);
		expect(sameName('Amsterdam', 'Amstelveen')).toBe(false);
	});
});
