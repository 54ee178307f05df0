/**
 * Paraglide's generated registry makes a new Intl.PluralRules (or NumberFormat, DateTimeFormat,
 * RelativeTimeFormat) on every call of a message with a plural or a number. Making one is far dearer
 * than using it, and a year switch calls such messages for every region row and legend line (≈ 3 ms
 * of the switch's main thread here, more on a phone). `cacheIntlConstructors` rewrites that one
 * generated file so each formatter is made once per kind, locale and options; the Vite plugin applies
 * it to the registry, and fails the build if the file no longer has the shape it rewrites.
 */
import type { Plugin } from 'vite';

const CONSTRUCTION = /new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\(locale, options\)/g;

const CACHE = `const intlFormatters = new Map();
function cachedIntl(Kind, kind, locale, options) {
	const key = kind + '\\n' + locale + '\\n' + JSON.stringify(options ?? {});
	let formatter = intlFormatters.get(key);
	if (!formatter) intlFormatters.set(key, (formatter = new Kind(locale, options)));
	return formatter;
}
`;

/** The registry's code with each `new Intl.X(locale, options)` taken from a cache; null when there is none. */
export function cacheIntlConstructors(code: string): string | null {
	if (!CONSTRUCTION.test(code)) return null;
	return CACHE + code.replace(CONSTRUCTION, (_, kind: string) => `cachedIntl(Intl.${kind}, '${kind}', locale, options)`);
}

export function paraglideIntlCache(): Plugin {
	return {
		name: 'beleidskaart:paraglide-intl-cache',
		transform(code, id) {
			if (!/\/paraglide\/registry\.js$/.test(id)) return null;
			const cached = cacheIntlConstructors(code);
			if (cached === null) this.error(`${id}: no "new Intl.X(locale, options)" to cache; has Paraglide's registry changed? (scripts/lib/intlCache.ts)`);
			return { code: cached, map: null };
		}
	};
}
