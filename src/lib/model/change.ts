/**
 * Change between two surveys: per municipality of the later year, its status then against the
 * statuses of what it was in the earlier survey (itself, or its predecessors across mergers). Statuses
 * are ordered, so a move from contributing to specific policy is more policy, not "unchanged".
 */
import type { MunicipalityCode, SurveyYear } from './geography';
import { SURVEY_YEARS } from './geography';
import type { GeographyContext } from './geographyContext';
import { counterparts } from './selection';
import { hasPolicy, type DisplayStatus } from './status';

/** Change classes, in legend order. */
export const TRANSITIONS = ['meer-beleid', 'gelijk-met-beleid', 'gelijk-zonder-beleid', 'minder-beleid', 'onbekend'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** How far a municipality is with policy: geen beleid < in ontwikkeling < beleid dat bijdraagt < specifiek beleid. */
export const POLICY_RANK: Readonly<Record<Exclude<DisplayStatus, 'onbekend'>, number>> = {
	'geen-beleid': 0,
	'in-ontwikkeling': 1,
	'beleid-bijdragend': 2,
	'beleid-specifiek': 3
};

/** The pair of surveys a change compares: `from` is earlier than `to`. */
export interface YearPair {
	from: SurveyYear;
	to: SurveyYear;
}

export interface Change {
	code: MunicipalityCode;
	after: DisplayStatus;
	/** Statuses of the municipality or its predecessors in the earlier survey, with their codes. */
	before: Array<{ code: MunicipalityCode; status: DisplayStatus }>;
	transition: Transition;
}

export function previousYear(year: SurveyYear): SurveyYear | null {
	const i = SURVEY_YEARS.indexOf(year);
	return i > 0 ? SURVEY_YEARS[i - 1] : null;
}

/** Survey years a change view of `year` can compare with (all earlier ones). */
export const earlierYears = (year: SurveyYear): SurveyYear[] => SURVEY_YEARS.filter((y) => y < year);

/**
 * The transition from the earlier statuses to the later one. Unknown when the municipality did not
 * take part now, or none of it did then. A merged municipality is compared with the furthest of its
 * predecessors that took part: it has more policy only when it went beyond all of them, less when
 * it fell behind one of them.
 */
export function transition(before: readonly DisplayStatus[], after: DisplayStatus): Transition {
	const known = before.filter((s) => s !== 'onbekend');
	if (after === 'onbekend' || known.length === 0) return 'onbekend';
	const then = Math.max(...known.map((s) => POLICY_RANK[s]));
	const now = POLICY_RANK[after];
	if (now > then) return 'meer-beleid';
	if (now < then) return 'minder-beleid';
	return hasPolicy(after) ? 'gelijk-met-beleid' : 'gelijk-zonder-beleid';
}

/** Every municipality of `pair.to` with its change since `pair.from`. */
export function changes(
	pair: YearPair,
	geography: GeographyContext,
	status: Readonly<Partial<Record<SurveyYear, ReadonlyMap<string, DisplayStatus>>>>
): Change[] {
	const { from, to } = pair;
	if (from >= to) throw new Error(`A change compares an earlier year with a later one, not ${from} with ${to}`);
	return geography.municipalities(to).map((m) => {
		const before = counterparts(m.code, to, from, geography).map((r) => ({ code: r.code, status: status[from]?.get(r.code) ?? 'onbekend' }));
		const after = status[to]?.get(m.code) ?? 'onbekend';
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
