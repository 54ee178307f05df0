import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import type { SurveyYear } from './geography';
import { changes, transition, TRANSITIONS } from './change';
import type { DisplayStatus } from './status';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

describe('transitions between surveys', () => {
	it('classifies single municipalities', () => {
		expect(transition(['geen-beleid'], 'beleid-specifiek')).toBe('nieuw-beleid');
		expect(transition(['in-ontwikkeling'], 'beleid-bijdragend')).toBe('nieuw-beleid');
		expect(transition(['geen-beleid'], 'in-ontwikkeling')).toBe('gestart');
		expect(transition(['beleid-specifiek'], 'beleid-bijdragend')).toBe('gelijk');
		expect(transition(['in-ontwikkeling'], 'in-ontwikkeling')).toBe('gelijk');
		expect(transition(['beleid-specifiek'], 'geen-beleid')).toBe('niet-meer');
		expect(transition(['onbekend'], 'beleid-specifiek')).toBe('onbekend');
		expect(transition(['geen-beleid'], 'onbekend')).toBe('onbekend');
	});

	it('compares a merged municipality with all its predecessors', () => {
		expect(transition(['onbekend', 'geen-beleid', 'beleid-specifiek'], 'geen-beleid')).toBe('niet-meer');
		expect(transition(['onbekend', 'geen-beleid'], 'beleid-bijdragend')).toBe('nieuw-beleid');
	});

	it('gives every municipality of the later year one transition, and a merged one its predecessors', () => {
		const status = {} as Record<SurveyYear, Map<string, DisplayStatus>>;
		const cycle: DisplayStatus[] = ['beleid-specifiek', 'geen-beleid', 'in-ontwikkeling', 'onbekend', 'beleid-bijdragend'];
		for (const year of [2017, 2022, 2025] as const)
			status[year] = new Map(geography.municipalities(year).map((m, i) => [m.code, cycle[(i + year) % cycle.length]]));
		const list = changes(2022, geography, status)!;
		expect(list).toHaveLength(345);
		const counts = Object.fromEntries(TRANSITIONS.map((t) => [t, list.filter((c) => c.transition === t).length]));
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(345);
		const altena = list.find((c) => c.code === 'GM1959')!;
		expect(altena.before.map((b) => geography.get(2017, b.code)!.naam).sort()).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
		expect(changes(2017, geography, status)).toBeNull();
	});
});
