import { fetchJson, monitorPath } from '$lib/data/appData';
import type { MonitorFileJson, PublishedJson } from '$lib/data/outputs';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import type { DisplayStatus } from '$lib/model/status';

/**
 * What a prerendered map page needs before any geometry: the counts per status of each year
 * (legend), the published figures and whether the data is synthetic. Small, so it can be inlined in
 * the HTML; read in a server load, so the monitor files themselves are not inlined as well.
 */
export async function pageSummary(fetcher: typeof fetch) {
	const [published, ...monitors] = await Promise.all([
		fetchJson<PublishedJson>(fetcher, '/data/published.json'),
		...SURVEY_YEARS.map((y) => fetchJson<MonitorFileJson>(fetcher, monitorPath(y)))
	]);
	const counts = Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, monitors[i].summary.counts])) as Record<SurveyYear, Record<DisplayStatus, number>>;
	// Only what the page shows: the figures' notes stay in /data/published.json.
	const figures = published.figures.map(({ note: _note, ...shown }) => shown);
	return { counts, figures, synthetic: monitors.some((mo) => mo.synthetic) };
}
