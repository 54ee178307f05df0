/**
 * Downloads the CBS gebiedsindelingen layers (generalised, WGS84) from PDOK's WFS and stores each as
 * TopoJSON in the same shape as ../shared/geo/cbs, so the rest of the pipeline has one input format.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { SurveyYear } from '../../src/lib/model/geography.ts';
import { sourceFileName, type LayerKind } from './config.ts';

/** PDOK caps a page; 1000 is within its limit and fetches every layer in one page. */
const PAGE_SIZE = 1000;
/** No layer has more than a few hundred features: more pages than this means the server pages wrongly. */
export const MAX_PAGES = 20;
/** How long one page may take. */
export const PAGE_TIMEOUT_MS = 60_000;

export function layerUrl(baseUrl: string, kind: LayerKind, year: SurveyYear, startIndex: number, pageSize = PAGE_SIZE): string {
	const params = new URLSearchParams({
		request: 'GetFeature',
		service: 'WFS',
		version: '2.0.0',
		typeName: `gebiedsindelingen:${kind}_gegeneraliseerd`,
		outputFormat: 'application/json',
		srsName: 'EPSG:4326',
		count: String(pageSize),
		startIndex: String(startIndex)
	});
	return `${baseUrl.replace(/\/$/, '')}/${year}/wfs/v1_0?${params}`;
}

export interface DownloadOptions {
	baseUrl: string;
	cacheDir: string;
	years: readonly SurveyYear[];
	kinds: readonly LayerKind[];
	fetch?: typeof fetch;
	log?: (message: string) => void;
	/** Features per request; PDOK's default cap is well above one layer. */
	pageSize?: number;
	/** Per page, in milliseconds. */
	timeoutMs?: number;
}

/** Fetches every page of one layer. Throws with the URL and the HTTP status or network cause. */
export async function fetchLayer(
	options: Pick<DownloadOptions, 'baseUrl' | 'fetch' | 'log' | 'pageSize' | 'timeoutMs'>,
	kind: LayerKind,
	year: SurveyYear
): Promise<FeatureCollection> {
	const doFetch = options.fetch ?? fetch;
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
	const features: Feature[] = [];
	// A server that ignores startIndex answers every page with the first one: stop on a page seen before.
	const seen = new Set<string>();
	for (let start = 0, page = 0; ; start += pageSize, page++) {
		const url = layerUrl(options.baseUrl, kind, year, start, pageSize);
		if (page >= MAX_PAGES)
			throw new Error(`${kind} ${year}: more than ${MAX_PAGES} pages of ${pageSize} features from ${options.baseUrl}; stopped (does the server page?)`);
		options.log?.(`fetching ${kind} ${year} from PDOK: ${url}`);
		let response: Response;
		const signal = AbortSignal.timeout(timeoutMs);
		try {
			response = await doFetch(url, { signal });
		} catch (error) {
			if (signal.aborted) throw new Error(`${url} gave no answer within ${timeoutMs / 1000} s`, { cause: error });
			throw new Error(`could not reach ${url}: ${(error as Error).cause ?? (error as Error).message}`, { cause: error });
		}
		if (!response.ok) throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`);
		let body: FeatureCollection;
		try {
			body = (await response.json()) as FeatureCollection;
		} catch {
			throw new Error(`${url} did not return JSON`);
		}
		if (body?.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
			throw new Error(`${url} did not return a GeoJSON FeatureCollection`);
		}
		const key = JSON.stringify(body.features.map((f) => f.id ?? f.properties?.statcode ?? null));
		if (body.features.length && seen.has(key)) throw new Error(`${url} answered with a page it gave before: the server ignores startIndex; stopped`);
		seen.add(key);
		features.push(...body.features);
		if (body.features.length < pageSize) break;
	}
	return { type: 'FeatureCollection', features: features.map(toLonLat) };
}

/**
 * WFS 2.0 with EPSG:4326 may answer in latitude, longitude order. The Netherlands lies between
 * 3–8°E and 50–54°N, so a first coordinate above 40 can only be a latitude: swap those.
 */
function toLonLat(feature: Feature): Feature {
	const first = firstPosition(feature.geometry);
	if (!first || first[0] < 40) return feature;
	const swap = (value: unknown): unknown =>
		typeof (value as number[])[0] === 'number' ? [(value as number[])[1], (value as number[])[0]] : (value as unknown[]).map(swap);
	const geometry = feature.geometry as Geometry & { coordinates: unknown };
	return { ...feature, geometry: { ...geometry, coordinates: swap(geometry.coordinates) } as Geometry };
}

function firstPosition(geometry: Geometry | null): Position | undefined {
	let value: unknown = geometry && 'coordinates' in geometry ? geometry.coordinates : undefined;
	while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
	return Array.isArray(value) ? (value as Position) : undefined;
}

/** Downloads all requested layers into the cache directory; returns the files written. */
export async function downloadLayers(options: DownloadOptions): Promise<string[]> {
	await mkdir(options.cacheDir, { recursive: true });
	const written: string[] = [];
	for (const year of options.years) {
		for (const kind of options.kinds) {
			const collection = await fetchLayer(options, kind, year);
			const name = sourceFileName(kind, year).replace(/\.topojson$/, '');
			// 1e6 steps keep PDOK's precision; shared borders become shared arcs.
			const topo = topology({ [name]: collection }, 1e6);
			const file = path.join(options.cacheDir, sourceFileName(kind, year));
			await writeFile(file, JSON.stringify(topo));
			written.push(file);
		}
	}
	return written;
}
