/**
 * Areas on the sinusoidal projection, which is equal-area: exact enough for shares and km² at the
 * scale of a municipality, and independent of ring winding (unlike d3-geo's spherical area).
 */
import type { Position } from './topology.ts';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export type PolygonCoords = Position[][];
export type MultiPolygonCoords = Position[][][];

/** Signed area of a ring in km²: positive when counter-clockwise (x east, y north). */
export function signedRingAreaKm2(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const [lon1, lat1] = ring[i];
		const [lon2, lat2] = ring[(i + 1) % n];
		const x1 = lon1 * RAD * Math.cos(lat1 * RAD);
		const x2 = lon2 * RAD * Math.cos(lat2 * RAD);
		sum += x1 * (lat2 * RAD) - x2 * (lat1 * RAD);
	}
	return (sum / 2) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

/** Area of a polygon in km²: its outer ring minus its holes, whatever their winding. */
export function polygonAreaKm2(polygon: PolygonCoords): number {
	return polygon.reduce((area, ring, i) => area + (i === 0 ? 1 : -1) * Math.abs(signedRingAreaKm2(ring)), 0);
}

export function multiPolygonAreaKm2(multi: MultiPolygonCoords): number {
	return multi.reduce((area, polygon) => area + polygonAreaKm2(polygon), 0);
}

/** Total length in km of all rings (outer and holes), on the same projection. */
export function multiPolygonPerimeterKm(multi: MultiPolygonCoords): number {
	let length = 0;
	for (const polygon of multi)
		for (const ring of polygon)
			for (let i = 1; i < ring.length; i++) {
				const [lon1, lat1] = ring[i - 1];
				const [lon2, lat2] = ring[i];
				const dx = (lon2 - lon1) * RAD * Math.cos(((lat1 + lat2) / 2) * RAD);
				const dy = (lat2 - lat1) * RAD;
				length += Math.hypot(dx, dy) * EARTH_RADIUS_KM;
			}
	return length;
}
