import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import type { DisplayStatus } from '$lib/model/status';
import { yearOrigins, type YearOrigins } from '$lib/data/dataOrigin';
import { siteLoader } from './siteData';

/** Each survey year's origin (synthetic or real) from its published monitor file. */
export async function siteOrigins(): Promise<YearOrigins> {
	const monitors = await Promise.all(SURVEY_YEARS.map(siteLoader.monitor));
	return yearOrigins(Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, monitors[i].synthetic])) as Record<SurveyYear, boolean>);
}

/**
 * What a prerendered map page needs before any geometry: the counts per status of each year
 * (legend), the published figures and what each year's data is (synthetic or real). Small, so it can
 * be inlined in the HTML; read in a server load, so the monitor files themselves are not inlined as well.
 */
export async function pageSummary() {
	const [published, origins, ...monitors] = await Promise.all([siteLoader.published(), siteOrigins(), ...SURVEY_YEARS.map(siteLoader.monitor)]);
	const counts = Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, monitors[i].summary.counts])) as Record<SurveyYear, Record<DisplayStatus, number>>;
	// Only what the page shows: the figures' notes stay in /data/published.json.
	const figures = published.figures.map(({ note: _note, ...shown }) => shown);
	return { counts, figures, origins };
}
