/**
 * Finds the boundary layers: GEO_SOURCE_DIR if set, else ../shared/geo/cbs if present, else a
 * previous PDOK download in the cache, else a fresh PDOK download. Says which one it uses.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { SurveyYear } from '../../src/lib/model/geography.ts';
import { CACHE_DIR, LAYER_KINDS, PDOK_BASE_URL, SHARED_SOURCE_DIR, sourceFileName, type LayerKind } from './config.ts';
import { downloadLayers, layerUrl } from './pdok.ts';

export interface SourceChoice {
	dir: string;
	origin: 'GEO_SOURCE_DIR' | 'shared' | 'download-cache' | 'download';
}

export interface ResolveOptions {
	env?: NodeJS.ProcessEnv;
	years: readonly SurveyYear[];
	sharedDir?: string;
	cacheDir?: string;
	pdokBaseUrl?: string;
	fetch?: typeof fetch;
	log?: (message: string) => void;
	pageSize?: number;
}

function missingFiles(dir: string, years: readonly SurveyYear[]): string[] {
	return years.flatMap((year) => LAYER_KINDS.map((kind) => sourceFileName(kind, year)).filter((f) => !existsSync(path.join(dir, f))));
}

export async function resolveSourceDir(options: ResolveOptions): Promise<SourceChoice> {
	const env = options.env ?? process.env;
	const log = options.log ?? (() => {});
	const fromEnv = env.GEO_SOURCE_DIR?.trim();
	if (fromEnv) {
		const dir = path.resolve(fromEnv);
		const missing = missingFiles(dir, options.years);
		if (missing.length) {
			throw new Error(`GEO_SOURCE_DIR=${fromEnv} lacks ${missing.join(', ')} (expected files named like gemeente_2022.topojson)`);
		}
		return { dir, origin: 'GEO_SOURCE_DIR' };
	}
	const sharedDir = options.sharedDir ?? SHARED_SOURCE_DIR;
	if (existsSync(sharedDir) && missingFiles(sharedDir, options.years).length === 0) {
		return { dir: sharedDir, origin: 'shared' };
	}
	const cacheDir = options.cacheDir ?? CACHE_DIR;
	if (missingFiles(cacheDir, options.years).length === 0) return { dir: cacheDir, origin: 'download-cache' };

	const baseUrl = options.pdokBaseUrl ?? env.GEO_PDOK_URL ?? PDOK_BASE_URL;
	log(`No boundary files in GEO_SOURCE_DIR or ${sharedDir}; downloading CBS gebiedsindelingen from PDOK (${baseUrl}) into ${cacheDir}`);
	try {
		await downloadLayers({ baseUrl, cacheDir, years: options.years, kinds: LAYER_KINDS, fetch: options.fetch, log, pageSize: options.pageSize });
	} catch (error) {
		throw new Error(
			`Could not get the CBS boundary layers.\n` +
				`  Download failed: ${(error as Error).message}\n` +
				`  Either point GEO_SOURCE_DIR at a directory with gemeente_YEAR.topojson and provincie_YEAR.topojson\n` +
				`  (default: ${sharedDir}), or run again with network access to PDOK, e.g.\n` +
				`  ${layerUrl(baseUrl, 'gemeente', options.years[0], 0)}`,
			{ cause: error }
		);
	}
	return { dir: cacheDir, origin: 'download' };
}

export async function readLayer(dir: string, kind: LayerKind, year: SurveyYear): Promise<Topology> {
	const file = path.join(dir, sourceFileName(kind, year));
	const text = await readFile(file, 'utf8');
	try {
		const parsed = JSON.parse(text) as Topology;
		if (parsed?.type !== 'Topology') throw new Error('not a TopoJSON Topology');
		return parsed;
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
	}
}
