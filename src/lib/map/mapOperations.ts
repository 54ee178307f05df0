/**
 * Runs layer-diff operations on a MapLibre map. The only module that turns the plan into MapLibre
 * calls; what to do is decided in layerPlan.ts and layerDiff.ts.
 */
import type { AddLayerObject, GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MapOperation } from './layerDiff';
import type { SourceSpec } from './layerPlan';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/** The GeoJSON of a planned source (built from the year's topology, status and change). */
export type SourceData = (source: SourceSpec) => GeoJSONSourceSpecification['data'];

export function applyOperations(map: MapLibreMap, operations: readonly MapOperation[], data: SourceData): void {
	for (const operation of operations) {
		switch (operation.op) {
			case 'addSource':
				map.addSource(operation.source.id, {
					type: 'geojson',
					data: data(operation.source),
					// Feature-state (hover, selection, focus) is keyed by the CBS code.
					...(operation.source.kind === 'municipalities' ? { promoteId: 'code' } : {})
				});
				break;
			case 'setData':
				(map.getSource(operation.source.id) as GeoJSONSource).setData(data(operation.source));
				break;
			case 'addLayer':
				map.addLayer(operation.layer as AddLayerObject);
				break;
			case 'removeLayer':
				map.removeLayer(operation.id);
				break;
			case 'setPaint':
				// The plan's paint is generic data; MapLibre validates each property and value itself.
				map.setPaintProperty(operation.layer, operation.property as PaintName, operation.value as PaintValue);
				break;
			case 'setFilter':
				map.setFilter(operation.layer, operation.filter ?? null);
				break;
			case 'setFeatureState':
				map.setFeatureState({ source: operation.source, id: operation.id }, operation.state);
				break;
		}
	}
}
