/**
 * Loading the public data files (/data/*), each fetched once, validated against its schema, and
 * shared by everything that needs it. The fetcher is injected: the browser passes its own fetch,
 * prerendering one that reads static/ from disk, tests a fake. Each route asks only for what it
 * shows: the map the geometry and monitor data of the year shown first, then the rest; the table no
 * geometry at all. A failure names the file; a failed file is fetched again on the next call (retry).
 * The schema check is injected too (fileCheck.ts): in the browser a worker runs it, so this module
 * brings no zod to the page.
 */
import type { Topology } from 'topojson-specification';
import { SURVEY_YEARS, dataPath, type SurveyYear } from '../model/geography';
import { GeographyContext } from '../model/geographyContext';
import { DataLoadError } from './dataLoadError';
import { nextTask } from '../nextTask';
import type { DataFileKind } from './fileCheck';
import type { CrosswalkJson, KenmerkenJson, MonitorFileJson, MunicipalityIndexEntry, PublishedJson, VoorzieningenJson } from './publicSchemas';

export { DataLoadError };

/** How long a data file may take, from request to the last byte, before the reader is told. */
export const FETCH_TIMEOUT_MS = 20_000;

/** What is wrong with a data file's text for its kind, or null: see fileCheck.ts. */
export type FileCheck = (kind: DataFileKind, text: string) => Promise<string | null>;

/** The check where none is given: in place, its code (zod) loaded when first needed. */
const checkHere: FileCheck = (kind, text) => import('./fileCheck').then(({ checkInPlace }) => checkInPlace(kind, text));

/**
 * Fetches a JSON file and checks it against its kind's schema; every failure (no network, no answer
 * within the timeout, an HTTP error, a body that is not JSON or not what the schema says) is a
 * DataLoadError naming the file. The page parses the text while the check (in a worker) reads it.
 */
export async function fetchJson<T>(
	fetcher: typeof fetch,
	url: string,
	kind: DataFileKind,
	check: FileCheck = checkHere,
	timeoutMs = FETCH_TIMEOUT_MS
): Promise<T> {
	// One signal for the request and the body: a server that stalls halfway is a timeout too.
	const signal = AbortSignal.timeout(timeoutMs);
	const failed = (error: unknown, otherwise: () => DataLoadError) =>
		signal.aborted ? new DataLoadError(url, `no answer within ${timeoutMs / 1000} s`, 'timeout') : otherwise();
	let response: Response;
	try {
		response = await fetcher(url, { signal });
	} catch (error) {
		throw failed(error, () => new DataLoadError(url, (error as Error).message || 'network error', 'network'));
	}
	if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`, 'http');
	let text: string;
	try {
		text = await response.text();
	} catch (error) {
		throw failed(error, () => new DataLoadError(url, (error as Error).message || 'network error', 'network'));
	}
	const verdict = check(kind, text);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new DataLoadError(url, 'not valid JSON', 'invalid');
	}
	const problem = await verdict;
	if (problem) throw new DataLoadError(url, problem, 'invalid');
	return value as T;
}

export const monitorPath = (year: SurveyYear) => `/data/monitor-${year}.json`;

/** What the map needs to draw one year. */
export interface YearData {
	topology: Topology;
	monitor: MonitorFileJson;
}

/** Everything about the municipalities except their geometry: what the table, search and details need. */
export interface AtlasData {
	geography: GeographyContext;
	monitor: Record<SurveyYear, MonitorFileJson>;
	voorzieningen: VoorzieningenJson;
	published: PublishedJson;
	kenmerken: KenmerkenJson;
}

export interface AppData extends AtlasData {
	topologies: Record<SurveyYear, Topology>;
}

const perYear = async <T>(load: (year: SurveyYear) => Promise<T>): Promise<Record<SurveyYear, T>> => {
	const list = await Promise.all(SURVEY_YEARS.map(load));
	return Object.fromEntries(SURVEY_YEARS.map((y, i) => [y, list[i]])) as Record<SurveyYear, T>;
};

export class DataLoader {
	constructor(
		private readonly fetcher: typeof fetch,
		private readonly check: FileCheck = checkHere,
		/** Monitor data of some years from elsewhere (a person's own file, read in the browser), used instead of the published files. */
		private readonly monitors: Partial<Record<SurveyYear, MonitorFileJson>> = {},
		private readonly files = new Map<string, Promise<unknown>>()
	) {}

	/** The same files (downloads shared), with the monitor data of some years replaced. */
	withMonitors(monitors: Partial<Record<SurveyYear, MonitorFileJson>>): DataLoader {
		return new DataLoader(this.fetcher, this.check, monitors, this.files);
	}

	/** One download per file, shared; a failed one is forgotten so that the next call tries again. */
	private file<T>(url: string, kind: DataFileKind): Promise<T> {
		let load = this.files.get(url) as Promise<T> | undefined;
		if (!load) {
			load = fetchJson<T>(this.fetcher, url, kind, this.check);
			this.files.set(url, load);
			load.catch(() => this.files.delete(url));
		}
		return load;
	}

	// The schema checks every field the app reads; topojson-client's type describes the same structure.
	topology = (year: SurveyYear) => this.file<Topology>(dataPath.topology(year), 'topology');
	monitor = (year: SurveyYear): Promise<MonitorFileJson> => {
		const own = this.monitors[year];
		return own ? Promise.resolve(own) : this.file<MonitorFileJson>(monitorPath(year), 'monitor');
	};
	index = (year: SurveyYear) => this.file<MunicipalityIndexEntry[]>(dataPath.index(year), 'index');
	crosswalk = () => this.file<CrosswalkJson>(dataPath.crosswalk, 'crosswalk');
	register = () => this.file<VoorzieningenJson>('/data/voorzieningen.json', 'register');
	published = () => this.file<PublishedJson>('/data/published.json', 'published');
	kenmerken = () => this.file<KenmerkenJson>('/data/kenmerken.json', 'kenmerken');

	private readonly years = new Map<SurveyYear, Promise<YearData>>();

	/** A year's geometry and monitor data: the same pair for every caller, so it can be compared by identity. */
	year(year: SurveyYear): Promise<YearData> {
		let load = this.years.get(year);
		if (!load) {
			load = Promise.all([this.topology(year), this.monitor(year)]).then(([topology, monitor]) => ({ topology, monitor }));
			this.years.set(year, load);
			load.catch(() => this.years.delete(year));
		}
		return load;
	}

	async atlas(): Promise<AtlasData> {
		const [indexes, crosswalk, monitor, voorzieningen, published, kenmerken] = await Promise.all([
			perYear(this.index),
			this.crosswalk(),
			perYear(this.monitor),
			this.register(),
			this.published(),
			this.kenmerken()
		]);
		// Indexing the crosswalk is a task of its own, not one with the last file's arrival.
		await nextTask();
		return { geography: new GeographyContext(indexes, crosswalk), monitor, voorzieningen, published, kenmerken };
	}

	async everything(): Promise<AppData> {
		const [atlas, topologies] = await Promise.all([this.atlas(), perYear(this.topology)]);
		return { ...atlas, topologies };
	}
}
