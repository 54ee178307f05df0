import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Position } from './topology.ts';
import { collection } from './topology.ts';
import { multiPolygonAreaKm2, type MultiPolygonCoords } from './area.ts';

/** A municipality or province as plain coordinates, for measuring and overlaying. */
export interface AreaFeature {
	code: string;
	name: string;
	/** Always a MultiPolygon, so callers need one code path. */
	polygons: MultiPolygonCoords;
	bbox: [number, number, number, number];
	areaKm2: number;
}

/** Reads a validated source layer (properties statcode, statnaam) as AreaFeatures. */
export function areaFeatures(topology: Topology, objectName: string): AreaFeature[] {
	const fc = feature(topology, collection(topology, objectName));
	return fc.features.map((f) => {
		const props = f.properties as { statcode: string; statnaam: string };
		const geometry = f.geometry;
		const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry as GeoJSON.MultiPolygon).coordinates) as MultiPolygonCoords;
		return {
			code: props.statcode.trim(),
			name: props.statnaam.trim(),
			polygons,
			bbox: bounds(polygons),
			areaKm2: multiPolygonAreaKm2(polygons)
		};
	});
}

export function bounds(polygons: MultiPolygonCoords): [number, number, number, number] {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	for (const polygon of polygons)
		for (const [x, y] of polygon[0]) {
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		}
	return [w, s, e, n];
}

export function bboxesOverlap(a: AreaFeature['bbox'], b: AreaFeature['bbox']): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Area-weighted centroid of the outer rings minus holes, in degrees. Planar in lon/lat: over the
 * width of one municipality the distortion is far below what a marker or label position needs.
 */
export function centroid(polygons: MultiPolygonCoords): Position {
	let a = 0,
		cx = 0,
		cy = 0;
	for (const polygon of polygons) {
		polygon.forEach((ring, r) => {
			let ra = 0,
				rx = 0,
				ry = 0;
			for (let i = 0, n = ring.length; i < n; i++) {
				const [x1, y1] = ring[i];
				const [x2, y2] = ring[(i + 1) % n];
				const cross = x1 * y2 - x2 * y1;
				ra += cross;
				rx += (x1 + x2) * cross;
				ry += (y1 + y2) * cross;
			}
			// Outer rings add, holes subtract, whatever their winding.
			const sign = (r === 0 ? 1 : -1) * Math.sign(ra);
			a += sign * ra;
			cx += sign * rx;
			cy += sign * ry;
		});
	}
	return [cx / (3 * a), cy / (3 * a)];
}
