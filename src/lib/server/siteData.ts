/**
 * The site's data for prerendering per-municipality pages, read once per build from the files the
 * geo and data builds wrote (static/data), so ~420 pages do not parse the same files again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { SURVEY_YEARS, dataPath, type Crosswalk, type MunicipalityIndexEntry, type SurveyYear } from '../model/geography';
import { GeographyContext } from '../model/geographyContext';
import type { AppData } from '../data/appData';
import type { KenmerkenJson, MonitorFileJson, VoorzieningenJson } from '../data/outputs';
import type { Published } from '../data/schemas';

const STATIC_DIR = path.resolve('static');
const read = async <T>(urlPath: string): Promise<T> => JSON.parse(await readFile(path.join(STATIC_DIR, urlPath), 'utf8')) as T;

let cached: Promise<AppData> | undefined;

export function siteData(): Promise<AppData> {
	cached ??= (async () => {
		const perYear = async <T>(file: (y: SurveyYear) => string) =>
			Object.fromEntries(await Promise.all(SURVEY_YEARS.map(async (y) => [y, await read<T>(file(y))]))) as Record<SurveyYear, T>;
		const [indexes, topologies, monitor, crosswalk, voorzieningen, published, kenmerken] = await Promise.all([
			perYear<MunicipalityIndexEntry[]>(dataPath.index),
			perYear<Topology>(dataPath.topology),
			perYear<MonitorFileJson>((y) => `/data/monitor-${y}.json`),
			read<Crosswalk>(dataPath.crosswalk),
			read<VoorzieningenJson>('/data/voorzieningen.json'),
			read<Published>('/data/published.json'),
			read<KenmerkenJson>('/data/kenmerken.json')
		]);
		return { geography: new GeographyContext(indexes, crosswalk), topologies, monitor, voorzieningen, published, kenmerken };
	})();
	return cached;
}
