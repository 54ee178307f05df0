import type { CrosswalkLink, MunicipalityCode } from '../../src/lib/model/geography.ts';
import type { AreaFeature } from './features.ts';
import { overlaps } from './overlap.ts';

/**
 * Overlaps narrower than this (mean width, metres) are slivers. The layers of different years are
 * generalised separately, so an unchanged border can lie a few hundred metres apart between years:
 * between the 2017, 2022 and 2025 layers the widest such sliver is ~580 m wide (up to 2.7 km² and
 * 6% of a small municipality, so a share threshold cannot tell it apart), while the narrowest real
 * transfer of territory, Haaren → Boxtel (2021), is ~930 m wide. See geo/README.md.
 */
export const SLIVER_WIDTH_M = 750;

/**
 * For every municipality of the earlier year, the municipalities of the later year that cover it
 * and the share of its area in each. Shares are of the overlapping area rather than of the
 * municipality's own area, so a coastline drawn differently between years cannot leave the shares
 * short of 1; after dropping slivers the remaining shares are renormalised to sum to 1. The largest
 * part is always kept, so no municipality is left without a successor.
 */
export function crosswalk(from: readonly AreaFeature[], to: readonly AreaFeature[]): CrosswalkLink[] {
	const links: CrosswalkLink[] = [];
	for (const municipality of from) {
		const parts = overlaps(municipality, to);
		if (parts.length === 0) {
			throw new Error(`${municipality.code} ${municipality.name} overlaps no municipality of the later year`);
		}
		const kept = parts.filter((part, i) => i === 0 || part.widthM >= SLIVER_WIDTH_M);
		const keptTotal = kept.reduce((sum, p) => sum + p.areaKm2, 0);
		for (const part of kept) {
			links.push({
				from: municipality.code as MunicipalityCode,
				to: part.code as MunicipalityCode,
				share: Math.round((part.areaKm2 / keptTotal) * 1e4) / 1e4
			});
		}
	}
	return links;
}
