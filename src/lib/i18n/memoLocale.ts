/**
 * Paraglide's getLocale works out the language from the URL on every call (strategy lookup, URL
 * parsing), and every message and formatter calls it: thousands of times while the page hydrates and
 * the data comes in, a quarter of a second of a phone's main thread. In the browser the answer can
 * only change with the address, so it is remembered per address.
 */
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';

export function memoizeLocaleByAddress(address: () => string = () => window.location.href): void {
	const resolve = getLocale;
	let last: { href: string; locale: Locale } | null = null;
	overwriteGetLocale(() => {
		const href = address();
		if (last?.href !== href) last = { href, locale: resolve() };
		return last.locale;
	});
}
