import { neighbors } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { MUNICIPALITY_OBJECT, type MunicipalityCode, type MunicipalityIndexEntry, type MunicipalityProperties } from '../../src/lib/model/geography.ts';
import { signedRingAreaKm2 } from './area.ts';
import { centroid, type AreaFeature } from './features.ts';
import { absoluteArcs, collection, type Position } from './topology.ts';
import { walkRing } from './simplify.ts';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Rewinds a ring (a list of signed arc indexes) so that outer rings run clockwise and holes
 * counter-clockwise: d3-geo, which draws the prerendered SVG map, reads winding on the sphere and
 * would otherwise fill the whole globe outside a municipality. MapLibre accepts either.
 */
function wound(arcs: Position[][], ring: number[], outer: boolean): number[] {
	const clockwise = signedRingAreaKm2(walkRing(arcs, ring)) < 0;
	return clockwise === outer
		? ring
		: ring
				.slice()
				.reverse()
				.map((i) => ~i);
}

/**
 * The web topology of one year: absolute coordinates, one object `gemeenten` whose geometries carry
 * the GM code as id and the contract's properties, and d3 winding. Arcs are the source's, so
 * neighbours still share them.
 */
export function webTopology(source: Topology, objectName: string, provinceOf: ReadonlyMap<string, string>): Topology {
	const arcs = absoluteArcs(source);
	const geometries = collection(source, objectName).geometries.map((geometry): GeometryObject => {
		const props = geometry.properties as { statcode: string; statnaam: string };
		const code = props.statcode.trim() as MunicipalityCode;
		const properties: MunicipalityProperties = { code, naam: props.statnaam.trim(), provincie: provinceOf.get(code)! };
		const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : (geometry as { arcs: number[][][] }).arcs;
		const rewound = polygons.map((rings) => rings.map((ring, r) => wound(arcs, ring, r === 0)));
		return geometry.type === 'Polygon'
			? { type: 'Polygon', id: code, arcs: rewound[0], properties }
			: { type: 'MultiPolygon', id: code, arcs: rewound, properties };
	});
	return {
		type: 'Topology',
		arcs: arcs as unknown as Topology['arcs'],
		objects: { [MUNICIPALITY_OBJECT]: { type: 'GeometryCollection', geometries } }
	};
}

/**
 * The municipality index: measurements from the source geometry (most precise), neighbours from
 * shared arcs of the topology (simplification keeps arcs, so they are the same before and after).
 */
export function municipalityIndex(topology: Topology, features: readonly AreaFeature[]): MunicipalityIndexEntry[] {
	const geometries = collection(topology, MUNICIPALITY_OBJECT).geometries;
	const adjacency = neighbors(geometries as never);
	const byCode = new Map(features.map((f) => [f.code, f]));
	return geometries
		.map((geometry, i) => {
			const props = geometry.properties as MunicipalityProperties;
			const feature = byCode.get(props.code)!;
			const [cx, cy] = centroid(feature.polygons);
			return {
				code: props.code,
				naam: props.naam,
				provincie: props.provincie,
				centroid: [round(cx, 4), round(cy, 4)] as [number, number],
				bbox: feature.bbox.map((v) => round(v, 4)) as MunicipalityIndexEntry['bbox'],
				areaKm2: round(feature.areaKm2, 2),
				neighbours: adjacency[i].map((j) => (geometries[j].properties as MunicipalityProperties).code).sort()
			};
		})
		.sort((a, b) => a.code.localeCompare(b.code));
}
