/**
 * The MapLibre operations that take the map from one layer plan (and selection) to the next: only
 * what changed, so a year switch is a handful of constant paint changes and never a re-upload.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { SurveyYear } from '../model/geography';
import { municipalitySource, type LayerPlan, type LayerSpec, type SourceSpec } from './layerPlan';

export type MapOperation =
	| { op: 'addSource'; source: SourceSpec }
	| { op: 'setData'; source: SourceSpec }
	| { op: 'addLayer'; layer: LayerSpec }
	| { op: 'removeLayer'; id: string }
	/** `constant`: the old and the new value are both constants (no expression), so no tile is re-laid out. */
	| { op: 'setPaint'; layer: string; property: string; value: unknown; constant: boolean }
	| { op: 'setFilter'; layer: string; filter: FilterSpecification | undefined }
	| { op: 'setFeatureState'; source: string; id: string; state: Record<string, boolean> };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Operations from `previous` (null: an empty map) to `next`. Sources are never removed: years only arrive. */
export function diffPlans(previous: LayerPlan | null, next: LayerPlan): MapOperation[] {
	const ops: MapOperation[] = [];
	const oldSources = new Map(previous?.sources.map((s) => [s.id, s]));
	for (const source of next.sources) {
		const old = oldSources.get(source.id);
		if (!old) ops.push({ op: 'addSource', source });
		// The change arrives with the crosswalk, after the first view, or the reader picks another
		// survey to compare with: one re-parse of that year.
		else if (old.changeSince !== source.changeSince) ops.push({ op: 'setData', source });
	}
	const oldLayers = new Map(previous?.layers.map((l) => [l.id, l]));
	const nextIds = new Set(next.layers.map((l) => l.id));
	for (const layer of previous?.layers ?? []) if (!nextIds.has(layer.id)) ops.push({ op: 'removeLayer', id: layer.id });
	for (const layer of next.layers) {
		const old = oldLayers.get(layer.id);
		if (!old) {
			ops.push({ op: 'addLayer', layer });
			continue;
		}
		if (!same(old.filter, layer.filter)) ops.push({ op: 'setFilter', layer: layer.id, filter: layer.filter });
		for (const property of new Set([...Object.keys(old.paint), ...Object.keys(layer.paint)])) {
			const [was, value] = [old.paint[property], layer.paint[property]];
			if (!same(was, value)) ops.push({ op: 'setPaint', layer: layer.id, property, value, constant: !Array.isArray(was) && !Array.isArray(value) });
		}
	}
	return ops;
}

/**
 * Whether MapLibre can draw `operations` at once, without its worker: constant paint values and
 * feature state only (a year switch, a selection). An expression, a filter or data is laid out again
 * in the worker first, and drawing before that would show half of the change.
 */
export const drawableAtOnce = (operations: readonly MapOperation[]): boolean =>
	operations.length > 0 && operations.every((o) => o.op === 'setFeatureState' || (o.op === 'setPaint' && o.constant));

/** Which municipalities carry which feature-state flag: selection and keyboard focus of the year shown. */
export interface FeatureFlags {
	year: SurveyYear;
	selected: readonly string[];
	focused: string | null;
}

function flagKeys(flags: FeatureFlags | null, sources: ReadonlySet<string>): Set<string> {
	const keys = new Set<string>();
	if (!flags) return keys;
	const source = municipalitySource(flags.year);
	// A year still loading has no source yet: its flags are set when it arrives.
	if (!sources.has(source)) return keys;
	for (const code of flags.selected) keys.add(`${source}\n${code}\nselected`);
	if (flags.focused) keys.add(`${source}\n${flags.focused}\nfocused`);
	return keys;
}

/** Feature-state operations from the flags shown on the sources then to the flags now. */
export function diffFeatureFlags(
	previous: { flags: FeatureFlags | null; sources: ReadonlySet<string> },
	next: { flags: FeatureFlags; sources: ReadonlySet<string> }
): MapOperation[] {
	const before = flagKeys(previous.flags, previous.sources);
	const after = flagKeys(next.flags, next.sources);
	const op = (key: string, value: boolean): MapOperation => {
		const [source, id, flag] = key.split('\n');
		return { op: 'setFeatureState', source, id, state: { [flag]: value } };
	};
	return [...[...before].filter((k) => !after.has(k)).map((k) => op(k, false)), ...[...after].filter((k) => !before.has(k)).map((k) => op(k, true))];
}
