import polygonClipping from 'polygon-clipping';
import { multiPolygonAreaKm2, multiPolygonPerimeterKm } from './area.ts';
import { bboxesOverlap, type AreaFeature } from './features.ts';

export interface Overlap {
	code: string;
	areaKm2: number;
	/**
	 * Mean width of the overlap in metres (2 × area / perimeter): a thin strip along a border that
	 * was drawn slightly differently has a small width whatever its length; real territory does not.
	 */
	widthM: number;
}

/** The parts of `subject` that lie in each candidate it overlaps at all, largest first. */
export function overlaps(subject: AreaFeature, candidates: readonly AreaFeature[]): Overlap[] {
	const result: Overlap[] = [];
	for (const candidate of candidates) {
		if (!bboxesOverlap(subject.bbox, candidate.bbox)) continue;
		const intersection = polygonClipping.intersection(
			subject.polygons as polygonClipping.MultiPolygon,
			candidate.polygons as polygonClipping.MultiPolygon
		) as AreaFeature['polygons'];
		const areaKm2 = multiPolygonAreaKm2(intersection);
		if (areaKm2 <= 0) continue;
		const widthM = ((2 * areaKm2) / multiPolygonPerimeterKm(intersection)) * 1000;
		result.push({ code: candidate.code, areaKm2, widthM });
	}
	return result.sort((a, b) => b.areaKm2 - a.areaKm2);
}
