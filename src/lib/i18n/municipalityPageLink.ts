import { localizeHref, type Locale } from '$lib/paraglide/runtime.js';

/**
 * The address of a municipality's own page (/gemeente/GM0363, /en/gemeente/GM0363) in the page's
 * language. Paraglide's localizeHref works the address out from URL patterns on every call: for the
 * table's 342 rows that was ≈ 80 ms of a phone's hydration. The language prefix is the same for every
 * municipality, so it is asked for once.
 */
export function municipalityPageLink(locale?: Locale): (code: string) => string {
	const options = locale ? { locale } : undefined;
	// Asked with a code (a bare "/gemeente/" loses its slash in some languages), then the code taken off.
	const sample = localizeHref(`/gemeente/${SAMPLE}`, options);
	if (!sample.endsWith(`/${SAMPLE}`)) return (code) => localizeHref(`/gemeente/${code}`, options);
	const prefix = sample.slice(0, -SAMPLE.length);
	return (code) => `${prefix}${code}`;
}

const SAMPLE = 'GM0000';
