import { describe, expect, it } from 'vitest';
import { assignProvinces } from './province.ts';
import { byName, sourceFeatures } from './testSources.ts';

describe('province of each municipality from geometry', () => {
	it('puts Leerdam (2017) in Zuid-Holland and Vijfheerenlanden (2022) in Utrecht', async () => {
		const p2017 = assignProvinces(await sourceFeatures('gemeente', 2017), await sourceFeatures('provincie', 2017), '2017');
		const p2022 = assignProvinces(await sourceFeatures('gemeente', 2022), await sourceFeatures('provincie', 2022), '2022');
		expect(p2017.get(byName(await sourceFeatures('gemeente', 2017), 'Leerdam').code)).toBe('Zuid-Holland');
		expect(p2022.get(byName(await sourceFeatures('gemeente', 2022), 'Vijfheerenlanden').code)).toBe('Utrecht');
		expect(p2022.get('GM0363')).toBe('Noord-Holland');
		expect(p2022.size).toBe(345);
		expect(new Set(p2022.values()).size).toBe(12);
	});

	it('refuses a municipality that lies in no province', async () => {
		const municipalities = await sourceFeatures('gemeente', 2022);
		const provinces = (await sourceFeatures('provincie', 2022)).filter((p) => p.name !== 'Utrecht');
		expect(() => assignProvinces(municipalities, provinces, '2022')).toThrow(
			/2022: GM0344 Utrecht lies for \d+\.\d% in one province; expected most of it in one/
		);
	});
});
