import { error } from '@sveltejs/kit';
import { municipalityDetails } from '$lib/data/details';
import { locatorMap } from '$lib/map/locator';
import { isMunicipalityCode, SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import { yearOrigins } from '$lib/data/dataOrigin';
import { siteData } from '$lib/server/siteData';
import type { PageServerLoad } from './$types';

// Every code of every survey year has a page, reached from the A–Z list at /gemeente.
export const load: PageServerLoad = async ({ params }) => {
	const code = params.code.toUpperCase();
	if (!isMunicipalityCode(code)) error(404, `${params.code} is not a municipality code`);
	const data = await siteData();
	const years = SURVEY_YEARS.filter((y) => data.geography.get(y, code));
	if (years.length === 0) error(404, `${code} is not a municipality in ${SURVEY_YEARS.join(', ')}`);
	const year = years.at(-1)!;
	const details = municipalityDetails(code, year, data)!;
	// Where the municipality no longer exists, say what it became in the latest survey year.
	const latest = SURVEY_YEARS.at(-1)!;
	const now = year === latest ? null : municipalityDetails(code, latest, data)!;
	return {
		details,
		year,
		became: now ? { year: latest, names: now.shownAs } : null,
		locator: locatorMap(data.topologies[year], [code]),
		origins: yearOrigins(Object.fromEntries(SURVEY_YEARS.map((y) => [y, data.monitor[y].synthetic])) as Record<SurveyYear, boolean>)
	};
};
