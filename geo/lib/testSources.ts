/** Test helper: the real source layers from ../shared/geo/cbs (or GEO_SOURCE_DIR), read once. */
import type { Topology } from 'topojson-specification';
import type { SurveyYear } from '../../src/lib/model/geography.ts';
import { SHARED_SOURCE_DIR, type LayerKind } from './config.ts';
import { areaFeatures, type AreaFeature } from './features.ts';
import { readLayer } from './sources.ts';

const sourceDir = process.env.GEO_SOURCE_DIR?.trim() || SHARED_SOURCE_DIR;
const cache = new Map<string, Promise<Topology>>();

/** A fresh deep copy each call, so tests may mutate it. */
export async function sourceLayer(kind: LayerKind, year: SurveyYear): Promise<Topology> {
	const key = `${kind}_${year}`;
	if (!cache.has(key)) cache.set(key, readLayer(sourceDir, kind, year));
	return structuredClone(await cache.get(key)!);
}

export async function sourceFeatures(kind: LayerKind, year: SurveyYear): Promise<AreaFeature[]> {
	return areaFeatures(await sourceLayer(kind, year), `${kind}_${year}`);
}

export function byName(features: readonly AreaFeature[], name: string): AreaFeature {
	const found = features.find((f) => f.name === name);
	if (!found) throw new Error(`no municipality named ${name}`);
	return found;
}
