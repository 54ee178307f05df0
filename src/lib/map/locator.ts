/** A small locator map: the country's outline with one municipality (or several) filled in. */
import { geoMercator, geoPath } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MUNICIPALITY_OBJECT, type MunicipalityProperties } from '../model/geography';
import { municipalityFeatures } from './geometry';
import { NETHERLANDS_BOUNDS } from './style';

export interface Locator {
	width: number;
	height: number;
	country: string;
	highlight: string;
}

const WIDTH = 240;

export function locatorMap(topology: Topology, codes: readonly string[]): Locator {
	const [w, s, e, n] = NETHERLANDS_BOUNDS;
	const unit = geoMercator().scale(1).translate([0, 0]);
	const [x0, y0] = unit([w, n])!;
	const [x1, y1] = unit([e, s])!;
	const height = Math.round((WIDTH * (y1 - y0)) / (x1 - x0));
	const projection = geoMercator().fitExtent(
		[
			[0, 0],
			[WIDTH, height]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	);
	const path = geoPath(projection).digits(0);
	const object = topology.objects[MUNICIPALITY_OBJECT] as GeometryCollection<MunicipalityProperties>;
	const country = path(merge(topology, object.geometries as never)) ?? '';
	const chosen = municipalityFeatures(topology).features.filter((f) => codes.includes(f.properties.code));
	return { width: WIDTH, height, country, highlight: chosen.map((f) => path(f) ?? '').join(' ') };
}
