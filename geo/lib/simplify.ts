/**
 * Simplification and quantization of a municipality topology to a byte budget. Working on the
 * topology (not on each polygon) is what keeps neighbours' borders identical: a shared border is one
 * arc, simplified once, and arc endpoints (where three municipalities meet) are never removed.
 */
import { gzipSync } from 'node:zlib';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { arcPoints, ringsOf, type Position } from './topology.ts';

// Metres per degree at the Netherlands' mean latitude (52.2°N): enough for weights and distances.
const M_PER_DEG_LAT = 111_250;
const M_PER_DEG_LON = 111_320 * Math.cos((52.2 * Math.PI) / 180);

/** Visvalingam weight: the area (m²) of the triangle a point makes with its neighbours. */
function triangleAreaM2(triangle: number[][]): number {
	const [a, b, c] = triangle;
	return Math.abs(((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) * M_PER_DEG_LON * M_PER_DEG_LAT) / 2;
}

/**
 * Candidate levels (minimum triangle area in m², coarser each step). Level 0 keeps every point; the
 * pipeline takes the first level whose gzipped file fits the budget and whose points move at most
 * MAX_DISPLACEMENT_M.
 */
export const SIMPLIFY_LEVELS_M2 = [0, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000];

/** Quantization grid: 1/2 of the 0.001° source grid, so rounding moves a point at most ~20 m. */
export const GRID_DEG = 0.0005;

export interface SimplifyResult {
	topology: Topology;
	level: number;
	gzipBytes: number;
	pointsBefore: number;
	pointsAfter: number;
	/** Largest distance (m) from a removed point to the simplified border. */
	maxDisplacementM: number;
}

/**
 * Keeps rings from collapsing: a ring made of one or two arcs (an island, an enclave) would become a
 * line or a point if its interior points all went, and the municipality (or an island of it) would
 * vanish. Such arcs keep their two (or one) most significant interior points at any level.
 */
function protectSmallRings(topology: Topology, arcs: number[][][]): void {
	const geometries = Object.values(topology.objects).flatMap((o) => (o.type === 'GeometryCollection' ? o.geometries : [o]));
	for (const geometry of geometries) {
		for (const ring of ringsOf(geometry)) {
			if (ring.length > 2) continue;
			const keep = ring.length === 1 ? 2 : 1;
			for (const index of ring) {
				const arc = arcs[index >= 0 ? index : ~index];
				arc
					.slice(1, -1)
					.sort((p, q) => q[2] - p[2])
					.slice(0, keep)
					.forEach((p) => (p[2] = Infinity));
			}
		}
	}
}

function distanceToSegmentM(p: number[], a: number[], b: number[]): number {
	const [px, py] = [p[0] * M_PER_DEG_LON, p[1] * M_PER_DEG_LAT];
	const [ax, ay] = [a[0] * M_PER_DEG_LON, a[1] * M_PER_DEG_LAT];
	const [bx, by] = [b[0] * M_PER_DEG_LON, b[1] * M_PER_DEG_LAT];
	const dx = bx - ax,
		dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Largest distance of a dropped point from the segment that now replaces it. */
function maxDisplacement(weighted: number[][][], minWeight: number): number {
	let max = 0;
	for (const arc of weighted) {
		let lastKept = 0;
		for (let i = 1; i < arc.length; i++) {
			if (arc[i][2] < minWeight) continue;
			for (let j = lastKept + 1; j < i; j++) max = Math.max(max, distanceToSegmentM(arc[j], arc[lastKept], arc[i]));
			lastKept = i;
		}
	}
	return max;
}

function countPoints(topology: Topology): number {
	return topology.arcs.reduce((n, arc) => n + arc.length, 0);
}

export function gzipSize(text: string): number {
	return gzipSync(text, { level: 9 }).length;
}

/** Simplifies an absolute-coordinate topology at one level and quantizes it to GRID_DEG. */
export function simplifyAt(topology: Topology, minWeight: number): { topology: Topology; displacementM: number } {
	const weighted = presimplify(topology as Parameters<typeof presimplify>[0], triangleAreaM2 as never);
	const arcs = weighted.arcs as unknown as number[][][];
	protectSmallRings(weighted, arcs);
	const simplified = simplify(weighted, minWeight);
	// Snap the origin to the grid so points already on the source's 0.001° grid are not moved.
	const points = simplified.arcs.flat();
	const snap = (v: number) => Math.floor(Math.round((v / GRID_DEG) * 1e6) / 1e6) * GRID_DEG;
	const [x0, y0] = [snap(Math.min(...points.map((p) => p[0]))), snap(Math.min(...points.map((p) => p[1])))];
	const quantized = quantize(simplified, { scale: [GRID_DEG, GRID_DEG], translate: [x0, y0] });
	// Half a grid step in either direction, combined.
	const roundingM = Math.hypot((GRID_DEG / 2) * M_PER_DEG_LON, (GRID_DEG / 2) * M_PER_DEG_LAT);
	return { topology: quantized, displacementM: maxDisplacement(arcs, minWeight) + roundingM };
}

export interface BudgetOptions {
	budgetGzipBytes: number;
	maxDisplacementM: number;
	serialize: (topology: Topology) => string;
	label: string;
}

/**
 * The least simplified level that fits the byte budget. Fails, saying how close it got, when no level
 * fits without moving borders more than allowed.
 */
export function simplifyToBudget(topology: Topology, options: BudgetOptions): SimplifyResult {
	const pointsBefore = countPoints(topology);
	const tried: string[] = [];
	for (const level of SIMPLIFY_LEVELS_M2) {
		const { topology: result, displacementM } = simplifyAt(topology, level);
		if (displacementM > options.maxDisplacementM) {
			tried.push(`level ${level} m² moves borders up to ${displacementM.toFixed(0)} m`);
			break;
		}
		const gzipBytes = gzipSize(options.serialize(result));
		if (gzipBytes <= options.budgetGzipBytes) {
			return { topology: result, level, gzipBytes, pointsBefore, pointsAfter: countPoints(result), maxDisplacementM: displacementM };
		}
		tried.push(`level ${level} m²: ${gzipBytes} bytes gzipped`);
	}
	throw new Error(
		`${options.label}: cannot fit ${options.budgetGzipBytes} bytes gzipped while moving borders at most ${options.maxDisplacementM} m (${tried.join('; ')})`
	);
}

/** Rings as walked point lists, for checks on the result. */
export function walkRing(arcs: Position[][], ring: number[]): Position[] {
	return ring.flatMap((index, k) => arcPoints(arcs, index).slice(k === 0 ? 0 : 1));
}
