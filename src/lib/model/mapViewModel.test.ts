import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from './geographyContext';
import { previousYear } from './change';
import {
	boundingBox,
	changeByYear,
	changeSince,
	countClasses,
	describeMunicipality,
	effectiveMode,
	emphasisOf,
	mapInputOf,
	namesFromTopology,
	neighbourhoodBox,
	selectedCodes,
	statusByYear
} from './mapViewModel';
import type { DisplayStatus } from './status';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

const monitor = (entries: Array<[string, DisplayStatus]>) => ({ municipalities: entries.map(([code, status]) => ({ code, status })) });

describe('status and change per year', () => {
	it('maps each loaded year, and only those', () => {
		const status = statusByYear({ 2025: monitor([['GM0344', 'beleid-specifiek']]) });
		expect(Object.keys(status)).toEqual(['2025']);
		expect(status[2025]!.get('GM0344')).toBe('beleid-specifiek');
	});

	it('builds the lookup of a monitor once, whatever else arrives', () => {
		const first = monitor([['GM0344', 'beleid-specifiek']]);
		const before = statusByYear({ 2025: first });
		const after = statusByYear({ 2022: monitor([]), 2025: first });
		expect(after[2025]).toBe(before[2025]);
		// Another file of the same year (own data) is a new lookup.
		expect(statusByYear({ 2025: monitor([['GM0344', 'geen-beleid']]) })[2025]!.get('GM0344')).toBe('geen-beleid');
	});

	it('knows change only when every year is loaded, across mergers', () => {
		const partial = statusByYear({ 2022: monitor([]), 2025: monitor([]) });
		expect(changeByYear(geography, partial, previousYear)).toBeNull();
		const status = statusByYear({
			2017: monitor([['GM0738', 'geen-beleid']]),
			2022: monitor([['GM1959', 'beleid-specifiek']]),
			2025: monitor([['GM1959', 'geen-beleid']])
		});
		const change = changeByYear(geography, status, previousYear)!;
		expect(change[2017]).toBeUndefined();
		// Altena (2022) was formed from Aalburg (GM0738), Werkendam and Woudrichem.
		expect(change[2022]!.classes.get('GM1959')).toBe('meer-beleid');
		expect(change[2025]!.since).toBe(2022);
		expect(change[2025]!.classes.get('GM1959')).toBe('minder-beleid');
		expect(change[2025]!.classes.size).toBe(342);
		// The reader's pair: 2025 against 2017, through both sets of mergers.
		const since2017 = changeByYear(geography, status, (y) => changeSince(y, { year: 2025, since: 2017 }))!;
		expect(since2017[2025]!.since).toBe(2017);
		expect(since2017[2025]!.classes.get('GM1959')).toBe('gelijk-zonder-beleid');
		expect(since2017[2022]!.since).toBe(2017);
	});

	it('compares the year shown with the chosen earlier survey, other years with the previous one', () => {
		expect(changeSince(2025, { year: 2025, since: 2017 })).toBe(2017);
		expect(changeSince(2025, { year: 2025, since: null })).toBe(2022);
		expect(changeSince(2022, { year: 2025, since: 2017 })).toBe(2017);
		expect(changeSince(2025, { year: 2022, since: 2017 })).toBe(2022);
		// Not earlier: ignored.
		expect(changeSince(2022, { year: 2022, since: 2025 })).toBe(2017);
		expect(changeSince(2017, { year: 2017, since: null })).toBeNull();
	});

	it('falls back to status for the first survey, which has nothing to compare with', () => {
		expect(effectiveMode('verandering', 2017)).toBe('status');
		expect(effectiveMode('verandering', 2022)).toBe('verandering');
		expect(effectiveMode('status', 2025)).toBe('status');
	});
});

describe('map input', () => {
	const topology = { type: 'Topology', objects: {}, arcs: [] } as unknown as Topology;
	const status = statusByYear({ 2022: monitor([]), 2025: monitor([]) });

	it('has the years with both geometry and status', () => {
		expect(Object.keys(mapInputOf('status', { 2025: topology, 2017: topology }, status, null)!)).toEqual(['2025']);
		expect(mapInputOf('status', {}, status, null)).toBeNull();
	});

	it('waits for the change in the change view, then carries it per year', () => {
		expect(mapInputOf('verandering', { 2025: topology }, status, null)).toBeNull();
		const change = { 2025: { since: 2022 as const, classes: new Map([['GM0344', 'gelijk-met-beleid' as const]]) } };
		expect(mapInputOf('verandering', { 2025: topology }, status, change)![2025]!.change).toBe(change[2025]);
	});
});

describe('emphasis and counts', () => {
	const classes = new Map<string, DisplayStatus>([
		['GM0344', 'beleid-specifiek'],
		['GM0363', 'geen-beleid'],
		['GM0014', 'beleid-specifiek']
	]);

	it('keeps everything bright without a region or highlight', () => {
		expect(emphasisOf(null, null, classes)).toBeNull();
	});

	it('keeps a region bright, and within it the highlighted class', () => {
		expect(emphasisOf(['GM0344', 'GM0363'], null, classes)).toEqual(new Set(['GM0344', 'GM0363']));
		expect(emphasisOf(['GM0344', 'GM0363'], 'beleid-specifiek', classes)).toEqual(new Set(['GM0344']));
		expect(emphasisOf(null, 'beleid-specifiek', classes)).toEqual(new Set(['GM0344', 'GM0014']));
		expect(emphasisOf(null, 'in-ontwikkeling', classes)).toEqual(new Set());
	});

	it('counts classes', () => {
		expect(countClasses(classes)).toEqual({ 'beleid-specifiek': 2, 'geen-beleid': 1 });
	});
});

describe('selection, box and description', () => {
	it('stands for a former municipality by what it became', () => {
		expect(selectedCodes('GM0344', 2025, geography)).toEqual(['GM0344']);
		expect(selectedCodes('GM0738', 2025, geography)).toEqual(['GM1959']);
		expect(selectedCodes(null, 2025, geography)).toEqual([]);
		expect(selectedCodes('GM0344', 2025, null)).toEqual([]);
	});

	it('boxes the municipalities of a year', () => {
		const utrecht = geography.get(2025, 'GM0344')!.bbox;
		expect(boundingBox(['GM0344'], 2025, geography)).toEqual(utrecht);
		const both = boundingBox(['GM0344', 'GM0014'], 2025, geography)!;
		expect(both[3]).toBe(geography.get(2025, 'GM0014')!.bbox[3]);
		expect(both[1]).toBe(utrecht[1]);
		expect(boundingBox(['GM9999'], 2025, geography)).toBeNull();
	});

	it('describes a municipality in the mode shown', () => {
		const text = {
			status: (s: string) => `S:${s}`,
			transition: (t: string) => `T:${t}`,
			sentence: (p: { naam: string; provincie: string; status: string }) => `${p.naam} (${p.provincie}) ${p.status}`
		};
		const entry = { naam: 'Utrecht', provincie: 'Utrecht' };
		const status = new Map<string, DisplayStatus>([['GM0344', 'geen-beleid']]);
		expect(describeMunicipality('GM0344', { entry, mode: 'status', status, change: undefined }, text)).toBe('Utrecht (Utrecht) S:geen-beleid');
		expect(
			describeMunicipality(
				'GM0344',
				{ entry, mode: 'verandering', status, change: { since: 2022, classes: new Map([['GM0344', 'meer-beleid' as const]]) } },
				text
			)
		).toBe('Utrecht (Utrecht) T:meer-beleid');
		expect(describeMunicipality('GM0344', { entry, mode: 'verandering', status, change: undefined }, text)).toBe('Utrecht (Utrecht) T:onbekend');
		expect(describeMunicipality('GM0344', { entry: undefined, mode: 'status', status, change: undefined }, text)).toBe('GM0344');
	});

	it('reads names from the geometry before the index is loaded', () => {
		const topology = {
			type: 'Topology',
			arcs: [],
			objects: {
				gemeenten: {
					type: 'GeometryCollection',
					geometries: [{ type: 'Polygon', arcs: [], properties: { code: 'GM0344', naam: 'Utrecht', provincie: 'Utrecht' } }]
				}
			}
		} as unknown as Topology;
		expect(namesFromTopology(topology)!.get('GM0344')).toMatchObject({ naam: 'Utrecht' });
		expect(namesFromTopology(undefined)).toBeNull();
	});
});

describe('neighbourhood', () => {
	it('boxes a municipality with its neighbours', () => {
		const utrecht = geography.get(2025, 'GM0344')!;
		const box = boundingBox([utrecht.code, ...utrecht.neighbours], 2025, geography);
		expect(utrecht.neighbours.length).toBeGreaterThan(3);
		expect(neighbourhoodBox(['GM0344'], 2025, geography)).toEqual(box);
		expect(box![0]).toBeLessThan(utrecht.bbox[0]);
	});
});
