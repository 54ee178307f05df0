import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import type { SurveyYear } from './geography';
import { changes, POLICY_RANK, transition, TRANSITIONS } from './change';
import type { DisplayStatus } from './status';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

describe('transitions between surveys', () => {
	it('orders the statuses, so a step up or down within policy is movement, not "unchanged"', () => {
		expect(transition(['beleid-bijdragend'], 'beleid-specifiek')).toBe('meer-beleid');
		expect(transition(['beleid-specifiek'], 'beleid-bijdragend')).toBe('minder-beleid');
		expect(transition(['geen-beleid'], 'in-ontwikkeling')).toBe('meer-beleid');
		expect(transition(['in-ontwikkeling'], 'geen-beleid')).toBe('minder-beleid');
		expect(transition(['in-ontwikkeling'], 'beleid-bijdragend')).toBe('meer-beleid');
		expect(transition(['beleid-specifiek'], 'geen-beleid')).toBe('minder-beleid');
	});

	it('keeps "the same with policy" apart from "the same without policy"', () => {
		expect(transition(['beleid-specifiek'], 'beleid-specifiek')).toBe('gelijk-met-beleid');
		expect(transition(['beleid-bijdragend'], 'beleid-bijdragend')).toBe('gelijk-met-beleid');
		expect(transition(['geen-beleid'], 'geen-beleid')).toBe('gelijk-zonder-beleid');
		expect(transition(['in-ontwikkeling'], 'in-ontwikkeling')).toBe('gelijk-zonder-beleid');
	});

	it('is unknown when either year is unknown', () => {
		expect(transition(['onbekend'], 'beleid-specifiek')).toBe('onbekend');
		expect(transition(['geen-beleid'], 'onbekend')).toBe('onbekend');
		expect(transition([], 'geen-beleid')).toBe('onbekend');
	});

	it('compares a merged municipality with the furthest of its predecessors that took part', () => {
		expect(transition(['onbekend', 'geen-beleid', 'beleid-specifiek'], 'geen-beleid')).toBe('minder-beleid');
		expect(transition(['onbekend', 'geen-beleid'], 'beleid-bijdragend')).toBe('meer-beleid');
		expect(transition(['geen-beleid', 'beleid-bijdragend'], 'beleid-bijdragend')).toBe('gelijk-met-beleid');
		expect(transition(['geen-beleid', 'beleid-specifiek'], 'beleid-bijdragend')).toBe('minder-beleid');
	});

	it('ranks every participant status', () => {
		expect(
			Object.entries(POLICY_RANK)
				.sort((a, b) => a[1] - b[1])
				.map(([s]) => s)
		).toEqual(['geen-beleid', 'in-ontwikkeling', 'beleid-bijdragend', 'beleid-specifiek']);
	});

	it('gives every municipality of the later year one transition, and a merged one its predecessors', () => {
		const status = {} as Record<SurveyYear, Map<string, DisplayStatus>>;
		const cycle: DisplayStatus[] = ['beleid-specifiek', 'geen-beleid', 'in-ontwikkeling', 'onbekend', 'beleid-bijdragend'];
		for (const year of [2017, 2022, 2025] as const)
			status[year] = new Map(geography.municipalities(year).map((m, i) => [m.code, cycle[(i + year) % cycle.length]]));
		const list = changes({ from: 2017, to: 2022 }, geography, status);
		expect(list).toHaveLength(345);
		const counts = Object.fromEntries(TRANSITIONS.map((t) => [t, list.filter((c) => c.transition === t).length]));
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(345);
		const altena = list.find((c) => c.code === 'GM1959')!;
		expect(altena.before.map((b) => geography.get(2017, b.code)!.naam).sort()).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
		expect(() => changes({ from: 2025, to: 2017 }, geography, status)).toThrow();
	});

	it('compares across two sets of mergers when the reader picks 2017 → 2025', () => {
		const status: Partial<Record<SurveyYear, Map<string, DisplayStatus>>> = {
			2017: new Map(geography.municipalities(2017).map((m) => [m.code, 'geen-beleid' as const])),
			2025: new Map(geography.municipalities(2025).map((m) => [m.code, 'beleid-specifiek' as const]))
		};
		const list = changes({ from: 2017, to: 2025 }, geography, status);
		expect(list).toHaveLength(342);
		// Amsterdam (2025) took in Weesp (2022): both are its predecessors in 2017.
		const amsterdam = list.find((c) => c.code === 'GM0363')!;
		expect(amsterdam.before.map((b) => b.code).sort()).toEqual(['GM0363', 'GM0457']);
		expect(list.every((c) => c.transition === 'meer-beleid')).toBe(true);
	});
});
