/**
 * What MapLibre must hold for a view, as data: the sources and layers (with their paint and filters)
 * for the years loaded so far. No MapLibre here: layerDiff.ts turns the change from one plan to the
 * next into operations, and mapOperations.ts runs them. Both are unit-tested without WebGL.
 *
 * Every year is its own GeoJSON source and keeps its layers for good: which year shows is the
 * constant layer-wide opacity (fill-layer-opacity / line-layer-opacity, 0 or 1). A visibility change
 * or a filter change would make MapLibre re-tile the source, and a hidden source drops its tiles;
 * a constant paint change re-tiles nothing, and a layer at opacity 0 is not drawn at all.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { TRANSITIONS } from '../model/change';
import { CHOROPLETH, classColour, type LineStyle } from '../model/choroplethStyle';
import { SURVEY_YEARS, type SurveyYear } from '../model/geography';
import type { Mode } from '../model/mapViewModel';
import { DISPLAY_STATUSES } from '../model/status';

export interface PlanView {
	year: SurveyYear;
	mode: Mode;
	/** Municipalities to keep bright (the others are dimmed), or null for all. */
	emphasis: ReadonlySet<string> | null;
}

/** A year whose data is in: its features carry the change (since an earlier survey) once the crosswalk has been loaded. */
export interface LoadedYear {
	year: SurveyYear;
	changeSince: SurveyYear | null;
}

export interface SourceSpec {
	id: string;
	year: SurveyYear;
	kind: 'municipalities' | 'provinces';
	/** The earlier survey whose change the municipality features carry (null: none yet). */
	changeSince: SurveyYear | null;
}

export type Paint = Record<string, unknown>;

export interface LayerSpec {
	id: string;
	type: 'fill' | 'line';
	source: string;
	filter?: FilterSpecification;
	paint: Paint;
}

export interface LayerPlan {
	sources: SourceSpec[];
	layers: LayerSpec[];
}

export const HATCH_IMAGE = 'hatch';
export const municipalitySource = (year: SurveyYear) => `gemeenten-${year}`;
export const provinceSource = (year: SurveyYear) => `provincies-${year}`;
export const layerId = (year: SurveyYear, kind: string) => `${kind}-${year}`;

/** The fill colour of a mode: a match on the feature's status or change property. */
export function fillColour(mode: Mode): ExpressionSpecification {
	const property = mode === 'status' ? 'status' : 'change';
	const classes: readonly string[] = mode === 'status' ? DISPLAY_STATUSES : TRANSITIONS;
	return [
		'match',
		['get', property],
		...classes.flatMap((c) => [c, classColour(mode, c as never)]),
		CHOROPLETH.hatch.background
	] as unknown as ExpressionSpecification;
}

/** Fill opacity for an emphasis: 1 inside it, dimmed outside. */
export function emphasisOpacity(emphasis: ReadonlySet<string> | null): ExpressionSpecification | number {
	if (emphasis === null) return 1;
	// An empty 'match' list is invalid, so "nothing emphasised" dims everything directly.
	if (emphasis.size === 0) return CHOROPLETH.dimmedOpacity;
	return ['match', ['get', 'code'], [...emphasis].sort(), 1, CHOROPLETH.dimmedOpacity];
}

const byFeatureState = (state: string): ExpressionSpecification => ['case', ['boolean', ['feature-state', state], false], 1, 0];

const line = (style: LineStyle, shown: boolean, extra: Paint = {}): Paint => ({
	'line-color': style.colour,
	'line-width': style.width,
	...(style.dash ? { 'line-dasharray': style.dash } : {}),
	...extra,
	'line-layer-opacity': shown ? 1 : 0
});

function yearLayers(year: SurveyYear, view: PlanView): LayerSpec[] {
	const shown = year === view.year;
	const municipalities = municipalitySource(year);
	const opacity = emphasisOpacity(view.emphasis);
	// Two hatch layers, one per mode, each with a fixed filter: changing a filter would re-tile.
	const hatch = (mode: Mode): LayerSpec => ({
		id: layerId(year, `hatch-${mode}`),
		type: 'fill',
		source: municipalities,
		filter: ['==', ['get', mode === 'status' ? 'status' : 'change'], 'onbekend'],
		paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': opacity, 'fill-layer-opacity': shown && view.mode === mode ? 1 : 0 }
	});
	return [
		{
			id: layerId(year, 'fill'),
			type: 'fill',
			source: municipalities,
			paint: { 'fill-color': fillColour(view.mode), 'fill-opacity': opacity, 'fill-layer-opacity': shown ? 1 : 0 }
		},
		hatch('status'),
		hatch('verandering'),
		{ id: layerId(year, 'border'), type: 'line', source: municipalities, paint: line(CHOROPLETH.municipalityBorder, shown) },
		{ id: layerId(year, 'province'), type: 'line', source: provinceSource(year), paint: line(CHOROPLETH.provinceBorder, shown) },
		{ id: layerId(year, 'hover'), type: 'line', source: municipalities, paint: line(CHOROPLETH.hover, shown, { 'line-opacity': byFeatureState('hover') }) },
		{
			id: layerId(year, 'selected'),
			type: 'line',
			source: municipalities,
			paint: line(CHOROPLETH.selection, shown, { 'line-opacity': byFeatureState('selected') })
		},
		{ id: layerId(year, 'focus'), type: 'line', source: municipalities, paint: line(CHOROPLETH.focus, shown, { 'line-opacity': byFeatureState('focused') }) }
	];
}

/** The sources and layers for a view, given the years loaded (in survey order, whatever order they came in). */
export function layerPlan(view: PlanView, loaded: readonly LoadedYear[]): LayerPlan {
	const years = SURVEY_YEARS.map((year) => loaded.find((l) => l.year === year)).filter((l) => l !== undefined);
	return {
		sources: years.flatMap(({ year, changeSince }) => [
			{ id: municipalitySource(year), year, kind: 'municipalities' as const, changeSince },
			{ id: provinceSource(year), year, kind: 'provinces' as const, changeSince: null }
		]),
		layers: years.flatMap(({ year }) => yearLayers(year, view))
	};
}
