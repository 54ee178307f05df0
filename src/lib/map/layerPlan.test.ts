import { describe, expect, it } from 'vitest';
import { CHOROPLETH } from '../model/choroplethStyle';
import { STATUS_COLOURS, TRANSITION_COLOURS } from '../model/palette';
import { diffFeatureFlags, diffPlans, drawableAtOnce, type MapOperation } from './layerDiff';
import { emphasisOpacity, fillColour, layerPlan, type LayerSpec, type PlanView } from './layerPlan';

const view: PlanView = { year: 2025, mode: 'status', emphasis: null };
const allYears = [
	{ year: 2017, changeSince: null },
	{ year: 2022, changeSince: 2017 },
	{ year: 2025, changeSince: 2022 }
] as const;
const layer = (plan: ReturnType<typeof layerPlan>, id: string): LayerSpec => plan.layers.find((l) => l.id === id)!;
const paintOps = (ops: MapOperation[]) => ops.filter((o) => o.op === 'setPaint').map((o) => `${o.layer} ${o.property}=${JSON.stringify(o.value)}`);

describe('layer plan', () => {
	it('has the same eight layers for every year loaded, in survey order whatever order they came in', () => {
		const plan = layerPlan(view, [allYears[2], allYears[0]]);
		expect(plan.sources.map((s) => s.id)).toEqual(['gemeenten-2017', 'provincies-2017', 'gemeenten-2025', 'provincies-2025']);
		expect(plan.layers.map((l) => l.id)).toEqual(
			[2017, 2025].flatMap((y) => ['fill', 'hatch-status', 'hatch-verandering', 'border', 'province', 'hover', 'selected', 'focus'].map((k) => `${k}-${y}`))
		);
	});

	it('shows only the year in view, by constant layer opacity, never by visibility or filter', () => {
		const plan = layerPlan(view, allYears);
		for (const l of plan.layers) {
			const opacity = l.paint['fill-layer-opacity'] ?? l.paint['line-layer-opacity'];
			const shown = l.id.endsWith('2025') && !l.id.startsWith('hatch-verandering');
			expect(opacity, l.id).toBe(shown ? 1 : 0);
			expect(l).not.toHaveProperty('layout');
		}
	});

	it('colours the fill by status or by change with the palette, unknown as the hatch background', () => {
		expect(fillColour('status')).toEqual([
			'match',
			['get', 'status'],
			'beleid-specifiek',
			STATUS_COLOURS['beleid-specifiek'],
			'beleid-bijdragend',
			STATUS_COLOURS['beleid-bijdragend'],
			'in-ontwikkeling',
			STATUS_COLOURS['in-ontwikkeling'],
			'geen-beleid',
			STATUS_COLOURS['geen-beleid'],
			'onbekend',
			STATUS_COLOURS.onbekend,
			CHOROPLETH.hatch.background
		]);
		const change = layerPlan({ ...view, mode: 'verandering' }, allYears);
		expect(layer(change, 'fill-2025').paint['fill-color']).toEqual(fillColour('verandering'));
		expect(fillColour('verandering')).toContain(TRANSITION_COLOURS['minder-beleid']);
		expect(layer(change, 'hatch-verandering-2025').paint['fill-layer-opacity']).toBe(1);
		expect(layer(change, 'hatch-status-2025').paint['fill-layer-opacity']).toBe(0);
	});

	it('hatches unknown municipalities through a fixed filter per mode', () => {
		const plan = layerPlan(view, allYears);
		expect(layer(plan, 'hatch-status-2022').filter).toEqual(['==', ['get', 'status'], 'onbekend']);
		expect(layer(plan, 'hatch-verandering-2022').filter).toEqual(['==', ['get', 'change'], 'onbekend']);
		expect(layer(plan, 'fill-2022').filter).toBeUndefined();
	});

	it('dims what is outside the emphasis, and everything when nothing is emphasised', () => {
		expect(emphasisOpacity(null)).toBe(1);
		expect(emphasisOpacity(new Set())).toBe(CHOROPLETH.dimmedOpacity);
		expect(emphasisOpacity(new Set(['GM0363', 'GM0014']))).toEqual(['match', ['get', 'code'], ['GM0014', 'GM0363'], 1, CHOROPLETH.dimmedOpacity]);
		const plan = layerPlan({ ...view, emphasis: new Set(['GM0344']) }, allYears);
		expect(layer(plan, 'fill-2025').paint['fill-opacity']).toEqual(['match', ['get', 'code'], ['GM0344'], 1, CHOROPLETH.dimmedOpacity]);
		expect(layer(plan, 'hatch-status-2025').paint['fill-opacity']).toEqual(['match', ['get', 'code'], ['GM0344'], 1, CHOROPLETH.dimmedOpacity]);
	});

	it('draws borders and outlines with the style module, outlines by feature-state', () => {
		const plan = layerPlan(view, allYears);
		expect(layer(plan, 'border-2025').paint).toMatchObject({
			'line-color': CHOROPLETH.municipalityBorder.colour,
			'line-width': CHOROPLETH.municipalityBorder.width
		});
		expect(layer(plan, 'province-2025')).toMatchObject({ source: 'provincies-2025', paint: { 'line-color': CHOROPLETH.provinceBorder.colour } });
		expect(layer(plan, 'selected-2025').paint['line-opacity']).toEqual(['case', ['boolean', ['feature-state', 'selected'], false], 1, 0]);
		expect(layer(plan, 'focus-2025').paint).toMatchObject({
			'line-dasharray': CHOROPLETH.focus.dash,
			'line-opacity': ['case', ['boolean', ['feature-state', 'focused'], false], 1, 0]
		});
	});
});

describe('layer diff', () => {
	it('adds every source and layer to an empty map', () => {
		const plan = layerPlan(view, [allYears[2]]);
		const ops = diffPlans(null, plan);
		expect(ops.filter((o) => o.op === 'addSource')).toHaveLength(2);
		expect(ops.filter((o) => o.op === 'addLayer')).toHaveLength(8);
		expect(ops).toHaveLength(10);
	});

	it('switches years with layer opacities alone: no source, layer, filter or data operation', () => {
		const before = layerPlan(view, allYears);
		const after = layerPlan({ ...view, year: 2017 }, allYears);
		const ops = diffPlans(before, after);
		expect(ops.every((o) => o.op === 'setPaint')).toBe(true);
		expect(drawableAtOnce(ops)).toBe(true);
		expect(paintOps(ops).sort()).toEqual(
			[
				...['fill', 'hatch-status'].map((k) => `${k}-2017 fill-layer-opacity=1`),
				...['border', 'province', 'hover', 'selected', 'focus'].map((k) => `${k}-2017 line-layer-opacity=1`),
				...['fill', 'hatch-status'].map((k) => `${k}-2025 fill-layer-opacity=0`),
				...['border', 'province', 'hover', 'selected', 'focus'].map((k) => `${k}-2025 line-layer-opacity=0`)
			].sort()
		);
	});

	it('nothing changes: no operations', () => {
		expect(diffPlans(layerPlan(view, allYears), layerPlan({ ...view, emphasis: null }, allYears))).toEqual([]);
	});

	it('a mode change recolours every year and swaps the hatch layers of the year shown', () => {
		const ops = paintOps(diffPlans(layerPlan(view, allYears), layerPlan({ ...view, mode: 'verandering' }, allYears)));
		expect(ops.filter((o) => o.includes('fill-color'))).toHaveLength(3);
		expect(ops).toContain('hatch-status-2025 fill-layer-opacity=0');
		expect(ops).toContain('hatch-verandering-2025 fill-layer-opacity=1');
	});

	it('draws at once only what needs no new layout: constant paint and feature state', () => {
		const plan = layerPlan(view, allYears);
		// A new colour expression is laid out in the worker: drawing the opacities before it would show half the change.
		expect(drawableAtOnce(diffPlans(plan, layerPlan({ ...view, mode: 'verandering' }, allYears)))).toBe(false);
		// An emphasis turns fill-opacity into an expression, and back.
		const emphasised = layerPlan({ ...view, emphasis: new Set(['GM0363']) }, allYears);
		expect(drawableAtOnce(diffPlans(plan, emphasised))).toBe(false);
		expect(drawableAtOnce(diffPlans(emphasised, plan))).toBe(false);
		expect(drawableAtOnce(diffPlans(layerPlan(view, [allYears[2]]), plan))).toBe(false);
		expect(drawableAtOnce([])).toBe(false);
		const flags = diffFeatureFlags(
			{ flags: { year: 2025, selected: [], focused: null }, sources: new Set(['gemeenten-2025']) },
			{ flags: { year: 2025, selected: ['GM0363'], focused: null }, sources: new Set(['gemeenten-2025']) }
		);
		expect(drawableAtOnce(flags)).toBe(true);
	});

	it('an emphasis sets the fill opacity of fill and hatch layers of every year', () => {
		const ops = paintOps(diffPlans(layerPlan(view, allYears), layerPlan({ ...view, emphasis: new Set(['GM0363']) }, allYears)));
		expect(ops).toHaveLength(9);
		expect(ops.every((o) => o.includes(' fill-opacity='))).toBe(true);
	});

	it('a year that arrives adds its sources and layers; the change arriving re-sets its data once', () => {
		const first = layerPlan(view, [{ year: 2025, changeSince: null }]);
		const second = layerPlan(view, [
			{ year: 2022, changeSince: null },
			{ year: 2025, changeSince: null }
		]);
		const added = diffPlans(first, second);
		expect(added.filter((o) => o.op === 'addSource').map((o) => o.op === 'addSource' && o.source.id)).toEqual(['gemeenten-2022', 'provincies-2022']);
		expect(added.filter((o) => o.op === 'addLayer')).toHaveLength(8);
		const third = layerPlan(view, [
			{ year: 2022, changeSince: 2017 },
			{ year: 2025, changeSince: 2022 }
		]);
		expect(diffPlans(second, third).map((o) => o.op === 'setData' && o.source.id)).toEqual(['gemeenten-2022', 'gemeenten-2025']);
	});
});

describe('feature flags', () => {
	const sources = new Set(['gemeenten-2022', 'gemeenten-2025']);
	const flags = (year: 2022 | 2025, selected: string[], focused: string | null = null) => ({ year, selected, focused });

	it('clears the old selection and sets the new one, leaving what stays', () => {
		const ops = diffFeatureFlags({ flags: flags(2025, ['GM0344', 'GM0363']), sources }, { flags: flags(2025, ['GM0363', 'GM0014'], 'GM0014'), sources });
		expect(ops).toEqual([
			{ op: 'setFeatureState', source: 'gemeenten-2025', id: 'GM0344', state: { selected: false } },
			{ op: 'setFeatureState', source: 'gemeenten-2025', id: 'GM0014', state: { selected: true } },
			{ op: 'setFeatureState', source: 'gemeenten-2025', id: 'GM0014', state: { focused: true } }
		]);
	});

	it('moves the selection to the new year on a switch', () => {
		const ops = diffFeatureFlags({ flags: flags(2025, ['GM1959']), sources }, { flags: flags(2022, ['GM1959']), sources });
		expect(ops.map((o) => o.op === 'setFeatureState' && `${o.source} ${o.id} ${JSON.stringify(o.state)}`)).toEqual([
			'gemeenten-2025 GM1959 {"selected":false}',
			'gemeenten-2022 GM1959 {"selected":true}'
		]);
	});

	it('sets the selection of a year still loading once its source arrives', () => {
		const loading = new Set(['gemeenten-2025']);
		expect(diffFeatureFlags({ flags: null, sources: loading }, { flags: flags(2022, ['GM0363']), sources: loading })).toEqual([]);
		expect(diffFeatureFlags({ flags: flags(2022, ['GM0363']), sources: loading }, { flags: flags(2022, ['GM0363']), sources })).toEqual([
			{ op: 'setFeatureState', source: 'gemeenten-2022', id: 'GM0363', state: { selected: true } }
		]);
	});
});
