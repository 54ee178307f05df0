import type { Topology } from 'topojson-specification';
import { absoluteArcs, arcPoints, collection, isAreaGeometry, ringsOf, type Position } from './topology.ts';

export interface LayerRules {
	/** Label used in every message, e.g. "gemeente_2022.topojson". */
	label: string;
	objectName: string;
	expectedCount: number;
	/** What one feature is called in messages ("municipalities", "provinces"). */
	noun: string;
	codePattern: RegExp;
	codeDescription: string;
}

export class GeoValidationError extends Error {
	constructor(readonly problems: string[]) {
		super(`invalid boundary data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
		this.name = 'GeoValidationError';
	}
}

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const fmt = (p: Position) => `[${p[0]}, ${p[1]}]`;

/**
 * Checks a source layer: the count, a well-formed unique code and a name per feature, and that
 * every ring closes (each arc ends where the next starts, the last where the first began) with at
 * least three distinct corners. Returns every problem found, not just the first.
 */
export function validateLayer(topology: Topology, rules: LayerRules): string[] {
	const problems: string[] = [];
	const say = (message: string) => problems.push(`${rules.label}: ${message}`);
	let geometries;
	try {
		geometries = collection(topology, rules.objectName).geometries;
	} catch (error) {
		say((error as Error).message);
		return problems;
	}
	if (geometries.length !== rules.expectedCount) {
		say(`expected ${rules.expectedCount} ${rules.noun}, found ${geometries.length}`);
	}
	const arcs = absoluteArcs(topology);
	const seen = new Map<string, number>();
	geometries.forEach((geometry, index) => {
		const props = (geometry.properties ?? {}) as Record<string, unknown>;
		const code = typeof props.statcode === 'string' ? props.statcode.trim() : '';
		const name = typeof props.statnaam === 'string' ? props.statnaam.trim() : '';
		const who = `feature ${index} (${code || 'no code'}${name ? ` ${name}` : ''})`;
		if (!rules.codePattern.test(code)) {
			say(`${who}: statcode ${JSON.stringify(props.statcode ?? null)} is not ${rules.codeDescription}`);
		} else if (seen.has(code)) {
			say(`${who}: duplicate code ${code}, also used by feature ${seen.get(code)}`);
		} else {
			seen.set(code, index);
		}
		if (!name) say(`${who}: statnaam is empty`);
		if (!isAreaGeometry(geometry)) {
			say(`${who}: geometry is ${geometry.type}, expected Polygon or MultiPolygon`);
			return;
		}
		ringsOf(geometry).forEach((ring, r) => {
			const problem = ringProblem(arcs, ring);
			if (problem) say(`${who}: ring ${r} ${problem}`);
		});
	});
	return problems;
}

export function ringProblem(arcs: Position[][], ring: number[]): string | undefined {
	if (ring.length === 0) return 'has no arcs';
	const bad = ring.find((i) => (i >= 0 ? i : ~i) >= arcs.length);
	if (bad !== undefined) return `refers to arc ${bad}, but the topology has ${arcs.length} arcs`;
	const walked = ring.map((i) => arcPoints(arcs, i));
	for (let k = 0; k < walked.length - 1; k++) {
		const end = walked[k][walked[k].length - 1];
		const start = walked[k + 1][0];
		if (!samePoint(end, start)) {
			return `is broken: arc ${ring[k]} ends at ${fmt(end)} but arc ${ring[k + 1]} starts at ${fmt(start)}`;
		}
	}
	const first = walked[0][0];
	const lastArc = walked[walked.length - 1];
	const last = lastArc[lastArc.length - 1];
	if (!samePoint(first, last)) return `is not closed: it starts at ${fmt(first)} but ends at ${fmt(last)}`;
	const corners = new Set(walked.flat().map((p) => `${p[0]},${p[1]}`));
	if (corners.size < 3) return `is degenerate: ${corners.size} distinct point(s), a ring needs at least 3`;
	return undefined;
}
