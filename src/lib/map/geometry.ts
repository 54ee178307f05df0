/** Features and province borders from a year's web topology, for both MapLibre and the SVG map. */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MUNICIPALITY_OBJECT, type MunicipalityProperties } from '../model/geography';

function municipalitiesObject(topology: Topology): GeometryCollection<MunicipalityProperties> {
	return topology.objects[MUNICIPALITY_OBJECT] as GeometryCollection<MunicipalityProperties>;
}

export function municipalityFeatures(topology: Topology): GeoJSON.FeatureCollection<GeoJSON.Geometry, MunicipalityProperties> {
	return feature(topology, municipalitiesObject(topology)) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, MunicipalityProperties>;
}

/** Borders between municipalities of different provinces: province borders that line up exactly. */
export function provinceBorders(topology: Topology): GeoJSON.MultiLineString {
	const provinceOf = (g: { properties?: object }) => (g.properties as MunicipalityProperties | undefined)?.provincie;
	return mesh(topology, municipalitiesObject(topology), (a, b) => a !== b && provinceOf(a) !== provinceOf(b));
}
