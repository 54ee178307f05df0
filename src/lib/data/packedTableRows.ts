/**
 * The table's prerendered rows as the page's hydration data, packed. The page carries them twice: as
 * the rows' markup, and as data for the filters that work before the data files arrive. As plain
 * objects the data was 153 KB of script in /tabel's HTML, which a phone parses and runs while the page
 * starts (≈ 30–37 ms of CPU at full speed); almost all of it repeats what the row says already (a
 * municipality's own status in each year, as a list of one item with its own code, name and share 1).
 * Unpacked, the rows are equal to the ones packed, key for key (sameRows compares them as JSON).
 */
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { DisplayStatus } from '../model/status';
import type { YearStatus } from './details';
import type { TableRow } from './tableRows';

/** A year in which the row's municipality itself existed: its status, as an index into `strings`. */
type OwnYear = number;
/** Any other year: relation and items, with the status as an index into `strings`. */
type RelatedYear = [year: SurveyYear, relation: YearStatus['relation'], items: Array<[code: string, naam: string, share: number, status: number]>];

export interface PackedTableRows {
	/** The survey years of each row's statuses, in order. */
	years: SurveyYear[];
	/** Provinces, ADV ids and names and statuses, each once; rows refer to them by index (-1: none). */
	strings: string[];
	rows: Array<[code: string, naam: string, provincie: number, advId: number, advNaam: number, status: number, years: Array<OwnYear | RelatedYear>]>;
}

export function packTableRows(rows: readonly TableRow[]): PackedTableRows {
	const strings: string[] = [];
	const indexes = new Map<string, number>();
	const index = (text: string | null): number => {
		if (text === null) return -1;
		if (!indexes.has(text)) indexes.set(text, strings.push(text) - 1);
		return indexes.get(text)!;
	};
	const years = rows[0]?.statusByYear.map((s) => s.year) ?? [];
	return {
		years,
		strings,
		rows: rows.map((row) => {
			const byYear = row.statusByYear.map((entry, i): OwnYear | RelatedYear => {
				if (entry.year !== years[i]) throw new Error(`${row.code}: statuses not in the years ${years.join(', ')}`);
				const [only] = entry.items;
				const own = entry.relation === 'self' && entry.items.length === 1 && only.code === row.code && only.naam === row.naam && only.share === 1;
				return own ? index(only.status) : [entry.year, entry.relation, entry.items.map((item) => [item.code, item.naam, item.share, index(item.status)])];
			});
			return [row.code, row.naam, index(row.provincie), index(row.advId), index(row.advNaam), index(row.status), byYear];
		})
	};
}

// Read by index, not by destructuring the packed arrays: this runs while the table page hydrates,
// before the code is optimised, and destructuring an array goes through its iterator (for 342 rows
// and a thousand entries that was ≈ 17 ms of a phone's main thread, a profile at 4×).
export function unpackTableRows({ years, strings, rows }: PackedTableRows): TableRow[] {
	const text = (i: number) => (i < 0 ? null : strings[i]);
	const status = (i: number) => strings[i] as DisplayStatus;
	return rows.map((row) => {
		const code = row[0] as MunicipalityCode;
		const naam = row[1];
		return {
			code,
			naam,
			provincie: strings[row[2]],
			advId: text(row[3]),
			advNaam: text(row[4]),
			status: status(row[5]),
			statusByYear: row[6].map((entry, i): YearStatus =>
				typeof entry === 'number'
					? { year: years[i], relation: 'self', items: [{ code, naam, share: 1, status: status(entry) }] }
					: {
							year: entry[0],
							relation: entry[1],
							items: entry[2].map((item) => ({ code: item[0] as MunicipalityCode, naam: item[1], share: item[2], status: status(item[3]) }))
						}
			)
		};
	});
}
