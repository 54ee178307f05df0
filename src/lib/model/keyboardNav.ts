import type { MunicipalityCode, MunicipalityIndexEntry } from './geography';

export type Direction = 'up' | 'down' | 'left' | 'right';

const ANGLE: Record<Direction, number> = { right: 0, up: Math.PI / 2, left: Math.PI, down: -Math.PI / 2 };
/** Neighbours within this angle of the arrow's direction count as lying that way. */
const CONE = (67.5 * Math.PI) / 180;

function vector(from: MunicipalityIndexEntry, to: MunicipalityIndexEntry): [number, number] {
	// Longitude degrees are shorter at 52°N; scale them so angles are true on the map.
	return [(to.centroid[0] - from.centroid[0]) * Math.cos((from.centroid[1] * Math.PI) / 180), to.centroid[1] - from.centroid[1]];
}

function deviation(v: [number, number], direction: Direction): number {
	const d = Math.abs(Math.atan2(v[1], v[0]) - ANGLE[direction]);
	return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * The municipality an arrow key moves to: the bordering municipality most nearly in that direction;
 * where none borders that way (a coast, an island), the nearest municipality that lies that way.
 * Null at the edge of the country.
 */
export function moveInDirection(
	from: MunicipalityIndexEntry,
	direction: Direction,
	all: ReadonlyMap<MunicipalityCode, MunicipalityIndexEntry>
): MunicipalityCode | null {
	const score = (to: MunicipalityIndexEntry) => {
		const v = vector(from, to);
		const angle = deviation(v, direction);
		return angle > CONE ? Infinity : Math.hypot(v[0], v[1]) * (1 + angle);
	};
	const best = (candidates: Iterable<MunicipalityIndexEntry>) => {
		let winner: MunicipalityIndexEntry | null = null;
		let lowest = Infinity;
		for (const c of candidates) {
			if (c.code === from.code) continue;
			const s = score(c);
			if (s < lowest) [winner, lowest] = [c, s];
		}
		return winner?.code ?? null;
	};
	return best(from.neighbours.map((c) => all.get(c)!).filter(Boolean)) ?? best(all.values());
}

/** Where keyboard navigation starts: the municipality nearest to a point (the map's centre). */
export function nearestTo(point: [number, number], all: Iterable<MunicipalityIndexEntry>): MunicipalityCode | null {
	let winner: MunicipalityCode | null = null;
	let lowest = Infinity;
	for (const m of all) {
		const d = Math.hypot((m.centroid[0] - point[0]) * Math.cos((point[1] * Math.PI) / 180), m.centroid[1] - point[1]);
		if (d < lowest) [winner, lowest] = [m.code, d];
	}
	return winner;
}
