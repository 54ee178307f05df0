/**
 * MapLibre inside MapView.svelte: asked for once (`start`), loaded then, created on its container
 * with the data drawn so far, kept in step with the view, and removed with the element.
 *
 * MapLibre (≈ 380 KB gzipped, and seconds of a phone's main thread to parse and build) is started only
 * when the reader first asks for what only it gives: a mouse over the map (a wheel or drag may
 * follow), a pinch, a zoom button or key. A phone that only reads and taps never pays for it; an
 * embed fixed in place never loads it.
 */
import { untrack } from 'svelte';
import { m } from '$lib/i18n';
import type { Box, MapInput } from '$lib/model/mapViewModel';
import type { MunicipalityCode } from '$lib/model/geography';
import type { PlaceLabel } from '$lib/model/placeNames';
import { mark } from '$lib/perfMarks';
import type { MapCallbacks, MapState, MapView, MunicipalityMapController } from './municipalityMap';

/** What the host reads from its component, lazily, so each effect follows only what it reads. */
export interface MapLibreHostSource {
	input: () => MapInput | null;
	view: () => MapView;
	zoomTarget: () => Box | null;
	labels: () => readonly PlaceLabel[] | null;
	fixed: () => boolean;
	onHover: MapCallbacks['onHover'];
	onClick: MapCallbacks['onClick'];
	/** The reader moved the camera: a gesture, a zoom button or key, or back to the whole country. */
	onReaderMove: MapCallbacks['onReaderMove'];
}

export class MapLibreHost {
	/** MapLibre's state once asked for. */
	state = $state<MapState>({ kind: 'loading' });
	/** Whether the reader has asked for MapLibre. */
	started = $state(false);
	/** A zoom asked for before MapLibre was ready: applied once it is. */
	pendingZoom = $state(0);
	// Not reactive: the zoom buttons and keys reach the map through it once it exists.
	private controller: MunicipalityMapController | undefined;

	constructor(private readonly source: MapLibreHostSource) {}

	/** Asks for MapLibre (once); `zoom` is applied as soon as it draws. A fixed map never asks. */
	start(zoom = 0) {
		if (this.source.fixed()) return;
		if (zoom) this.source.onReaderMove();
		if (this.controller && this.state.kind === 'idle') {
			if (zoom) this.controller.zoomBy(zoom);
			return;
		}
		this.pendingZoom += zoom;
		this.started = true;
	}

	/** Back to the whole country. */
	reset() {
		this.source.onReaderMove();
		this.controller?.zoomTo(null);
	}

	/** An attachment for MapLibre's container: its lifecycle is the element's. */
	attach = (container: HTMLElement) => {
		let destroyed = false;
		$effect(() => {
			const input = this.source.input();
			if (!input || !this.started) return;
			if (this.controller) return this.controller.setInput(input);
			// The map module (and through it MapLibre) is loaded only once there is something to draw.
			void import('./municipalityMap')
				.then(({ createMunicipalityMap }) => {
					if (!destroyed && !this.controller) this.create(container, createMunicipalityMap);
				})
				.catch((error: Error) => {
					// The map's code could not be loaded (offline, blocked): the SVG map stays, as without WebGL.
					this.state = { kind: 'error', reason: 'other', message: error.message };
				});
		});
		$effect(() => {
			const next = this.source.view();
			if (!this.controller) return;
			this.controller.update(next);
			mark('mapUpdated');
		});
		// A new target is a new zoom; the same one read again is none (the effect runs again whenever
		// the props it comes through are rebuilt, and the reader may have moved the map since).
		let zoomed: Box | null | undefined;
		$effect(() => {
			const target = this.source.zoomTarget();
			if (target === zoomed) return;
			zoomed = target;
			this.controller?.zoomTo(target);
		});
		$effect(() => {
			const next = this.source.labels();
			if (next) this.controller?.setLabels(next);
		});
		return () => {
			destroyed = true;
			this.controller?.destroy();
			this.controller = undefined;
		};
	};

	private create(container: HTMLElement, createMunicipalityMap: typeof import('./municipalityMap').createMunicipalityMap) {
		const { source } = this;
		const callbacks: MapCallbacks = {
			onState: (state) => {
				this.state = state;
				if (state.kind === 'idle' && this.pendingZoom) {
					this.controller?.zoomBy(this.pendingZoom);
					this.pendingZoom = 0;
				}
			},
			onHover: source.onHover,
			onClick: (code: MunicipalityCode | null) => source.onClick(code),
			onReaderMove: () => source.onReaderMove()
		};
		const gestureHelp = { windows: m.map_gesture_windows(), mac: m.map_gesture_mac(), mobile: m.map_gesture_mobile() };
		untrack(() => {
			this.controller = createMunicipalityMap(container, source.input()!, source.view(), callbacks, { fixed: source.fixed(), gestureHelp });
			this.controller.zoomTo(source.zoomTarget());
			this.controller.setLabels(source.labels() ?? []);
		});
	}
}
