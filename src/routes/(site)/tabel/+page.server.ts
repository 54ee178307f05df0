import { packTableRows } from '$lib/data/packedTableRows';
import { tableRows } from '$lib/data/tableRows';
import { yearOrigins } from '$lib/data/dataOrigin';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import { siteData } from '$lib/server/siteData';
import { DEFAULT_YEAR } from '$lib/state/viewState';
import type { PageServerLoad } from './$types';

// The default year's rows are in the prerendered HTML, so the table works without JavaScript, and in
// its hydration data, packed, so the filters work before the data files arrive.
export const load: PageServerLoad = async () => {
	const data = await siteData();
	return {
		year: DEFAULT_YEAR,
		packedRows: packTableRows(tableRows(DEFAULT_YEAR, data)),
		origins: yearOrigins(Object.fromEntries(SURVEY_YEARS.map((y) => [y, data.monitor[y].synthetic])) as Record<SurveyYear, boolean>)
	};
};
