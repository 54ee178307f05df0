/**
 * MapLibre lives here, not in components: the Svelte side hands over a container and data and gets
 * back a controller. This module owns the map's lifecycle, camera and pointer; what the map holds for
 * a view is the layer plan (layerPlan.ts), changed only by the operations of its diff (layerDiff.ts).
 * MapLibre itself (≈ 380 KB gzipped with its worker) is imported only when a map is created: when
 * the reader first asks for a zoom or pan (MapView.svelte).
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../model/geography';
import { hatchTile } from '../model/choroplethStyle';
import type { Box, MapInput, YearInput } from '../model/mapViewModel';
import { mark, REPAINT_EVENT } from '../perfMarks';
import { whenIdle } from '../whenIdle';
import { nextTask } from '../nextTask';
import { municipalityFeatures, provinceBorders } from './geometry';
import { diffFeatureFlags, diffPlans, drawableAtOnce, type FeatureFlags } from './layerDiff';
import { HATCH_IMAGE, layerId, layerPlan, municipalitySource, type LayerPlan, type PlanView, type SourceSpec } from './layerPlan';
import { applyOperations } from './mapOperations';
import { placeLabelLayer, type PlaceLabelLayer } from './placeLabelLayer';
import { preloadMapLibre } from './preload';
import type { PlaceLabel } from '../model/placeNames';
import { countryFrame } from './countryFrame';
import { NETHERLANDS_BOUNDS } from './style';
import { mapLibreOptions, type MapOptions } from './mapLibreOptions';

export type MapState = { kind: 'loading' } | { kind: 'idle' } | { kind: 'error'; reason: 'no-webgl' | 'context-lost' | 'other'; message: string };

export interface MapView extends PlanView {
	/** Municipalities of `year` to outline as the selection (one, or the predecessors/successors). */
	selected: MunicipalityCode[];
	/** The municipality the keyboard is on. */
	focused: MunicipalityCode | null;
}

export interface MapCallbacks {
	onState(state: MapState): void;
	onHover(code: MunicipalityCode | null, point: { x: number; y: number } | null): void;
	onClick(code: MunicipalityCode | null): void;
	/** The reader moved the camera with a gesture (drag, wheel, pinch, double tap), not the page. */
	onReaderMove(): void;
}

export interface MunicipalityMapController {
	update(view: MapView): void;
	/** Adds the years that are new in `input` (and a year's change once it is known). */
	setInput(input: MapInput): void;
	/** Place names for orientation, most important first. */
	setLabels(labels: readonly PlaceLabel[]): void;
	/** Zoom to a [west, south, east, north] box, or back to the whole country. */
	zoomTo(bbox: Box | null): void;
	zoomBy(delta: number): void;
	destroy(): void;
}

/** Each year's features carry their status and change, so colours never need a re-upload. */
function municipalityData({ topology, status, change }: YearInput) {
	const collection = municipalityFeatures(topology);
	for (const f of collection.features) {
		const props = f.properties as { code: string; status?: string; change?: string };
		props.status = status.get(props.code) ?? 'onbekend';
		props.change = change?.classes.get(props.code) ?? 'onbekend';
	}
	return collection;
}

export function createMunicipalityMap(
	container: HTMLElement,
	initialInput: MapInput,
	initialView: MapView,
	callbacks: MapCallbacks,
	options: MapOptions = {}
): MunicipalityMapController {
	let map: MapLibreMap | undefined;
	let destroyed = false;
	let loaded = false;
	let readying = false;
	let ready = false;
	let complete = false;
	let input = initialInput;
	let view = initialView;
	// What the map holds now: the plan last applied, and the feature flags set on which sources.
	let plan: LayerPlan | null = null;
	let flags: { flags: FeatureFlags | null; sources: ReadonlySet<string> } = { flags: null, sources: new Set() };
	let hovered: { year: SurveyYear; code: string } | null = null;
	let contextLost = false;
	let labels: PlaceLabelLayer | undefined;
	let pendingLabels: readonly PlaceLabel[] = [];
	// The camera asked for before the first year is drawn; applied, without animation, once it is.
	let initialCamera: Box | null = null;
	callbacks.onState({ kind: 'loading' });

	const sourceData = (source: SourceSpec) =>
		source.kind === 'municipalities' ? municipalityData(input[source.year]!) : provinceBorders(input[source.year]!.topology);

	/** Brings the map to the current view and input: the diff of the plans, nothing more. */
	function sync() {
		// Without a WebGL context MapLibre holds no style: changes wait for the context to come back.
		if (!map || !loaded || contextLost) return;
		const loadedYears = yearsLoaded();
		const next = layerPlan(view, loadedYears);
		const sources = new Set(next.sources.map((s) => s.id));
		const nextFlags = { flags: { year: view.year, selected: view.selected, focused: view.focused }, sources };
		const operations = [...diffPlans(plan, next), ...diffFeatureFlags(flags, nextFlags)];
		applyOperations(map, operations, sourceData);
		plan = next;
		flags = nextFlags;
		if (ready && drawableAtOnce(operations)) drawNow(map);
		if (next.sources.length && !readying) becomeReady();
		// Every year in (the change comes only once the change view is asked for: mapApp).
		if (!complete && loadedYears.length === SURVEY_YEARS.length) {
			complete = true;
			map.once('idle', () => void drawHiddenYearsOnce().then(() => mark('mapComplete')));
		}
	}

	/**
	 * A year switch or selection is drawn in the task that asked for it, so the map changes in the
	 * same frame as the legend and the panel. Left to itself MapLibre needs two frames for any style
	 * change: the first render's style event marks the style dirty again, and the second frame waits
	 * for the first one's rasterising. That second render changes nothing on screen and ends with
	 * 'idle': it runs in the next task, so the click's task holds one render, not two (a frame of
	 * MapLibre's own that comes first does it instead).
	 */
	function drawNow(m: MapLibreMap) {
		m.redraw();
		if (m.loaded()) return;
		void nextTask().then(() => {
			if (!destroyed && !contextLost && !m.loaded()) m.redraw();
		});
	}

	const yearsLoaded = () => SURVEY_YEARS.filter((y) => input[y]).map((year) => ({ year, changeSince: input[year]!.change?.since ?? null }));

	/**
	 * The first draw of a year costs about twice a later one (its buffers and vertex arrays are set up
	 * then, and the code paths warmed): 2025→2017, the first switch, took 34 ms of main thread against
	 * 17 for a year drawn before. So once every year is in, each year not in view is drawn once, each
	 * in a task of its own while the reader does nothing: shown, drawn, hidden again and drawn, all in
	 * one task, so no frame ever shows it.
	 */
	async function drawHiddenYearsOnce() {
		for (const year of SURVEY_YEARS) {
			await new Promise<void>((resolve) => whenIdle(resolve, { timeoutMs: 1000 }));
			const m = map;
			if (!m || !ready || contextLost || !plan || year === view.year) continue;
			const shown = layerPlan({ ...view, year }, yearsLoaded());
			const there = diffPlans(plan, shown);
			if (!drawableAtOnce(there)) continue;
			applyOperations(m, there, sourceData);
			m.redraw();
			applyOperations(m, diffPlans(shown, plan), sourceData);
			drawNow(m);
		}
	}

	/** Ready once the first year is drawn: from then on the pointer works and the map is shown. */
	function becomeReady() {
		readying = true;
		fit(initialCamera, false);
		map!.once('idle', () => {
			ready = true;
			callbacks.onState({ kind: 'idle' });
		});
	}

	function fit(bbox: Box | null, animate: boolean) {
		const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
		// Room around a region or selection, less on a phone, where every pixel of the map counts.
		const { clientWidth, clientHeight } = map!.getContainer();
		const padding = bbox ? Math.min(60, Math.round(Math.min(clientWidth, clientHeight) * 0.06)) : 0;
		map!.fitBounds(bbox ?? NETHERLANDS_BOUNDS, { padding, maxZoom: 10, duration: animate && !reduce ? 600 : 0 });
	}

	const codeAt = (point: { x: number; y: number }) => {
		if (!plan?.sources.some((s) => s.year === view.year)) return null;
		const hits: MapGeoJSONFeature[] = map!.queryRenderedFeatures([point.x, point.y], { layers: [layerId(view.year, 'fill')] });
		return (hits[0]?.properties?.code as MunicipalityCode | undefined) ?? null;
	};

	function setHover(next: { year: SurveyYear; code: string } | null) {
		if (hovered && (hovered.code !== next?.code || hovered.year !== next?.year))
			map!.setFeatureState({ source: municipalitySource(hovered.year), id: hovered.code }, { hover: false });
		hovered = next;
		if (next) map!.setFeatureState({ source: municipalitySource(next.year), id: next.code }, { hover: true });
	}

	const repaint = () => map?.triggerRepaint();

	function listen(m: MapLibreMap) {
		const canvas = m.getCanvas();
		canvas.setAttribute('tabindex', '-1');
		canvas.setAttribute('aria-hidden', 'true');
		// MapLibre rebuilds its style from a snapshot of the moment the context was lost, without
		// feature state: then what changed meanwhile, and the outlines, are applied again.
		m.on('webglcontextlost', () => {
			contextLost = true;
			callbacks.onState({ kind: 'error', reason: 'context-lost', message: 'WebGL context lost' });
		});
		m.on('webglcontextrestored', () => {
			// The snapshot style loads asynchronously: until the map is idle again its sources may not
			// exist yet, and a change that arrived meanwhile (setData) would find none.
			m.once('idle', () => {
				contextLost = false;
				flags = { flags: null, sources: new Set() };
				hovered = null;
				sync();
				callbacks.onState({ kind: 'idle' });
			});
		});
		m.on('error', (event) => callbacks.onState({ kind: 'error', reason: 'other', message: event.error?.message ?? 'map error' }));
		// The whole country is the farthest one can zoom out, and no drag takes it out of the frame, at
		// any size of the frame.
		const keepCountry = () => {
			const { clientWidth, clientHeight } = m.getContainer();
			m.setMinZoom(null);
			m.setMaxBounds(null);
			m.setMinZoom(m.cameraForBounds(NETHERLANDS_BOUNDS)?.zoom ?? null);
			m.setMaxBounds(countryFrame(NETHERLANDS_BOUNDS, clientWidth, clientHeight));
		};
		keepCountry();
		m.on('resize', keepCountry);
		labels = placeLabelLayer(m);
		labels.setLabels(pendingLabels);
		m.once('load', () => {
			m.addImage(HATCH_IMAGE, hatchTile(), { pixelRatio: 1 });
			loaded = true;
			sync();
			m.on('idle', () => mark('mapIdle'));
		});
		// The benchmark's redraw floor: a repaint of the same view, timed to the next idle (bench/measure.ts).
		container.addEventListener(REPAINT_EVENT, repaint);
		m.on('mousemove', (event) => {
			if (!ready) return;
			const code = codeAt(event.point);
			setHover(code ? { year: view.year, code } : null);
			m.getCanvas().style.cursor = code ? 'pointer' : '';
			callbacks.onHover(code, code ? event.point : null);
		});
		m.on('mouseout', () => {
			setHover(null);
			callbacks.onHover(null, null);
		});
		m.on('click', (event) => {
			if (ready) callbacks.onClick(codeAt(event.point));
		});
		// Only a reader's gesture carries the DOM event that began it; the page's own fits do not.
		m.on('movestart', (event) => {
			if (event.originalEvent) callbacks.onReaderMove();
		});
	}

	(async () => {
		const [maplibre, workerUrl] = await preloadMapLibre();
		if (destroyed) return;
		maplibre.setWorkerUrl(workerUrl);
		try {
			map = new maplibre.Map(mapLibreOptions(container, options));
		} catch (error) {
			const message = (error as Error)?.message ?? String(error);
			callbacks.onState({ kind: 'error', reason: /webgl/i.test(message) ? 'no-webgl' : 'other', message });
			return;
		}
		// For debugging in development only: the map instance on window.
		if (import.meta.env.DEV) (globalThis as unknown as { __beleidskaartMap: MapLibreMap }).__beleidskaartMap = map;
		listen(map);
	})().catch((error: Error) => callbacks.onState({ kind: 'error', reason: 'other', message: error.message }));

	return {
		update(next) {
			view = next;
			sync();
		},
		setInput(next) {
			input = next;
			sync();
		},
		setLabels(next) {
			pendingLabels = next;
			labels?.setLabels(next);
		},
		zoomTo(bbox) {
			if (readying) fit(bbox, ready);
			else initialCamera = bbox;
		},
		zoomBy(delta) {
			map?.zoomTo(map.getZoom() + delta, { duration: 0 });
		},
		destroy() {
			destroyed = true;
			container.removeEventListener(REPAINT_EVENT, repaint);
			labels?.remove();
			map?.remove();
		}
	};
}
