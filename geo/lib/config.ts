import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { SurveyYear } from '../../src/lib/model/geography.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Municipalities per year in the CBS indeling (mergers change the count every year). */
export const EXPECTED_MUNICIPALITIES: Record<SurveyYear, number> = { 2017: 388, 2022: 345, 2025: 342 };
export const EXPECTED_PROVINCES = 12;

export type LayerKind = 'gemeente' | 'provincie';
export const LAYER_KINDS: readonly LayerKind[] = ['gemeente', 'provincie'];

/** File name of a source layer, the same in ../shared/geo/cbs, GEO_SOURCE_DIR and the download cache. */
export function sourceFileName(kind: LayerKind, year: SurveyYear): string {
	return `${kind}_${year}.topojson`;
}

/** Where the pipeline writes what the site serves as /data/…; ignored by git, rebuilt on demand. */
export const OUTPUT_DIR = path.join(REPO_ROOT, 'static', 'data');
/** Downloads from PDOK and the build stamp live here; ignored by git. */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'geo');
export const SHARED_SOURCE_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'geo', 'cbs');

export const PDOK_BASE_URL = 'https://service.pdok.nl/cbs/gebiedsindelingen';

/**
 * Hard ceiling for one year's TopoJSON, gzipped. The pipeline simplifies until it fits and fails
 * the build if even the coarsest allowed level does not.
 */
export const TOPOLOGY_BUDGET_GZIP_BYTES = 50 * 1024;
