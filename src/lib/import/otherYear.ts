import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';

/**
 * A municipality code of another survey year's indeling, and what it is in `year` through the
 * crosswalk: the same area under another name or code (`same`), part of a later merger (`merged`),
 * divided (`split`), or one of the municipalities a later one was formed from (`formed`).
 */
export interface OtherYearMunicipality {
	year: SurveyYear;
	code: MunicipalityCode;
	naam: string;
	kind: 'same' | 'merged' | 'split' | 'formed';
	/** The municipalities of `year` it relates to, largest share first. */
	related: { code: MunicipalityCode; naam: string; share: number }[];
}

/** Areas this close to 1 count as the same municipality (the crosswalk's shares are of area, rounded). */
const SAME_AREA = 0.99;
/** A smaller share is a boundary correction, not a part of the municipality. */
const SLIVER = 0.05;

/** What a code of another survey year became (or came from) by `year`; undefined when it is no municipality in any survey year. */
export function otherYearMunicipality(code: string, year: SurveyYear, geography: GeographyContext): OtherYearMunicipality | undefined {
	// The nearest year that has the code: Weesp in a 2025 file is Weesp of 2022, one merger away.
	const years = geography.otherYearsOf(code, year).sort((a, b) => Math.abs(a - year) - Math.abs(b - year));
	if (years.length === 0) return undefined;
	const other = years[0];
	const self = geography.get(other, code)!;
	const later = other < year;
	const cw = geography.crosswalk;
	const significant = (list: readonly { code: MunicipalityCode; share: number }[]) => list.filter((r) => r.share >= SLIVER);
	const related = significant(later ? cw.successors(self.code, other, year) : cw.predecessors(self.code, other, year));
	// The same area both ways (slivers of boundary corrections aside): a rename or a new code, so an
	// answer belongs to that one municipality; anything else (a merger, a split) would be a guess.
	const back = related.length === 1 ? significant(later ? cw.predecessors(related[0].code, year, other) : cw.successors(related[0].code, year, other)) : [];
	const kind =
		related.length === 1 && related[0].share >= SAME_AREA && back.length === 1 ? 'same' : !later ? 'formed' : related.length === 1 ? 'merged' : 'split';
	return { year: other, code: self.code, naam: self.naam, kind, related: related.map((r) => ({ ...r, naam: geography.get(year, r.code)?.naam ?? '' })) };
}

/** The relation in words (English, for the data build's messages). */
export function describeOtherYear(found: OtherYearMunicipality, year: SurveyYear): string {
	const name = (r: { code: string; naam: string }) => `${r.code} ${r.naam}`;
	const what = {
		same: () => `which is ${name(found.related[0])} by ${year}`,
		merged: () => `which by ${year} became part of ${name(found.related[0])}`,
		split: () => `which by ${year} was divided over ${found.related.map((n) => `${name(n)} (${Math.round(n.share * 100)}%)`).join(', ')}`,
		formed: () => `formed later from ${found.related.map(name).join(', ')}`
	}[found.kind]();
	return `${found.code} is not a municipality of ${year}: it is ${found.naam} in the ${found.year} indeling, ${what}`;
}
