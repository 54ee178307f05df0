import { yearOrigins, type YearOrigins } from '$lib/data/dataOrigin';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';

/** The published years' origins with the person's own files over them. */
export function ownOrigins(published: YearOrigins, fileNames: Partial<Record<SurveyYear, string>>): YearOrigins {
	return yearOrigins(Object.fromEntries(SURVEY_YEARS.map((y) => [y, published[y].kind === 'synthetic'])) as Record<SurveyYear, boolean>, fileNames);
}
