import type { AreaFeature } from './features.ts';
import { overlaps } from './overlap.ts';

/**
 * The province of each municipality in the same year, by the largest area overlap. Geometry, not a
 * lookup table, because provinces move too: Vijfheerenlanden (2019) lies in Utrecht while its
 * predecessor Leerdam lay in Zuid-Holland. A municipality that is not mostly inside one province
 * means the two layers do not belong together, which is an error, not a guess.
 */
export function assignProvinces(municipalities: readonly AreaFeature[], provinces: readonly AreaFeature[], label: string): Map<string, string> {
	const result = new Map<string, string>();
	const problems: string[] = [];
	for (const municipality of municipalities) {
		const [best] = overlaps(municipality, provinces);
		const share = best ? best.areaKm2 / municipality.areaKm2 : 0;
		if (!best || share < 0.5) {
			problems.push(`${label}: ${municipality.code} ${municipality.name} lies for ${(share * 100).toFixed(1)}% in one province; expected most of it in one`);
			continue;
		}
		result.set(municipality.code, provinces.find((p) => p.code === best.code)!.name);
	}
	if (problems.length) throw new Error(problems.join('\n'));
	return result;
}
