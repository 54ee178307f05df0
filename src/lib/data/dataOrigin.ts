/**
 * Where each survey year's answers come from: the synthetic demonstration data, real published data,
 * or a person's own file previewed in their browser. Per year, because the data owner may supply
 * one year before the others: every view says what the years it shows are, and nothing more.
 */
import { SURVEY_YEARS, type SurveyYear } from '../model/geography';
import { REAL_DATA_LABEL, SYNTHETIC_LABEL } from './tableCsv';

export type DataOrigin = { kind: 'synthetic' } | { kind: 'real' } | { kind: 'own'; fileName: string };
export type YearOrigins = Record<SurveyYear, DataOrigin>;

/** The label of every row of a CSV of own, unpublished data. */
export const OWN_DATA_LABEL = 'EIGEN GEGEVENS, NIET GEPUBLICEERD / own data, not published';

/** Each year's origin from its monitor file's `synthetic` flag, with the years of a person's own files. */
export function yearOrigins(synthetic: Record<SurveyYear, boolean>, own: Partial<Record<SurveyYear, string>> = {}): YearOrigins {
	return Object.fromEntries(
		SURVEY_YEARS.map((y) => [y, own[y] !== undefined ? { kind: 'own', fileName: own[y] } : synthetic[y] ? { kind: 'synthetic' } : { kind: 'real' }])
	) as YearOrigins;
}

export interface OriginGroup {
	origin: Exclude<DataOrigin, { kind: 'real' }>;
	years: SurveyYear[];
	/** True when the view shows other years as well (so the notice must name its years). */
	partial: boolean;
}

/** The origins a view of `years` must declare (real data declares nothing), each with its years in order. */
export function originsShown(origins: YearOrigins, years: readonly SurveyYear[]): OriginGroup[] {
	const shown = [...new Set(years)].sort();
	const groups = new Map<string, OriginGroup>();
	for (const year of shown) {
		const origin = origins[year];
		if (origin.kind === 'real') continue;
		const key = origin.kind === 'own' ? `own:${origin.fileName}` : origin.kind;
		const group = groups.get(key) ?? { origin, years: [], partial: false };
		group.years.push(year);
		groups.set(key, group);
	}
	return [...groups.values()].map((g) => ({ ...g, partial: g.years.length < shown.length }));
}

/** The first column of every row of a CSV of `years`: what the data is, naming the years when they differ. */
export function csvDataLabel(origins: YearOrigins, years: readonly SurveyYear[]): string {
	const groups = originsShown(origins, years);
	if (groups.length === 0) return REAL_DATA_LABEL;
	return groups
		.map((g) => {
			const label = g.origin.kind === 'own' ? `${OWN_DATA_LABEL}: ${g.origin.fileName}` : SYNTHETIC_LABEL;
			return g.partial || g.origin.kind === 'own' ? `${label} (${g.years.join(', ')})` : label;
		})
		.join('; ');
}

/** The years a map view shows: its year, and in the change view the year it compares with. */
export const viewYears = (year: SurveyYear, since: SurveyYear | null): SurveyYear[] => (since !== null ? [since, year] : [year]);
