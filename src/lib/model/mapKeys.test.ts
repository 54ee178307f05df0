import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { MunicipalityCode, MunicipalityIndexEntry } from './geography';
import { mapKeyAction } from './mapKeys';

let index: ReadonlyMap<MunicipalityCode, MunicipalityIndexEntry>;
beforeAll(async () => {
	index = (await loadGeography()).index(2025);
});
const state = (over: Partial<Parameters<typeof mapKeyAction>[1]> = {}) => ({ focused: null, selected: [], index, fixed: false, ...over });

describe('the map keyboard', () => {
	it('starts in the middle of the country, then moves to a neighbour in the arrow direction', () => {
		const start = mapKeyAction('ArrowRight', state());
		expect(start).toMatchObject({ kind: 'focus' });
		const code = (start as { code: MunicipalityCode }).code;
		const next = mapKeyAction('ArrowRight', state({ focused: code })) as { code: MunicipalityCode };
		expect(index.get(next.code)!.centroid[0]).toBeGreaterThan(index.get(code)!.centroid[0]);
		// From the selection when nothing has focus.
		const fromUtrecht = mapKeyAction('ArrowUp', state({ selected: ['GM0344'] })) as { code: MunicipalityCode };
		expect(index.get('GM0344')!.neighbours).toContain(fromUtrecht.code);
	});

	it('selects with Enter or Space only when a municipality has focus, clears with Escape', () => {
		expect(mapKeyAction('Enter', state())).toBeNull();
		expect(mapKeyAction('Enter', state({ focused: 'GM0344' }))).toEqual({ kind: 'pick', code: 'GM0344' });
		expect(mapKeyAction(' ', state({ focused: 'GM0344' }))).toEqual({ kind: 'pick', code: 'GM0344' });
		expect(mapKeyAction('Escape', state())).toEqual({ kind: 'clear' });
	});

	it('zooms with + and −, except on a fixed map; other keys are left alone', () => {
		expect(mapKeyAction('+', state())).toEqual({ kind: 'zoom', delta: 1 });
		expect(mapKeyAction('=', state())).toEqual({ kind: 'zoom', delta: 1 });
		expect(mapKeyAction('-', state())).toEqual({ kind: 'zoom', delta: -1 });
		expect(mapKeyAction('+', state({ fixed: true }))).toBeNull();
		expect(mapKeyAction('Tab', state())).toBeNull();
	});
});
