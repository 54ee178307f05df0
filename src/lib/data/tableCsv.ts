/**
 * The rows the table shows, as CSV: what a reader filtered and sorted is what they download. Like
 * the published monitor files, every row says in its first column whether the data is synthetic, so
 * no copy of a single row can lose the notice.
 */
import { SURVEY_YEARS } from '../model/geography';
import type { TableRow } from './tableRows';

/** The first column of every row of every CSV the site writes: synthetic or real data. */
export const SYNTHETIC_LABEL = 'SYNTHETISCHE VOORBEELDGEGEVENS / synthetic demonstration data';
export const REAL_DATA_LABEL = 'Monitor lokaal antidiscriminatiebeleid';

export const TABLE_CSV_HEADER = [
	'gegevens',
	'gemeentecode',
	'gemeentenaam',
	'provincie',
	'antidiscriminatievoorziening',
	...SURVEY_YEARS.map((y) => `status_${y}`)
];

/**
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) with
 * an apostrophe in front, as the OWASP rule on CSV injection advises: shown as text, never run.
 */
export const neutraliseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** A cell as CSV: formula triggers neutralised, quoted where needed. */
export function csvCell(value: string): string {
	const safe = neutraliseFormula(value);
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A year's status of a row: its own, or its predecessors' or successors' ("GM0738 Aalburg: geen-beleid; …"). */
function statusIn(row: TableRow, year: (typeof SURVEY_YEARS)[number]): string {
	const entry = row.statusByYear.find((s) => s.year === year);
	if (!entry) return '';
	if (entry.relation === 'self') return entry.items[0].status;
	return entry.items.map((i) => `${i.code} ${i.naam}: ${i.status}`).join('; ');
}

export function tableCsv(rows: readonly TableRow[], data: string): string {
	const lines = [TABLE_CSV_HEADER, ...rows.map((r) => [data, r.code, r.naam, r.provincie, r.advNaam ?? '', ...SURVEY_YEARS.map((y) => statusIn(r, y))])];
	return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
