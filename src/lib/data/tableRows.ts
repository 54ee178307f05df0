/** Rows of the table view: every municipality of a year with its province, ADV and status per year. */
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import { DISPLAY_STATUSES, type DisplayStatus } from '../model/status';
import type { TableFilters } from '../state/viewState';
import { municipalityDetails, type DetailsData, type YearStatus } from './details';

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

export function tableRows(year: SurveyYear, data: DetailsData): TableRow[] {
	return data.geography.municipalities(year).map((m) => {
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

const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** Rows matching the filters (and, when given, a region), sorted as asked. */
export function filterRows(rows: readonly TableRow[], filters: TableFilters, region: ReadonlySet<string> | null = null): TableRow[] {
	const q = fold(filters.q.trim());
	const kept = rows.filter(
		(r) =>
			(!filters.status || r.status === filters.status) &&
			(!filters.provincie || r.provincie === filters.provincie) &&
			(!filters.adv || (filters.adv === 'onbekend' ? r.advId === null : r.advId === filters.adv)) &&
			(!region || region.has(r.code)) &&
			(!q || fold(`${r.naam} ${r.provincie} ${r.advNaam ?? ''}`).includes(q))
	);
	const byName = (a: TableRow, b: TableRow) => a.naam.localeCompare(b.naam, 'nl');
	const compare: Record<TableFilters['sort'], (a: TableRow, b: TableRow) => number> = {
		naam: byName,
		provincie: (a, b) => a.provincie.localeCompare(b.provincie, 'nl') || byName(a, b),
		adv: (a, b) => (a.advNaam ?? '\uffff').localeCompare(b.advNaam ?? '\uffff', 'nl') || byName(a, b),
		status: (a, b) => DISPLAY_STATUSES.indexOf(a.status) - DISPLAY_STATUSES.indexOf(b.status) || byName(a, b)
	};
	return kept.sort(compare[filters.sort]);
}
