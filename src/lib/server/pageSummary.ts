import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import type { DisplayStatus } from '$lib/model/status';
import { siteLoader } from './siteData';

/**
 * What a prerendered map page needs before any geometry: the counts per status of each year
 * (legend), the published figures and whether the data is synthetic. Small, so it can be inlined in
 * the HTML; read in a server load, so the monitor files themselves are not inlined as well.
 */
export async function pageSummary() {
	const [published, ...monitors] = await Promise.all([siteLoader.published(), ...SURVEY_YEARS.map(siteLoader.monitor)]);
	const counts = Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, monitors[i].summary.counts])) as Record<SurveyYear, Record<DisplayStatus, number>>;
	// Only what the page shows: the figures' notes stay in /data/published.json.
	const figures = published.figures.map(({ note: _note, ...shown }) => shown);
	return { counts, figures, synthetic: monitors.some((mo) => mo.synthetic) };
}
