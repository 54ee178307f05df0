import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheIntlConstructors } from './intlCache';

const registry = readFileSync(new URL('../../src/lib/paraglide/registry.js', import.meta.url), 'utf8');

/** Runs the rewritten registry as a module body and returns its functions. */
function load(code: string) {
	const body = code.replace(/export function /g, 'function ') + '\nreturn { plural, number };';
	return new Function(body)() as { plural: (l: string, n: unknown, o?: object) => string; number: (l: string, n: unknown, o?: object) => string };
}

describe("the cache for Paraglide's Intl formatters", () => {
	it("rewrites every formatter construction in Paraglide's registry", () => {
		const cached = cacheIntlConstructors(registry)!;
		expect(cached).not.toBeNull();
		expect(cached).not.toMatch(/new Intl\.\w+\(locale, options\)/);
		expect(cached.match(/cachedIntl\(Intl\./g)!.length).toBe(registry.match(/new Intl\.\w+\(locale, options\)/g)!.length);
	});

	it('gives the same answers, and makes one formatter per kind, locale and options', () => {
		const made: string[] = [];
		const original = Intl.PluralRules;
		class Counting extends original {
			constructor(locale?: string | string[], options?: Intl.PluralRulesOptions) {
				super(locale, options);
				made.push(`${locale} ${JSON.stringify(options)}`);
			}
		}
		const intl = Intl as { PluralRules: typeof Intl.PluralRules };
		intl.PluralRules = Counting as typeof Intl.PluralRules;
		try {
			const { plural, number } = load(cacheIntlConstructors(registry)!);
			expect([0, 1, 2, 1].map((n) => plural('nl', n, {}))).toEqual(['other', 'one', 'other', 'one']);
			expect(plural('en', 1, {})).toBe('one');
			expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
			expect(made).toEqual(['nl {}', 'en {}', 'en {"type":"ordinal"}']);
			expect(number('nl', 1234.5, {})).toBe(new Intl.NumberFormat('nl').format(1234.5));
		} finally {
			intl.PluralRules = original;
		}
	});

	it('leaves a file without formatters alone', () => {
		expect(cacheIntlConstructors('export const x = 1;')).toBeNull();
	});
});
