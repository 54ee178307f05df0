/** Rows of the table view: every municipality of a year with its province, ADV and status per year. */
import type { MunicipalityCode, MunicipalityIndexEntry, SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';
import { searchMunicipalities, type SearchEntry } from '../model/search';
import { resolveSelection } from '../model/selection';
import { DISPLAY_STATUSES, type DisplayStatus } from '../model/status';
import type { TableFilters } from '../state/viewState';
import { municipalityDetails, type DetailsData, type YearStatus } from './details';
import { compareDutch } from '../model/dutchOrder';

export interface TableRow {
	code: MunicipalityCode;
	naam: string;
	provincie: string;
	advId: string | null;
	advNaam: string | null;
	/** Status in the table's year (the municipality exists then). */
	status: DisplayStatus;
	statusByYear: YearStatus[];
}

const byName = (a: TableRow, b: TableRow) => compareDutch(a.naam, b.naam);

/**
 * The table's rows of `year`, in name order: the table's first order, so that sorting them by name
 * again (filterRows, as the table page hydrates) is a single pass over rows already in order, not
 * thousands of name comparisons while the page starts.
 */
export function tableRows(year: SurveyYear, data: DetailsData): TableRow[] {
	return rowsOf(year, data, data.geography.municipalities(year)).sort(byName);
}

/** The rows of `municipalities`, in their order. */
function rowsOf(year: SurveyYear, data: DetailsData, municipalities: readonly MunicipalityIndexEntry[]): TableRow[] {
	return municipalities.map((m) => {
		const details = municipalityDetails(m.code, year, data)!;
		return {
			code: m.code,
			naam: m.naam,
			provincie: m.provincie,
			advId: details.adv?.adv.id ?? null,
			advNaam: details.adv?.adv.naam ?? null,
			status: details.status ?? 'onbekend',
			statusByYear: details.statusByYear
		};
	});
}

/**
 * Whether two lists of rows say the same: the prerendered rows (through JSON) and those computed from
 * the data. Rows are plain data, so their JSON is a faithful comparison.
 */
export function sameRows(a: readonly TableRow[], b: readonly TableRow[]): boolean {
	return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Municipalities per task in `checkedTableRows`: 60 took ≈ 2.5 ms of a laptop's CPU. */
export const ROWS_CHECKED_PER_TASK = 60;

/**
 * The rows of `year` from the data, checked against `expected` (the rows prerendered into the page):
 * `expected` itself when they say the same (as they do, unless the files changed since the page was
 * built), else the rows computed. Computed and compared a slice per task (`yieldTask` before each):
 * in one piece this was a task of ≈ 15 ms of CPU at 1× as the data came in, four times that on a
 * phone, while the table showed those very rows already.
 */
export async function checkedTableRows(
	year: SurveyYear,
	data: DetailsData,
	expected: TableRow[],
	{ yieldTask, perTask = ROWS_CHECKED_PER_TASK }: { yieldTask: () => Promise<void>; perTask?: number }
): Promise<TableRow[]> {
	// The data's municipalities in the order of the prerendered rows (name order), so that each slice
	// compares with its own slice of them without sorting anything here; in the data's order where
	// the codes are not the same, and the rows differ anyway.
	const all = data.geography.municipalities(year);
	const byCode = new Map(all.map((m) => [m.code, m]));
	const inExpectedOrder = expected.map((row) => byCode.get(row.code));
	const sameCodes = byCode.size === expected.length && new Set(expected.map((row) => row.code)).size === byCode.size && inExpectedOrder.every(Boolean);
	const municipalities = sameCodes ? (inExpectedOrder as MunicipalityIndexEntry[]) : all;
	const computed: TableRow[] = [];
	let same = sameCodes;
	for (let start = 0; start < municipalities.length; start += perTask) {
		await yieldTask();
		const slice = rowsOf(year, data, municipalities.slice(start, start + perTask));
		same &&= sameRows(slice, expected.slice(start, start + perTask));
		computed.push(...slice);
	}
	// Where they differ, in name order as tableRows gives them (a renamed municipality moves).
	return same ? expected : computed.sort(byName);
}

/** Whether two lists hold the very same rows in the same order (filterRows keeps the rows it is given). */
export function sameItems(a: readonly TableRow[], b: readonly TableRow[]): boolean {
	return a.length === b.length && a.every((row, i) => row === b[i]);
}

const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/**
 * Where a row stands in a survey year, for sorting: its own status, or (before or after a merger) the
 * furthest status among what it was or became then. The legend's order: specific policy first.
 */
export function statusRank(row: TableRow, year: SurveyYear): number {
	const entry = row.statusByYear.find((s) => s.year === year);
	const ranks = entry?.items.map((i) => DISPLAY_STATUSES.indexOf(i.status)) ?? [];
	return ranks.length ? Math.min(...ranks) : DISPLAY_STATUSES.length;
}

function comparator(sort: TableFilters['sort']): (a: TableRow, b: TableRow) => number {
	switch (sort) {
		case 'naam':
			return byName;
		case 'provincie':
			return (a, b) => compareDutch(a.provincie, b.provincie) || byName(a, b);
		case 'adv':
			return (a, b) => compareDutch(a.advNaam ?? '\uffff', b.advNaam ?? '\uffff') || byName(a, b);
		case 'status':
			return (a, b) => DISPLAY_STATUSES.indexOf(a.status) - DISPLAY_STATUSES.indexOf(b.status) || byName(a, b);
		default: {
			const year = Number(sort.slice('status-'.length)) as SurveyYear;
			return (a, b) => statusRank(a, year) - statusRank(b, year) || byName(a, b);
		}
	}
}

/**
 * Rows matching the filters (and, when given, a region), sorted as asked. `matches`: the codes the
 * map's search finds for the query (former names included); without it, the query is matched
 * against name, province and ADV as text.
 */
export function filterRows(
	rows: readonly TableRow[],
	filters: TableFilters,
	region: ReadonlySet<string> | null = null,
	matches: ReadonlySet<string> | null = null
): TableRow[] {
	const q = fold(filters.q.trim());
	const matchesQuery = (r: TableRow) => !q || matches?.has(r.code) || fold(`${r.naam} ${r.provincie} ${r.advNaam ?? ''}`).includes(q);
	const kept = rows.filter(
		(r) =>
			(!filters.status || r.status === filters.status) &&
			(!filters.provincie || r.provincie === filters.provincie) &&
			(!filters.adv || (filters.adv === 'onbekend' ? r.advId === null : r.advId === filters.adv)) &&
			(!region || region.has(r.code)) &&
			matchesQuery(r)
	);
	const compare = comparator(filters.sort);
	return kept.sort(compare);
}

/**
 * The codes of a year that the map's search finds for a query: municipalities by any of their names
 * in any survey year, and for a former municipality what it became (Weesp → Amsterdam in 2025).
 */
export function searchMatches(entries: readonly SearchEntry[], query: string, year: SurveyYear, geography: GeographyContext): Set<string> {
	const codes = new Set<string>();
	for (const entry of searchMunicipalities(entries, query, Infinity)) {
		for (const related of resolveSelection(entry.code, year, geography)?.related ?? []) codes.add(related.code);
	}
	return codes;
}
