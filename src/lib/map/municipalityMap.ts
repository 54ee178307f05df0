/**
 * MapLibre lives here, not in components: the Svelte side hands over a container and data and gets
 * back a controller. Each survey year is added once, as its own GeoJSON source, as soon as its data
 * is there (the year shown first); switching years only changes constant layer opacities, and hover,
 * selection and focus are feature-state, so a switch re-parses, re-tiles and re-uploads nothing.
 * MapLibre itself (≈ 430 KB gzipped with its worker) is imported only when a map is created, after
 * the page has painted.
 */
import type { Map as MapLibreMap, ExpressionSpecification, GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
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

export type MapState = { kind: 'loading' } | { kind: 'idle' } | { kind: 'error'; reason: 'no-webgl' | 'context-lost' | 'other'; message: string };

/** What the map draws for one survey year. */
export interface YearInput {
	topology: Topology;
	status: ReadonlyMap<string, DisplayStatus>;
	/** Change since the previous survey; absent for the first survey, and until the crosswalk is loaded. */
	change?: ReadonlyMap<string, Transition>;
}

/** The years loaded so far: the year shown comes first, the others follow once the map is up. */
export type MapInput = Partial<Record<SurveyYear, YearInput>>;

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
	/** Adds the years that are new in `input` (and a year's change once it is known). */
	setInput(input: MapInput): void;
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
// re-tile the source.
const LAYER_KINDS = ['fill', 'hatch-status', 'hatch-verandering', 'border', 'province', 'hover', 'selected', 'focus'] as const;
type LayerKind = (typeof LAYER_KINDS)[number];
const HATCH_KINDS = ['hatch-status', 'hatch-verandering'] as const;
/** The layer-wide opacity that shows or hides a layer: a constant, so changing it re-tiles nothing. */
const layerOpacity = (kind: LayerKind) => (kind === 'fill' || kind.startsWith('hatch-') ? 'fill-layer-opacity' : 'line-layer-opacity');

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
		: [
				'match',
				['get', 'change'],
				...TRANSITIONS.flatMap((t) => [t, TRANSITION_COLOURS[t]]),
				TRANSITION_COLOURS.onbekend
			]) as unknown as ExpressionSpecification;
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

let mapLibre: Promise<[typeof import('./mapLibre'), string, unknown]> | undefined;

/** Starts fetching MapLibre, its worker and its stylesheet; later calls share the same download. */
export function preloadMapLibre() {
	mapLibre ??= Promise.all([
		import('./mapLibre'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
		// The map's few style rules come with MapLibre, not with the first paint.
		import('./mapLibreBase.css')
	]);
	return mapLibre;
}

export function createMunicipalityMap(
	container: HTMLElement,
	initialInput: MapInput,
	initial: MapView,
	callbacks: MapCallbacks,
	options: MapOptions = {}
): MunicipalityMapController {
	let map: MapLibreMap | undefined;
	let destroyed = false;
	let loaded = false;
	let ready = false;
	let input = initialInput;
	// The years whose sources and layers exist, and whether their features carry the change yet.
	const added = new Map<SurveyYear, { withChange: boolean }>();
	let complete = false;
	let view = initial;
	let shown: MapView | undefined;
	let hovered: { year: SurveyYear; code: string } | null = null;
	// A zoom asked for before the map is ready is applied, without animation, once it is.
	let pendingZoom: [number, number, number, number] | null | undefined;
	callbacks.onState({ kind: 'loading' });

	const setState = (year: SurveyYear, codes: readonly string[], key: string, value: boolean) => {
		if (!added.has(year)) return;
		for (const code of codes) map!.setFeatureState({ source: source(year), id: code }, { [key]: value });
	};

	const emphasisOpacity = (emphasis: MapView['emphasis']): ExpressionSpecification | number => {
		if (emphasis === null) return 1;
		const codes = [...emphasis];
		// An empty 'match' list is invalid, so "nothing emphasised" dims everything directly.
		return codes.length === 0 ? 0.2 : ['match', ['get', 'code'], codes, 1, 0.2];
	};

	/** Shows the view's year (and mode's hatch) and hides the rest: constant paint changes only. */
	function showLayers(years: Iterable<SurveyYear>) {
		for (const year of years) for (const kind of LAYER_KINDS) map!.setPaintProperty(layer(year, kind), layerOpacity(kind), shows(view, year, kind) ? 1 : 0);
	}

	function addYear(year: SurveyYear, data: YearInput) {
		const m = map!;
		const { municipalities, provinces } = features(data.topology, data.status, data.change);
		added.set(year, { withChange: !!data.change });
		m.addSource(source(year), { type: 'geojson', data: municipalities, promoteId: 'code' });
		m.addSource(provinceSource(year), { type: 'geojson', data: provinces });
		// Every layer stays "visible" for good, so MapLibre keeps every year's tiles; which year shows
		// is the layer opacity (see showLayers). A hidden source would drop its tiles and a visibility
		// change would re-tile, each switch.
		const opacity = (kind: LayerKind) => ({ [layerOpacity(kind)]: shows(view, year, kind) ? 1 : 0 });
		m.addLayer({
			id: layer(year, 'fill'),
			type: 'fill',
			source: source(year),
			paint: { 'fill-color': fillColour(view.mode), 'fill-opacity': emphasisOpacity(view.emphasis), ...opacity('fill') }
		});
		for (const kind of HATCH_KINDS) {
			m.addLayer({
				id: layer(year, kind),
				type: 'fill',
				source: source(year),
				filter: ['==', ['get', kind === 'hatch-status' ? 'status' : 'change'], 'onbekend'],
				paint: { 'fill-pattern': 'hatch', 'fill-opacity': emphasisOpacity(view.emphasis), ...opacity(kind) }
			});
		}
		m.addLayer({
			id: layer(year, 'border'),
			type: 'line',
			source: source(year),
			paint: { 'line-color': MUNICIPALITY_BORDER, 'line-width': 0.8, ...opacity('border') }
		});
		m.addLayer({
			id: layer(year, 'province'),
			type: 'line',
			source: provinceSource(year),
			paint: { 'line-color': PROVINCE_BORDER, 'line-width': 1.6, ...opacity('province') }
		});
		m.addLayer({
			id: layer(year, 'hover'),
			type: 'line',
			source: source(year),
			paint: { 'line-color': HOVER_OUTLINE, 'line-width': 2.5, 'line-opacity': byState('hover', 1, 0), ...opacity('hover') }
		});
		m.addLayer({
			id: layer(year, 'selected'),
			type: 'line',
			source: source(year),
			paint: { 'line-color': SELECTION_OUTLINE, 'line-width': 3.5, 'line-opacity': byState('selected', 1, 0), ...opacity('selected') }
		});
		m.addLayer({
			id: layer(year, 'focus'),
			type: 'line',
			source: source(year),
			paint: { 'line-color': FOCUS_OUTLINE, 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': byState('focused', 1, 0), ...opacity('focus') }
		});
		if (shown?.year === year) {
			setState(year, shown.selected, 'selected', true);
			if (shown.focused) setState(year, [shown.focused], 'focused', true);
		}
	}

	function addNewYears() {
		if (!map || !loaded) return;
		for (const year of SURVEY_YEARS) {
			const data = input[year];
			if (!data) continue;
			const state = added.get(year);
			if (!state) addYear(year, data);
			else if (!state.withChange && data.change) {
				// The change arrives with the crosswalk, after the first view: one re-parse of that year.
				(map.getSource(source(year)) as GeoJSONSource).setData(features(data.topology, data.status, data.change).municipalities);
				state.withChange = true;
			}
		}
		becomeReady();
		// For the benchmark: every year is in, with its change, and drawn once.
		if (!complete && added.size === SURVEY_YEARS.length && SURVEY_YEARS.every((y, i) => i === 0 || added.get(y)!.withChange)) {
			complete = true;
			map.once('idle', () => performance.mark('beleidskaart:map-complete'));
		}
	}

	/**
	 * Ready once the first year is drawn (normally the year shown; if the view moved on to a year
	 * still loading, that year shows when it arrives): from then on view changes apply as they come.
	 */
	function becomeReady() {
		if (ready || added.size === 0) return;
		// The initial view first, so that the first tiles built are those of the view that is shown.
		if (pendingZoom !== undefined) fit(pendingZoom, false);
		pendingZoom = undefined;
		map!.once('idle', () => {
			ready = true;
			apply();
			map!.once('idle', () => callbacks.onState({ kind: 'idle' }));
		});
	}

	function apply() {
		if (!map || !ready) return;
		const previous = shown;
		if (!previous || previous.year !== view.year || previous.mode !== view.mode) showLayers(added.keys());
		if (previous) {
			setState(previous.year, previous.selected, 'selected', false);
			if (previous.focused) setState(previous.year, [previous.focused], 'focused', false);
		}
		setState(view.year, view.selected, 'selected', true);
		if (view.focused) setState(view.year, [view.focused], 'focused', true);
		if (previous && previous.mode !== view.mode) {
			for (const year of added.keys()) map.setPaintProperty(layer(year, 'fill'), 'fill-color', fillColour(view.mode));
		}
		// The layers were created for the view's emphasis at the time; only changes are applied.
		if (previous && previous.emphasis !== view.emphasis) {
			const opacity = emphasisOpacity(view.emphasis);
			for (const year of added.keys()) {
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
			map!.addImage('hatch', hatchImage(), { pixelRatio: 1 });
			loaded = true;
			addNewYears();
			// For the benchmark: every time the map has finished rendering.
			map!.on('idle', () => performance.mark('beleidskaart:map-idle'));
		});

		const codeAt = (point: { x: number; y: number }) => {
			if (!added.has(view.year)) return null;
			const hits: MapGeoJSONFeature[] = map!.queryRenderedFeatures([point.x, point.y], { layers: [layer(view.year, 'fill')] });
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
		setInput(next) {
			input = next;
			addNewYears();
		},
		zoomTo(bbox) {
			if (!map || !loaded) pendingZoom = bbox;
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
