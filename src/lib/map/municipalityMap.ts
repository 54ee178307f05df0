/**
 * MapLibre lives here, not in components: the Svelte side hands over a container and data and gets
 * back a controller. All survey years are added once, as one GeoJSON source each; switching years
 * only changes layer visibility, and hover, selection and focus are feature-state, so nothing is
 * re-parsed or re-uploaded after the first load. MapLibre itself (≈ 450 KB gzipped with its worker)
 * is imported only when a map is created, after the page has painted.
 */
import type { Map as MapLibreMap, ExpressionSpecification, MapGeoJSONFeature } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../model/geography';
import { municipalityFeatures, provinceBorders } from './geometry';
import { DISPLAY_STATUSES, type DisplayStatus } from '../model/status';
import { TRANSITIONS, type Transition } from '../model/change';
import {
	FOCUS_OUTLINE,
	HOVER_OUTLINE,
	MUNICIPALITY_BORDER,
	PROVINCE_BORDER,
	SELECTION_OUTLINE,
	STATUS_COLOURS,
	TRANSITION_COLOURS,
	UNKNOWN_HATCH
} from '../model/palette';
import { emptyStyle, NETHERLANDS_BOUNDS } from './style';

export type MapState =
	| { kind: 'loading' }
	| { kind: 'idle' }
	| { kind: 'error'; reason: 'no-webgl' | 'context-lost' | 'other'; message: string };

export interface MapInput {
	topologies: Record<SurveyYear, Topology>;
	status: Record<SurveyYear, ReadonlyMap<string, DisplayStatus>>;
	/** Change since the previous survey, for every year but the first. */
	change: Partial<Record<SurveyYear, ReadonlyMap<string, Transition>>>;
}

export interface MapView {
	year: SurveyYear;
	/** Municipalities of `year` to outline as the selection (one, or the predecessors/successors). */
	selected: MunicipalityCode[];
	/** The municipality the keyboard is on. */
	focused: MunicipalityCode | null;
	/** Colour by status, or by change since the previous survey. */
	mode: 'status' | 'verandering';
	/** Municipalities to keep bright (the others are dimmed), or null for all. */
	emphasis: ReadonlySet<string> | null;
}

export interface MapCallbacks {
	onState(state: MapState): void;
	onHover(code: MunicipalityCode | null, point: { x: number; y: number } | null): void;
	onClick(code: MunicipalityCode | null): void;
}

export interface MunicipalityMapController {
	update(view: MapView): void;
	/** Zoom to a [west, south, east, north] box, or back to the whole country. */
	zoomTo(bbox: [number, number, number, number] | null): void;
	zoomBy(delta: number): void;
	canvas(): HTMLCanvasElement | null;
	destroy(): void;
}

const source = (year: SurveyYear) => `gemeenten-${year}`;
const provinceSource = (year: SurveyYear) => `provincies-${year}`;
const layer = (year: SurveyYear, kind: string) => `${kind}-${year}`;
// Two hatch layers, one per mode, each with a fixed filter: changing a filter would make MapLibre
// reload the source, toggling a layer's visibility does not.
const LAYER_KINDS = ['fill', 'hatch-status', 'hatch-verandering', 'border', 'province', 'hover', 'selected', 'focus'] as const;
type LayerKind = (typeof LAYER_KINDS)[number];
const HATCH_KINDS = ['hatch-status', 'hatch-verandering'] as const;

function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(UNKNOWN_HATCH.slice(i, i + 2), 16));
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			// Diagonal lines, 2 px wide, repeating seamlessly across tiles.
			const on = (x + y) % size < 2;
			data.set(on ? [r, g, b, 255] : [0, 0, 0, 0], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}

function fillColour(mode: MapView['mode']): ExpressionSpecification {
	return (mode === 'status'
		? ['match', ['get', 'status'], ...DISPLAY_STATUSES.flatMap((s) => [s, STATUS_COLOURS[s]]), STATUS_COLOURS.onbekend]
		: ['match', ['get', 'change'], ...TRANSITIONS.flatMap((t) => [t, TRANSITION_COLOURS[t]]), TRANSITION_COLOURS.onbekend]) as unknown as ExpressionSpecification;
}

/** Whether a layer shows in a view: its year's layers only, and of the hatch layers the mode's. */
const shows = (view: MapView, year: SurveyYear, kind: LayerKind) => year === view.year && (!kind.startsWith('hatch-') || kind === `hatch-${view.mode}`);

const byState = (state: string, on: number, off: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', state], false], on, off];

/** Each year's features carry their status and change, so colours never need a re-upload. */
function features(topology: Topology, status: ReadonlyMap<string, DisplayStatus>, change: ReadonlyMap<string, Transition> | undefined) {
	const collection = municipalityFeatures(topology);
	for (const f of collection.features) {
		const props = f.properties as { code: string; status?: DisplayStatus; change?: Transition };
		props.status = status.get(props.code) ?? 'onbekend';
		props.change = change?.get(props.code) ?? 'onbekend';
	}
	return { municipalities: collection, provinces: provinceBorders(topology) };
}

export interface MapOptions {
	/** A fixed view: no panning or zooming (embeds with zoom=static). */
	fixed?: boolean;
}

let mapLibre: Promise<[typeof import('maplibre-gl'), string, unknown]> | undefined;

/** Starts fetching MapLibre, its worker and its stylesheet; later calls share the same download. */
export function preloadMapLibre() {
	mapLibre ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
		// MapLibre's stylesheet comes with MapLibre, not with the first paint.
		import('maplibre-gl/dist/maplibre-gl.css')
	]);
	return mapLibre;
}

export function createMunicipalityMap(container: HTMLElement, input: MapInput, initial: MapView, callbacks: MapCallbacks, options: MapOptions = {}): MunicipalityMapController {
	let map: MapLibreMap | undefined;
	let destroyed = false;
	let ready = false;
	// Layers added: zooms apply at once from here on (during the warm-up too, so it covers them).
	let layersAdded = false;
	let view = initial;
	let shown: MapView | undefined;
	let hovered: { year: SurveyYear; code: string } | null = null;
	// A zoom asked for before the map is ready is applied, without animation, once it is.
	let pendingZoom: [number, number, number, number] | null | undefined;
	callbacks.onState({ kind: 'loading' });

	const setState = (year: SurveyYear, codes: readonly string[], key: string, value: boolean) => {
		for (const code of codes) map!.setFeatureState({ source: source(year), id: code }, { [key]: value });
	};

	function apply() {
		if (!map || !ready) return;
		const previous = shown;
		if (!previous || previous.year !== view.year || previous.mode !== view.mode) {
			// Only the years that change: each layout change costs a style update.
			const years = previous && previous.year !== view.year ? [previous.year, view.year] : previous ? [view.year] : SURVEY_YEARS;
			for (const year of years)
				for (const kind of LAYER_KINDS) map.setLayoutProperty(layer(year, kind), 'visibility', shows(view, year, kind) ? 'visible' : 'none');
		}
		if (previous) {
			setState(previous.year, previous.selected, 'selected', false);
			if (previous.focused) setState(previous.year, [previous.focused], 'focused', false);
		}
		setState(view.year, view.selected, 'selected', true);
		if (view.focused) setState(view.year, [view.focused], 'focused', true);
		if (previous && previous.mode !== view.mode) {
			for (const year of SURVEY_YEARS) map.setPaintProperty(layer(year, 'fill'), 'fill-color', fillColour(view.mode));
		}
		// The layers were created for the first view's emphasis; only changes are applied.
		if (previous ? previous.emphasis !== view.emphasis : view.emphasis !== null) {
			const codes = view.emphasis ? [...view.emphasis] : null;
			// An empty 'match' list is invalid, so "nothing emphasised" dims everything directly.
			const opacity: ExpressionSpecification | number = codes === null ? 1 : codes.length === 0 ? 0.2 : ['match', ['get', 'code'], codes, 1, 0.2];
			for (const year of SURVEY_YEARS) {
				map.setPaintProperty(layer(year, 'fill'), 'fill-opacity', opacity);
				for (const kind of HATCH_KINDS) map.setPaintProperty(layer(year, kind), 'fill-opacity', opacity);
			}
		}
		shown = { ...view, selected: [...view.selected] };
	}

	(async () => {
		const [maplibre, workerUrl] = await preloadMapLibre();
		if (destroyed) return;
		maplibre.setWorkerUrl(workerUrl);
		try {
			map = new maplibre.Map({
				container,
				style: emptyStyle,
				bounds: NETHERLANDS_BOUNDS,
				attributionControl: false,
				// Keeps the last frame readable for image export.
				canvasContextAttributes: { preserveDrawingBuffer: true },
				dragRotate: false,
				pitchWithRotate: false,
				touchPitch: false,
				// The map's keyboard is ours (one tab stop, arrows move between municipalities).
				keyboard: false,
				minZoom: 5,
				maxZoom: 12,
				fadeDuration: 0,
				...(options.fixed ? { scrollZoom: false, dragPan: false, doubleClickZoom: false, touchZoomRotate: false, boxZoom: false } : {})
			});
		} catch (error) {
			const message = (error as Error)?.message ?? String(error);
			callbacks.onState({ kind: 'error', reason: /webgl/i.test(message) ? 'no-webgl' : 'other', message });
			return;
		}
		// For debugging in development only: the map instance on window.
		if (import.meta.env.DEV) (globalThis as unknown as { __beleidskaartMap: MapLibreMap }).__beleidskaartMap = map;
		const canvas = map.getCanvas();
		canvas.setAttribute('tabindex', '-1');
		canvas.setAttribute('aria-hidden', 'true');
		canvas.addEventListener('webglcontextlost', () => callbacks.onState({ kind: 'error', reason: 'context-lost', message: 'WebGL context lost' }));
		canvas.addEventListener('webglcontextrestored', () => callbacks.onState({ kind: 'idle' }));
		map.on('error', (event) => callbacks.onState({ kind: 'error', reason: 'other', message: event.error?.message ?? 'map error' }));
		map.once('load', () => {
			const m = map!;
			m.addImage('hatch', hatchImage(), { pixelRatio: 1 });
			for (const year of SURVEY_YEARS) {
				const { municipalities, provinces } = features(input.topologies[year], input.status[year], input.change[year]);
				m.addSource(source(year), { type: 'geojson', data: municipalities, promoteId: 'code' });
				m.addSource(provinceSource(year), { type: 'geojson', data: provinces });
				// Every year starts visible so that all three build their tiles once, while the map is
				// still hidden behind the SVG; after that a switch only flips visibility and MapLibre
				// takes the tiles from its cache.
				const visibility = 'visible';
				m.addLayer({ id: layer(year, 'fill'), type: 'fill', source: source(year), layout: { visibility }, paint: { 'fill-color': fillColour(view.mode) } });
				for (const kind of HATCH_KINDS) {
					m.addLayer({
						id: layer(year, kind),
						type: 'fill',
						source: source(year),
						filter: ['==', ['get', kind === 'hatch-status' ? 'status' : 'change'], 'onbekend'],
						// All years start visible (the warm-up); the other mode's hatch never shows.
						layout: { visibility: kind === `hatch-${view.mode}` ? 'visible' : 'none' },
						paint: { 'fill-pattern': 'hatch' }
					});
				}
				m.addLayer({ id: layer(year, 'border'), type: 'line', source: source(year), layout: { visibility }, paint: { 'line-color': MUNICIPALITY_BORDER, 'line-width': 0.8 } });
				m.addLayer({ id: layer(year, 'province'), type: 'line', source: provinceSource(year), layout: { visibility }, paint: { 'line-color': PROVINCE_BORDER, 'line-width': 1.6 } });
				m.addLayer({ id: layer(year, 'hover'), type: 'line', source: source(year), layout: { visibility }, paint: { 'line-color': HOVER_OUTLINE, 'line-width': 2.5, 'line-opacity': byState('hover', 1, 0) } });
				m.addLayer({ id: layer(year, 'selected'), type: 'line', source: source(year), layout: { visibility }, paint: { 'line-color': SELECTION_OUTLINE, 'line-width': 3.5, 'line-opacity': byState('selected', 1, 0) } });
				m.addLayer({
					id: layer(year, 'focus'),
					type: 'line',
					source: source(year),
					layout: { visibility },
					paint: { 'line-color': FOCUS_OUTLINE, 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': byState('focused', 1, 0) }
				});
			}
			layersAdded = true;
			// The initial view first, so that the warm-up builds the tiles of the view that is shown.
			if (pendingZoom !== undefined) fit(pendingZoom, false);
			m.once('idle', () => {
				ready = true;
				apply();
				m.once('idle', () => callbacks.onState({ kind: 'idle' }));
			});
			// For the benchmark: every time the map has finished rendering.
			m.on('idle', () => performance.mark('beleidskaart:map-idle'));
		});

		const fillLayers = SURVEY_YEARS.map((y) => layer(y, 'fill'));
		const codeAt = (point: { x: number; y: number }) => {
			const hits: MapGeoJSONFeature[] = map!.queryRenderedFeatures([point.x, point.y], { layers: fillLayers.filter((_, i) => SURVEY_YEARS[i] === view.year) });
			return (hits[0]?.properties?.code as MunicipalityCode | undefined) ?? null;
		};
		map.on('mousemove', (event) => {
			if (!ready) return;
			const code = codeAt(event.point);
			if (hovered && (hovered.code !== code || hovered.year !== view.year)) setState(hovered.year, [hovered.code], 'hover', false);
			hovered = code ? { year: view.year, code } : null;
			if (code) setState(view.year, [code], 'hover', true);
			map!.getCanvas().style.cursor = code ? 'pointer' : '';
			callbacks.onHover(code, code ? event.point : null);
		});
		map.on('mouseout', () => {
			if (hovered) setState(hovered.year, [hovered.code], 'hover', false);
			hovered = null;
			callbacks.onHover(null, null);
		});
		map.on('click', (event) => {
			if (ready) callbacks.onClick(codeAt(event.point));
		});
	})().catch((error: Error) => callbacks.onState({ kind: 'error', reason: 'other', message: error.message }));

	function fit(bbox: [number, number, number, number] | null, animate: boolean) {
		const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
		map!.fitBounds(bbox ?? NETHERLANDS_BOUNDS, { padding: bbox ? 60 : 0, maxZoom: 10, duration: animate && !reduce ? 600 : 0 });
	}

	return {
		update(next) {
			view = next;
			apply();
		},
		zoomTo(bbox) {
			if (!map || !layersAdded) pendingZoom = bbox;
			else fit(bbox, ready);
		},
		zoomBy(delta) {
			map?.zoomTo(map.getZoom() + delta, { duration: 0 });
		},
		canvas: () => map?.getCanvas() ?? null,
		destroy() {
			destroyed = true;
			map?.remove();
		}
	};
}
