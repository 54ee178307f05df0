import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import { checkedTableRows, filterRows, sameItems, sameRows, searchMatches, statusRank, tableRows, type TableRow } from './tableRows';
import { buildSearchEntries } from '../model/search';
import type { GeographyContext } from '../model/geographyContext';
import type { DetailsData } from './details';
import type { VoorzieningenJson } from './publicSchemas';
import { SURVEY_YEARS } from '../model/geography';
import { compareDutch } from '../model/dutchOrder';

let rows: TableRow[];
let data: DetailsData;
let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
	const monitor = Object.fromEntries(
		SURVEY_YEARS.map((y) => [
			y,
			{
				synthetic: true,
				municipalities: geography.municipalities(y).map((m, i) => ({ code: m.code, status: i % 2 ? 'geen-beleid' : 'beleid-specifiek', extra: {} }))
			}
		])
	) as unknown as DetailsData['monitor'];
	const voorzieningen = {
		voorzieningen: [
			{
				id: 'mdra',
				naam: 'MDRA',
				gemeenten: { 2017: [], 2022: [{ code: 'GM0363', bron: ['https://x'], peildatum: '', aard: 'direct', route: 'naam' }], 2025: [] }
			}
		],
		byMunicipality: { 2017: {}, 2022: { GM0363: 'mdra' }, 2025: {} }
	} as unknown as VoorzieningenJson;
	data = { geography, monitor, voorzieningen };
	rows = tableRows(2022, data);
});
const base = { status: null, provincie: null, adv: null, q: '', sort: 'naam' } as const;

describe('table rows', () => {
	it('has every municipality of the year once, with its ADV and predecessors', () => {
		expect(rows).toHaveLength(345);
		expect(new Set(rows.map((r) => r.code)).size).toBe(345);
		expect(rows.find((r) => r.code === 'GM0363')).toMatchObject({ advId: 'mdra', advNaam: 'MDRA' });
		const altena = rows.find((r) => r.naam === 'Altena')!;
		expect(altena.statusByYear[0].items.map((i) => i.naam).sort()).toEqual(['Aalburg', 'Werkendam', 'Woudrichem']);
	});

	it('comes in Dutch name order, so that sorting it by name (the default) keeps it as it is', () => {
		const names = rows.map((r) => r.naam);
		expect(names).toEqual([...names].sort(compareDutch));
		expect(names).not.toEqual(geography.municipalities(2022).map((m) => m.naam));
		let comparisons = 0;
		const counting = rows.map((r) => ({
			...r,
			get naam() {
				comparisons++;
				return r.naam;
			}
		}));
		expect(filterRows(counting, base).map((r) => r.code)).toEqual(rows.map((r) => r.code));
		// One pass: each neighbouring pair compared once (two reads of a name each), not n·log n.
		expect(comparisons).toBeLessThanOrEqual(2 * rows.length);
	});

	it('filters by status, province, ADV, region and text (ignoring diacritics)', () => {
		// Each filter keeps a non-empty subset that satisfies it (an empty result would pass `every`).
		const utrecht = filterRows(rows, { ...base, provincie: 'Utrecht' });
		expect(utrecht).toHaveLength(rows.filter((r) => r.provincie === 'Utrecht').length);
		expect(utrecht.length).toBeGreaterThan(20);
		expect(utrecht.every((r) => r.provincie === 'Utrecht')).toBe(true);
		expect(filterRows(rows, { ...base, adv: 'mdra' }).map((r) => r.naam)).toEqual(['Amsterdam']);
		expect(filterRows(rows, { ...base, adv: 'onbekend' })).toHaveLength(344);
		const without = filterRows(rows, { ...base, status: 'geen-beleid' });
		expect(without).toHaveLength(172);
		expect(without.every((r) => r.status === 'geen-beleid')).toBe(true);
		expect(filterRows(rows, { ...base, q: 'sudwest' }).map((r) => r.naam)).toEqual(['Súdwest-Fryslân']);
		expect(filterRows(rows, base, new Set(['GM0363', 'GM0014'])).map((r) => r.naam)).toEqual(['Amsterdam', 'Groningen']);
	});

	it('sorts by name, province, ADV or status', () => {
		const byProvince = filterRows(rows, { ...base, sort: 'provincie' });
		expect(byProvince[0].provincie).toBe('Drenthe');
		expect(filterRows(rows, { ...base, sort: 'adv' })[0].naam).toBe('Amsterdam');
		expect(filterRows(rows, { ...base, sort: 'status' })[0].status).toBe('beleid-specifiek');
	});

	it('sorts by the status of any survey year, a merged municipality by the furthest of its parts', () => {
		for (const year of SURVEY_YEARS) {
			const sorted = filterRows(rows, { ...base, sort: `status-${year}` });
			const ranks = sorted.map((r) => statusRank(r, year));
			expect(ranks, String(year)).toEqual([...ranks].sort((a, b) => a - b));
			expect(ranks[0], String(year)).toBe(0);
		}
		// Altena (2022) was three municipalities in 2017: it ranks by the furthest of them.
		const altena = rows.find((r) => r.naam === 'Altena')!;
		expect(statusRank(altena, 2017)).toBe(
			Math.min(
				...altena.statusByYear[0].items.map((i) => ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid', 'onbekend'].indexOf(i.status))
			)
		);
	});

	it("searches like the map: a former municipality's name finds what it became", () => {
		const entries = buildSearchEntries(geography);
		const matches = searchMatches(entries, 'Weesp', 2025, geography);
		expect([...matches]).toEqual(['GM0363']);
		const rows2025 = tableRows(2025, { ...dataFor2025() });
		expect(filterRows(rows2025, { ...base, q: 'Weesp' }, null, matches).map((r) => r.naam)).toEqual(['Amsterdam']);
		// Without the search index the query is matched as text (nothing is called Weesp in 2025).
		expect(filterRows(rows2025, { ...base, q: 'Weesp' })).toEqual([]);
		expect([...searchMatches(entries, 'den bosch', 2025, geography)]).toEqual(['GM0796']);
	});
});

function dataFor2025(): DetailsData {
	const monitor = Object.fromEntries(
		SURVEY_YEARS.map((y) => [
			y,
			{ synthetic: true, municipalities: geography.municipalities(y).map((m) => ({ code: m.code, status: 'geen-beleid', extra: {} })) }
		])
	) as unknown as DetailsData['monitor'];
	const voorzieningen = { voorzieningen: [], byMunicipality: { 2017: {}, 2022: {}, 2025: {} } } as unknown as VoorzieningenJson;
	return { geography, monitor, voorzieningen };
}

describe('sameRows', () => {
	it('holds for the rows and their JSON round trip, not when a status differs', () => {
		const copy = JSON.parse(JSON.stringify(rows)) as TableRow[];
		expect(sameRows(rows, copy)).toBe(true);
		copy[3] = { ...copy[3], status: copy[3].status === 'geen-beleid' ? 'beleid-specifiek' : 'geen-beleid' };
		expect(sameRows(rows, copy)).toBe(false);
		expect(sameRows(rows, copy.slice(1))).toBe(false);
	});
});

describe('checkedTableRows', () => {
	const counted = () => {
		const tasks = { count: 0, yieldTask: async () => void tasks.count++ };
		return tasks;
	};

	it('gives back the prerendered rows themselves when the data says the same, computed a slice per task', async () => {
		const prerendered = JSON.parse(JSON.stringify(rows)) as TableRow[];
		const tasks = counted();
		expect(await checkedTableRows(2022, data, prerendered, { yieldTask: tasks.yieldTask, perTask: 60 })).toBe(prerendered);
		expect(tasks.count).toBe(Math.ceil(345 / 60));
	});

	it("gives the data's rows when a row differs, in any slice, or a row is missing", async () => {
		const changed = JSON.parse(JSON.stringify(rows)) as TableRow[];
		changed[300] = { ...changed[300], advNaam: 'Een ander bureau' };
		const { yieldTask } = counted();
		const checked = await checkedTableRows(2022, data, changed, { yieldTask, perTask: 60 });
		expect(checked).not.toBe(changed);
		expect(checked).toEqual(rows);
		expect(await checkedTableRows(2022, data, changed.slice(1), { yieldTask })).toEqual(rows);
		const twice = JSON.parse(JSON.stringify(rows)) as TableRow[];
		twice[1] = twice[0];
		expect(await checkedTableRows(2022, data, twice, { yieldTask })).toEqual(rows);
	});

	it("gives the data's rows in name order when a municipality was renamed since the page was built", async () => {
		const built = JSON.parse(JSON.stringify(rows)) as TableRow[];
		const amsterdam = built.findIndex((r) => r.code === 'GM0363');
		built[amsterdam] = { ...built[amsterdam], naam: 'Zaandam-Oost' };
		const checked = await checkedTableRows(2022, data, built, counted());
		expect(checked).toEqual(rows);
	});
});

describe('sameItems', () => {
	it('holds for the same rows in the same order, as filterRows gives them again; not for equal copies or another order', () => {
		const defaults = { status: null, provincie: null, adv: null, q: '', sort: 'naam' } as const;
		expect(sameItems(filterRows(rows, defaults), filterRows(rows, { ...defaults }))).toBe(true);
		expect(sameItems(rows, JSON.parse(JSON.stringify(rows)) as TableRow[])).toBe(false);
		expect(sameItems(rows, [...rows].reverse())).toBe(false);
		expect(sameItems(rows, rows.slice(1))).toBe(false);
	});
});
