import { beforeAll, describe, expect, it } from 'vitest';
import type { CrosswalkLink } from '../../src/lib/model/geography.ts';
import { crosswalk } from './crosswalk.ts';
import type { AreaFeature } from './features.ts';
import { byName, sourceFeatures } from './testSources.ts';

let y2017: AreaFeature[], y2022: AreaFeature[], y2025: AreaFeature[];
let links1722: CrosswalkLink[], links2225: CrosswalkLink[];

beforeAll(async () => {
	[y2017, y2022, y2025] = await Promise.all([sourceFeatures('gemeente', 2017), sourceFeatures('gemeente', 2022), sourceFeatures('gemeente', 2025)]);
	links1722 = crosswalk(y2017, y2022);
	links2225 = crosswalk(y2022, y2025);
});

/** Successors of one municipality as {name: share}. */
function successors(links: CrosswalkLink[], from: AreaFeature, later: AreaFeature[]): Record<string, number> {
	return Object.fromEntries(links.filter((l) => l.from === from.code).map((l) => [later.find((f) => f.code === l.to)!.name, l.share]));
}

describe('crosswalk by area overlap', () => {
	it('maps Haren and Ten Boer (2017) wholly into Groningen (2022)', () => {
		expect(successors(links1722, byName(y2017, 'Haren'), y2022)).toEqual({ Groningen: 1 });
		expect(successors(links1722, byName(y2017, 'Ten Boer'), y2022)).toEqual({ Groningen: 1 });
	});

	it('maps Brielle, Hellevoetsluis and Westvoorne (2022) into Voorne aan Zee (2025)', () => {
		for (const name of ['Brielle', 'Hellevoetsluis', 'Westvoorne']) {
			expect(successors(links2225, byName(y2022, name), y2025)).toEqual({ 'Voorne aan Zee': 1 });
		}
	});

	it('splits Haaren (2017) over Vught, Oisterwijk, Tilburg and Boxtel', () => {
		const parts = successors(links1722, byName(y2017, 'Haaren'), y2022);
		expect(Object.keys(parts).sort()).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
		expect(parts.Vught).toBeGreaterThan(parts.Tilburg);
		for (const share of Object.values(parts)) expect(share).toBeGreaterThan(0.05);
	});

	it('maps Weesp (2022) into Amsterdam (2025)', () => {
		expect(successors(links2225, byName(y2022, 'Weesp'), y2025)).toEqual({ Amsterdam: 1 });
	});

	it('maps unchanged municipalities to themselves with share ≈ 1', () => {
		for (const name of ['Amsterdam', 'Utrecht', 'Maastricht', 'Texel', 'Vlieland']) {
			const from = byName(y2017, name);
			const links = links1722.filter((l) => l.from === from.code);
			expect(links).toEqual([{ from: from.code, to: from.code, share: 1 }]);
		}
	});

	it('gives every municipality of the earlier year successors whose shares sum to 1 ± 0.01', () => {
		for (const [earlier, links] of [
			[y2017, links1722],
			[y2022, links2225]
		] as const) {
			for (const municipality of earlier) {
				const sum = links.filter((l) => l.from === municipality.code).reduce((s, l) => s + l.share, 0);
				expect(Math.abs(sum - 1), municipality.name).toBeLessThanOrEqual(0.01);
			}
		}
	});

	it('covers every municipality of the later year', () => {
		expect(new Set(links1722.map((l) => l.to)).size).toBe(y2022.length);
		expect(new Set(links2225.map((l) => l.to)).size).toBe(y2025.length);
	});
});
