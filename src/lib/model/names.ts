/**
 * Matching municipality names across spellings: with or without diacritics, 's- or s-, curly or
 * straight apostrophes, CBS's disambiguating suffixes such as "(L.)" or "(NH.)", and a few common
 * names that differ from CBS's official one.
 */

/** Everyday names of municipalities whose CBS name differs (normalised key → normalised CBS name). */
const ALIASES: Record<string, string> = {
	'den haag': 's gravenhage',
	'the hague': 's gravenhage',
	'den bosch': 's hertogenbosch'
};

/** Lower case, no diacritics, no punctuation, single spaces; "'s-Gravenhage" → "s gravenhage". */
export function normalizeName(name: string): string {
	const key = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	return ALIASES[key] ?? key;
}

/** The name without a CBS suffix in parentheses: "Bergen (NH.)" → "Bergen". */
export function withoutSuffix(name: string): string {
	return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/** True when two names refer to the same municipality name (suffixes optional on either side). */
export function sameName(a: string, b: string): boolean {
	const [na, nb] = [normalizeName(a), normalizeName(b)];
	if (na === nb) return true;
	return normalizeName(withoutSuffix(a)) === normalizeName(withoutSuffix(b)) && (withoutSuffix(a) === a || withoutSuffix(b) === b);
}
