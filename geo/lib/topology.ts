import type { Topology, GeometryCollection, GeometryObject as AnyGeometryObject, Polygon, MultiPolygon } from 'topojson-specification';
import type { GeoJsonProperties } from 'geojson';

/** A geometry as found in a parsed topology, whatever its properties. */
export type GeometryObject = AnyGeometryObject<GeoJsonProperties>;

export type Position = [number, number];
export type AreaGeometry = Polygon | MultiPolygon;

/** Arcs in absolute coordinates (undoing quantization and delta encoding). */
export function absoluteArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0], p[1]] as Position));
	const [sx, sy] = t.scale;
	const [tx, ty] = t.translate;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0];
			y += p[1];
			return [x * sx + tx, y * sy + ty] as Position;
		});
	});
}

/** The rings (as lists of signed arc indexes) of a polygonal geometry, flattened. */
export function ringsOf(geometry: GeometryObject): number[][] {
	if (geometry.type === 'Polygon') return geometry.arcs;
	if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
	return [];
}

/** Points of one arc as walked by a ring: a negative index (~i) walks arc i backwards. */
export function arcPoints(arcs: Position[][], index: number): Position[] {
	return index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
}

/** The single GeometryCollection of a topology, found by name. */
export function collection(topology: Topology, name: string): GeometryCollection<GeoJsonProperties> {
	const object = topology.objects[name];
	if (!object || object.type !== 'GeometryCollection') {
		const names = Object.keys(topology.objects).join(', ') || 'none';
		throw new Error(`expected a GeometryCollection named "${name}" (objects found: ${names})`);
	}
	return object;
}

export function isAreaGeometry(geometry: GeometryObject): geometry is Polygon<GeoJsonProperties> | MultiPolygon<GeoJsonProperties> {
	return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}
