/**
 * MapLibre lives here, not in components: the Svelte side hands over a container and gets back a
 * handle and state changes. MapLibre (≈ 450 KB gzipped with its worker) is imported only when a map
 * is actually created, after the page has painted.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { MUNICIPALITY_OBJECT } from '$lib/model/geography';
import { colours, emptyStyle, NETHERLANDS_BOUNDS } from './style';

export type MapState =
	| { kind: 'loading' }
	| { kind: 'idle'; municipalities: number }
	| { kind: 'error'; reason: 'no-webgl' | 'data' | 'other'; message: string };

export interface MunicipalityMapOptions {
	topologyUrl: string;
	onState: (state: MapState) => void;
}

export interface MunicipalityMap {
	destroy(): void;
}

async function loadMunicipalities(url: string): Promise<GeoJSON.FeatureCollection> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const topology = (await response.json()) as Topology;
	const object = topology.objects?.[MUNICIPALITY_OBJECT];
	if (!object) throw new Error(`${url}: no "${MUNICIPALITY_OBJECT}" object`);
	return feature(topology, object) as unknown as GeoJSON.FeatureCollection;
}

export function createMunicipalityMap(container: HTMLElement, options: MunicipalityMapOptions): MunicipalityMap {
	let map: MapLibreMap | undefined;
	let destroyed = false;
	options.onState({ kind: 'loading' });

	(async () => {
		const [maplibre, workerUrl, municipalities] = await Promise.all([
			import('maplibre-gl'),
			import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
			loadMunicipalities(options.topologyUrl).catch((error: Error) => {
				options.onState({ kind: 'error', reason: 'data', message: error.message });
				return undefined;
			})
		]);
		if (destroyed || !municipalities) return;
		maplibre.setWorkerUrl(workerUrl);
		try {
			map = new maplibre.Map({
				container,
				style: emptyStyle,
				bounds: NETHERLANDS_BOUNDS,
				attributionControl: false,
				// The credit line is HTML next to the map; keep the canvas readable for image export later.
				canvasContextAttributes: { preserveDrawingBuffer: true },
				dragRotate: false,
				pitchWithRotate: false,
				touchPitch: false
			});
		} catch (error) {
			const message = (error as Error).message ?? String(error);
			options.onState({ kind: 'error', reason: /webgl/i.test(message) ? 'no-webgl' : 'other', message });
			return;
		}
		map.on('error', (event) => options.onState({ kind: 'error', reason: 'other', message: event.error?.message ?? 'map error' }));
		map.once('load', () => {
			map!.addSource('gemeenten', { type: 'geojson', data: municipalities, promoteId: 'code' });
			map!.addLayer({ id: 'gemeenten-fill', type: 'fill', source: 'gemeenten', paint: { 'fill-color': colours.municipalityFill } });
			map!.addLayer({
				id: 'gemeenten-line',
				type: 'line',
				source: 'gemeenten',
				paint: { 'line-color': colours.municipalityLine, 'line-width': 0.6 }
			});
			map!.once('idle', () => options.onState({ kind: 'idle', municipalities: municipalities.features.length }));
		});
	})().catch((error: Error) => options.onState({ kind: 'error', reason: 'other', message: error.message }));

	return {
		destroy() {
			destroyed = true;
			map?.remove();
		}
	};
}
