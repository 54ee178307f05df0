/**
 * GeoJSON as RFC 7946 wants it (section 3.1.6): outer rings counter-clockwise, holes clockwise; and
 * coordinates rounded to the precision the data holds (the topology's quantisation step), so the file
 * carries no float noise such as 53.120999999999995.
 */
import type { Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Decimals that keep every quantised coordinate exact: a step of 0.0005° needs 4. */
export function decimalsOf(topology: Pick<Topology, 'transform'>): number {
	const step = Math.min(...(topology.transform?.scale ?? [1e-6, 1e-6]));
	let digits = 0;
	while (digits < 10 && Math.abs(Math.round(step * 10 ** digits) - step * 10 ** digits) > 1e-9) digits++;
	return digits;
}

/** Twice the signed area of a ring in lon/lat: positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return sum;
}

function polygon(rings: Position[][], digits: number): Position[][] {
	const factor = 10 ** digits;
	return rings.map((ring, i) => {
		const rounded = ring.map(([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor]);
		const counterClockwise = signedArea(rounded) > 0;
		// The outer ring (the first) counter-clockwise, holes clockwise.
		return (i === 0) === counterClockwise ? rounded : rounded.reverse();
	});
}

export function rfc7946(geometry: Geometry, digits: number): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: polygon(geometry.coordinates, digits) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => polygon(p, digits)) };
		default:
			throw new Error(`Only (multi)polygons are published as municipality geometry, not ${geometry.type}`);
	}
}
