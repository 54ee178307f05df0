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

/** Edits (insert, delete, replace a character) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}

/** The name within `maxEdits` edits of `name` (compared normalised), for "did you mean …?"; null if none is. */
export function closestName(name: string, names: readonly string[], maxEdits = 2): string | null {
	const key = normalizeName(name);
	let best: { name: string; d: number } | null = null;
	for (const candidate of names) {
		const d = editDistance(key, normalizeName(candidate));
		if (!best || d < best.d) best = { name: candidate, d };
	}
	return best && best.d <= maxEdits ? best.name : null;
}
