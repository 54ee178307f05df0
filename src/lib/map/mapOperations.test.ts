import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { diffFeatureFlags, diffPlans } from './layerDiff';
import { layerPlan } from './layerPlan';
import { applyOperations } from './mapOperations';

/** A stand-in for MapLibre's Map that records each call: the applier's only contract is these calls. */
function recordingMap() {
	const calls: string[] = [];
	const record =
		(name: string) =>
		(...args: unknown[]) =>
			calls.push(`${name} ${JSON.stringify(args)}`);
	const map = {
		addSource: record('addSource'),
		addLayer: (layer: { id: string }) => calls.push(`addLayer ${layer.id}`),
		removeLayer: record('removeLayer'),
		setPaintProperty: record('setPaintProperty'),
		setFilter: record('setFilter'),
		setFeatureState: record('setFeatureState'),
		getSource: (id: string) => ({ setData: (data: unknown) => calls.push(`setData ${id} ${JSON.stringify(data)}`) })
	};
	return { map: map as unknown as MapLibreMap, calls };
}

const data = (source: { id: string }) => ({ type: 'FeatureCollection' as const, features: [], id: source.id });

describe('applying operations', () => {
	it('adds municipality sources keyed by their CBS code, province sources without', () => {
		const { map, calls } = recordingMap();
		applyOperations(map, diffPlans(null, layerPlan({ year: 2025, mode: 'status', emphasis: null }, [{ year: 2025, changeSince: null }])), data);
		expect(calls[0]).toBe(
			`addSource ${JSON.stringify(['gemeenten-2025', { type: 'geojson', data: { type: 'FeatureCollection', features: [], id: 'gemeenten-2025' }, promoteId: 'code' }])}`
		);
		expect(calls[1]).toBe(
			`addSource ${JSON.stringify(['provincies-2025', { type: 'geojson', data: { type: 'FeatureCollection', features: [], id: 'provincies-2025' } }])}`
		);
		expect(calls.slice(2)).toEqual(
			['fill', 'hatch-status', 'hatch-verandering', 'border', 'province', 'hover', 'selected', 'focus'].map((k) => `addLayer ${k}-2025`)
		);
	});

	it('runs paint, data and feature-state changes as MapLibre calls', () => {
		const { map, calls } = recordingMap();
		const before = layerPlan({ year: 2025, mode: 'status', emphasis: null }, [{ year: 2025, changeSince: null }]);
		const after = layerPlan({ year: 2025, mode: 'verandering', emphasis: null }, [{ year: 2025, changeSince: 2022 }]);
		const sources = new Set(['gemeenten-2025']);
		applyOperations(
			map,
			[...diffPlans(before, after), ...diffFeatureFlags({ flags: null, sources }, { flags: { year: 2025, selected: ['GM0344'], focused: null }, sources })],
			data
		);
		expect(calls).toContain(`setData gemeenten-2025 ${JSON.stringify(data({ id: 'gemeenten-2025' }))}`);
		expect(calls).toContain(`setPaintProperty ${JSON.stringify(['hatch-verandering-2025', 'fill-layer-opacity', 1])}`);
		expect(calls.filter((c) => c.startsWith('setPaintProperty ["fill-2025","fill-color"'))).toHaveLength(1);
		expect(calls.at(-1)).toBe(`setFeatureState ${JSON.stringify([{ source: 'gemeenten-2025', id: 'GM0344' }, { selected: true }])}`);
	});
});
