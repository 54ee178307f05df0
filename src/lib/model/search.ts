import type { MunicipalityCode, SurveyYear } from './geography';
import { SURVEY_YEARS } from './geography';
import type { GeographyContext } from './geographyContext';
import { normalizeName, withoutSuffix } from './names';
import { compareDutch } from './dutchOrder';

/** One searchable municipality: a code with the names it had in the survey years it existed. */
export interface SearchEntry {
	code: MunicipalityCode;
	/** The most recent name. */
	naam: string;
	provincie: string;
	years: SurveyYear[];
	/** Normalised names (all years, with and without CBS suffix) to match against. */
	keys: string[];
}

export function buildSearchEntries(geography: GeographyContext): SearchEntry[] {
	const byCode = new Map<MunicipalityCode, SearchEntry>();
	for (const year of SURVEY_YEARS) {
		for (const m of geography.municipalities(year)) {
			const entry = byCode.get(m.code) ?? { code: m.code, naam: m.naam, provincie: m.provincie, years: [], keys: [] };
			entry.naam = m.naam;
			entry.provincie = m.provincie;
			entry.years.push(year);
			for (const key of [normalizeName(m.naam), normalizeName(withoutSuffix(m.naam))]) if (!entry.keys.includes(key)) entry.keys.push(key);
			byCode.set(m.code, entry);
		}
	}
	return [...byCode.values()].sort((a, b) => compareDutch(a.naam, b.naam));
}

/**
 * Entries matching a query, best first: exact name, then names starting with the query, then names
 * with a word starting with it, then names containing it; current municipalities before former ones.
 * Case, diacritics, punctuation and 's-/s- do not matter.
 */
export function searchMunicipalities(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
	const q = normalizeName(query);
	if (!q) return [];
	const rank = (entry: SearchEntry): number => {
		let best = Infinity;
		for (const key of entry.keys) {
			if (key === q) best = Math.min(best, 0);
			else if (key.startsWith(q)) best = Math.min(best, 1);
			else if (key.split(' ').some((word) => word.startsWith(q))) best = Math.min(best, 2);
			else if (key.includes(q)) best = Math.min(best, 3);
		}
		return best;
	};
	const latest = SURVEY_YEARS[SURVEY_YEARS.length - 1];
	return entries
		.map((entry) => ({ entry, rank: rank(entry) }))
		.filter((r) => r.rank < Infinity)
		.sort(
			(a, b) =>
				a.rank - b.rank || Number(b.entry.years.includes(latest)) - Number(a.entry.years.includes(latest)) || a.entry.naam.localeCompare(b.entry.naam, 'nl')
		)
		.slice(0, limit)
		.map((r) => r.entry);
}
