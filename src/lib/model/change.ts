/**
 * Change since the previous survey: per municipality of the later year, its status then against the
 * statuses of what it was in the previous survey. A merged municipality is compared with the set of
 * its predecessors' statuses; no single earlier status is made up for it.
 */
import type { MunicipalityCode, SurveyYear } from './geography';
import { SURVEY_YEARS } from './geography';
import type { GeographyContext } from './geographyContext';
import { counterparts } from './selection';
import { hasPolicy, type DisplayStatus } from './status';

export const TRANSITIONS = ['nieuw-beleid', 'gestart', 'gelijk', 'niet-meer', 'onbekend'] as const;
export type Transition = (typeof TRANSITIONS)[number];

export interface Change {
	code: MunicipalityCode;
	after: DisplayStatus;
	/** Statuses of the municipality or its predecessors in the previous survey, with their codes. */
	before: Array<{ code: MunicipalityCode; status: DisplayStatus }>;
	transition: Transition;
}

export function previousYear(year: SurveyYear): SurveyYear | null {
	const i = SURVEY_YEARS.indexOf(year);
	return i > 0 ? SURVEY_YEARS[i - 1] : null;
}

/**
 * The transition from the earlier statuses to the later one. Unknown when the municipality did not
 * take part now, or none of it did then. Otherwise: new policy when it has policy now and none of
 * its predecessors had; no longer when it has none now and one had; started when it is developing now
 * and none had policy or was developing; unchanged otherwise.
 */
export function transition(before: readonly DisplayStatus[], after: DisplayStatus): Transition {
	const known = before.filter((s) => s !== 'onbekend');
	if (after === 'onbekend' || known.length === 0) return 'onbekend';
	const hadPolicy = known.some(hasPolicy);
	if (hasPolicy(after)) return hadPolicy ? 'gelijk' : 'nieuw-beleid';
	if (hadPolicy) return 'niet-meer';
	if (after === 'in-ontwikkeling' && !known.includes('in-ontwikkeling')) return 'gestart';
	return 'gelijk';
}

export function changes(
	year: SurveyYear,
	geography: GeographyContext,
	status: Readonly<Record<SurveyYear, ReadonlyMap<string, DisplayStatus>>>
): Change[] | null {
	const previous = previousYear(year);
	if (!previous) return null;
	return geography.municipalities(year).map((m) => {
		const before = counterparts(m.code, year, previous, geography).map((r) => ({ code: r.code, status: status[previous].get(r.code) ?? 'onbekend' }));
		const after = status[year].get(m.code) ?? 'onbekend';
		return {
			code: m.code,
			after,
			before,
			transition: transition(
				before.map((b) => b.status),
				after
			)
		};
	});
}
