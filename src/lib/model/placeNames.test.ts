import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import { CAPITALS, placeLabels, placeVisible } from './placeNames';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

describe('place names', () => {
	it('puts the G4 and provincial capitals first, shown at any zoom, then larger places from further in', () => {
		const inhabitants = { GM0153: 160_000, GM0363: 900_000, GM1950: 10_000 };
		const labels = placeLabels(geography.municipalities(2025), inhabitants);
		expect(
			labels
				.slice(0, 14)
				.map((l) => l.code)
				.sort()
		).toEqual([...CAPITALS].sort());
		expect(labels[0]).toMatchObject({ code: 'GM0363', name: 'Amsterdam', minZoom: 0 });
		expect(labels.find((l) => l.code === 'GM0153')!.minZoom).toBe(8);
		expect(labels.find((l) => l.code === 'GM1950')!.minZoom).toBe(10);
		expect(labels.find((l) => l.code === 'GM0687')!.name).toBe('Middelburg');
		expect(labels).toHaveLength(342);
	});

	it('places labels by importance without overlap, inside the frame, from their zoom on', () => {
		const at = (x: number, y: number): [number, number] => [x, y];
		const labels = [
			{ code: 'GM0001', name: 'Eerste', at: at(50, 50), minZoom: 0 },
			{ code: 'GM0002', name: 'Botst', at: at(60, 52), minZoom: 0 },
			{ code: 'GM0003', name: 'Later', at: at(150, 50), minZoom: 9 },
			{ code: 'GM0004', name: 'Rand', at: at(2, 50), minZoom: 0 },
			{ code: 'GM0005', name: 'Vrij', at: at(150, 150), minZoom: 0 }
		] as const;
		const place = (zoom: number) =>
			placeVisible(
				labels,
				zoom,
				([x, y]) => ({ x, y }),
				{ width: 200, height: 200 },
				(name) => name.length * 7
			).map((p) => p.label.name);
		expect(place(5)).toEqual(['Eerste', 'Vrij']);
		expect(place(9)).toEqual(['Eerste', 'Later', 'Vrij']);
	});
});
