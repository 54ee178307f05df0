/**
 * Everything the interactive map loads, fetched once, in two steps: first the geometry and monitor
 * data of the year shown (all the map needs to draw it), then, once the map is up, the other years,
 * the municipality indexes and crosswalk, the ADV register and the published figures. A failure
 * names the file.
 */
import type { Topology } from 'topojson-specification';
import { SURVEY_YEARS, dataPath, type Crosswalk, type MunicipalityIndexEntry, type SurveyYear } from '../model/geography';
import { GeographyContext } from '../model/geographyContext';
import type { KenmerkenJson, MonitorFileJson, VoorzieningenJson } from './outputs';
import type { Published } from './schemas';

export interface AppData {
	geography: GeographyContext;
	topologies: Record<SurveyYear, Topology>;
	monitor: Record<SurveyYear, MonitorFileJson>;
	voorzieningen: VoorzieningenJson;
	published: Published;
	kenmerken: KenmerkenJson;
}

export class DataLoadError extends Error {
	constructor(
		readonly url: string,
		readonly detail: string
	) {
		super(`${url}: ${detail}`);
		this.name = 'DataLoadError';
	}
}

export async function fetchJson<T>(fetcher: typeof fetch, url: string): Promise<T> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch (error) {
		throw new DataLoadError(url, (error as Error).message || 'network error');
	}
	if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
	try {
		return (await response.json()) as T;
	} catch {
		throw new DataLoadError(url, 'not valid JSON');
	}
}

export const monitorPath = (year: SurveyYear) => `/data/monitor-${year}.json`;

/** What the map needs to draw one year. */
export interface YearData {
	topology: Topology;
	monitor: MonitorFileJson;
}

export async function loadYearData(year: SurveyYear, fetcher: typeof fetch = fetch): Promise<YearData> {
	const [topology, monitor] = await Promise.all([
		fetchJson<Topology>(fetcher, dataPath.topology(year)),
		fetchJson<MonitorFileJson>(fetcher, monitorPath(year))
	]);
	return { topology, monitor };
}

/** Loads everything; the years in `known` (loadYearData downloads, done or under way) are not fetched again. */
export async function loadAppData(fetcher: typeof fetch = fetch, known: Partial<Record<SurveyYear, Promise<YearData>>> = {}): Promise<AppData> {
	const perYear = <T>(path: (y: SurveyYear) => string, have: (y: SurveyYear) => Promise<T> | undefined = () => undefined) =>
		Promise.all(SURVEY_YEARS.map((y) => have(y) ?? fetchJson<T>(fetcher, path(y)))).then(
			(list) => Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, list[i]])) as Record<SurveyYear, T>
		);
	const [topologies, indexes, monitor, crosswalk, voorzieningen, published, kenmerken] = await Promise.all([
		perYear<Topology>(dataPath.topology, (y) => known[y]?.then((d) => d.topology)),
		perYear<MunicipalityIndexEntry[]>(dataPath.index),
		perYear<MonitorFileJson>(monitorPath, (y) => known[y]?.then((d) => d.monitor)),
		fetchJson<Crosswalk>(fetcher, dataPath.crosswalk),
		fetchJson<VoorzieningenJson>(fetcher, '/data/voorzieningen.json'),
		fetchJson<Published>(fetcher, '/data/published.json'),
		fetchJson<KenmerkenJson>(fetcher, '/data/kenmerken.json')
	]);
	return { geography: new GeographyContext(indexes, crosswalk), topologies, monitor, voorzieningen, published, kenmerken };
}
