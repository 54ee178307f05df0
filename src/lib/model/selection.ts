import type { Related } from './crosswalk';
import type { MunicipalityCode, SurveyYear } from './geography';
import { SURVEY_YEARS } from './geography';
import type { GeographyContext } from './geographyContext';

/**
 * How a selected municipality (a code of any survey year) shows in another survey year: as itself,
 * as the municipalities it became (successors), or as those it was formed from (predecessors).
 */
export interface ResolvedSelection {
	code: MunicipalityCode;
	/** The survey year being shown. */
	year: SurveyYear;
	relation: 'self' | 'successors' | 'predecessors';
	/** Municipalities of `year` that stand for the selection (the code itself for 'self'). */
	related: Related[];
	/** Survey years in which the code itself is a municipality. */
	years: SurveyYear[];
}

/** Parts smaller than this share are a border correction, not what a municipality became. */
const MIN_SHARE = 0.05;

export function resolveSelection(code: MunicipalityCode, year: SurveyYear, geography: GeographyContext): ResolvedSelection | null {
	const years = SURVEY_YEARS.filter((y) => geography.get(y, code));
	if (years.length === 0) return null;
	if (years.includes(year)) return { code, year, relation: 'self', related: [{ year, code, share: 1 }], years };
	const before = years.filter((y) => y < year).at(-1);
	if (before !== undefined) {
		const related = geography.crosswalk.successors(code, before, year).filter((r) => r.share >= MIN_SHARE);
		return { code, year, relation: 'successors', related, years };
	}
	const after = years.find((y) => y > year)!;
	const related = geography.crosswalk.predecessors(code, after, year).filter((r) => r.share >= MIN_SHARE);
	return { code, year, relation: 'predecessors', related, years };
}

/**
 * What a municipality that exists in `year` was (earlier years) or became (later years) in another
 * survey year: itself when unchanged, else its predecessors or successors there.
 */
export function counterparts(code: MunicipalityCode, year: SurveyYear, other: SurveyYear, geography: GeographyContext): Related[] {
	if (other === year) return [{ year, code, share: 1 }];
	const related = other > year ? geography.crosswalk.successors(code, year, other) : geography.crosswalk.predecessors(code, year, other);
	return related.filter((r) => r.share >= MIN_SHARE);
}
