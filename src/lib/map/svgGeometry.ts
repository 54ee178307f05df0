/**
 * Geometry for the SVG map, shared by the prerendered HTML (no JavaScript) and the interactive SVG
 * used before MapLibre is ready or without WebGL. Framed like the MapLibre view: both fit
 * NETHERLANDS_BOUNDS in Web Mercator, centred, so the two line up when MapLibre takes over.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { MunicipalityCode } from '../model/geography';
import { municipalityFeatures, provinceBorders } from './geometry';
import { NETHERLANDS_BOUNDS } from './style';

export const SVG_WIDTH = 1000;

function boundsProjection(): { projection: GeoProjection; height: number } {
	const [w, s, e, n] = NETHERLANDS_BOUNDS;
	const unit = geoMercator().scale(1).translate([0, 0]);
	const [x0, y0] = unit([w, n])!;
	const [x1, y1] = unit([e, s])!;
	const height = Math.round((SVG_WIDTH * (y1 - y0)) / (x1 - x0));
	const projection = geoMercator().fitExtent(
		[
			[0, 0],
			[SVG_WIDTH, height]
		],
		{ type: 'MultiPoint', coordinates: [[w, s], [e, n]] }
	);
	return { projection, height };
}

export interface SvgMunicipality {
	code: MunicipalityCode;
	naam: string;
	provincie: string;
	d: string;
}

export interface SvgGeometry {
	width: number;
	height: number;
	municipalities: SvgMunicipality[];
	/** Borders between provinces (drawn on top). */
	provinces: string;
	/** The SVG viewBox that shows a [west, south, east, north] box with some room around it. */
	viewBoxFor: (bbox: [number, number, number, number]) => string;
}

/**
 * `digits`: decimals of the path coordinates (in a 1000-unit-wide viewBox). The prerendered map, which
 * cannot zoom, needs none; the interactive one zooms into the viewBox and keeps one.
 */
export function svgGeometry(topology: Topology, digits = 1): SvgGeometry {
	const { projection, height } = boundsProjection();
	const path = geoPath(projection).digits(digits);
	const municipalities = municipalityFeatures(topology).features.map((f) => ({
		code: f.properties.code,
		naam: f.properties.naam,
		provincie: f.properties.provincie,
		d: path(f) ?? ''
	}));
	const provinces = path(provinceBorders(topology)) ?? '';
	const viewBoxFor = ([w, s, e, n]: [number, number, number, number]) => {
		const [x0, y0] = projection([w, n])!;
		const [x1, y1] = projection([e, s])!;
		const pad = Math.max(x1 - x0, y1 - y0) * 0.25 + 20;
		return `${x0 - pad} ${y0 - pad} ${x1 - x0 + 2 * pad} ${y1 - y0 + 2 * pad}`;
	};
	return { width: SVG_WIDTH, height, municipalities, provinces, viewBoxFor };
}
