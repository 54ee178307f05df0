import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { MunicipalityCode, MunicipalityIndexEntry } from './geography';
import { moveInDirection, nearestTo } from './keyboardNav';

let all: Map<MunicipalityCode, MunicipalityIndexEntry>;
beforeAll(async () => {
	all = new Map((await loadGeography()).municipalities(2022).map((m) => [m.code, m]));
});
const byName = (naam: string) => [...all.values()].find((m) => m.naam === naam)!;
const move = (naam: string, direction: 'up' | 'down' | 'left' | 'right') => all.get(moveInDirection(byName(naam), direction, all)!)?.naam;

describe('arrow-key navigation between municipalities', () => {
	it('moves to the bordering municipality in that direction', () => {
		expect(move('Utrecht', 'left')).toBe('Woerden');
		expect(move('Amsterdam', 'right')).toBe('Diemen');
		expect(['Amstelveen', 'Ouder-Amstel']).toContain(move('Amsterdam', 'down'));
		expect(byName('Utrecht').neighbours).toContain(byName(move('Utrecht', 'up')!).code);
	});

	it('jumps across water where no neighbour lies that way', () => {
		// Texel borders nothing; down from it is Den Helder across the Marsdiep.
		expect(move('Texel', 'down')).toBe('Den Helder');
		const east = byName(move('Vlieland', 'right')!);
		expect(east.centroid[0]).toBeGreaterThan(byName('Vlieland').centroid[0]);
	});

	it('stops at the edge of the country', () => {
		expect(moveInDirection(byName('Vaals'), 'down', all)).toBeNull();
		expect(moveInDirection(byName('Schiermonnikoog'), 'up', all)).toBeNull();
	});

	it('starts from the municipality nearest to a point', () => {
		expect(all.get(nearestTo([5.12, 52.09], all.values())!)!.naam).toBe('Utrecht');
	});
});
