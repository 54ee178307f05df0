/**
 * The one CSV reader of the data build: csv-parse with the line of every record, so each problem
 * can be reported as FILE:LINE:COLUMN. Rows of any length come back as they are (the callers say
 * which length they expected); a syntax error is csv-parse's CsvError, with its line.
 */
import { parse } from 'csv-parse/sync';

export { CsvError } from 'csv-parse/sync';

export interface CsvRecord {
	fields: string[];
	/** The line the record ends on (1-based), as csv-parse counts it. */
	line: number;
}

export function csvRecords(text: string, { skipEmptyLines = true }: { skipEmptyLines?: boolean } = {}): CsvRecord[] {
	// csv-parse's types do not follow the `info` option, which wraps each record with its position.
	const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: skipEmptyLines, bom: false }) as unknown as Array<{
		record: string[];
		info: { lines: number };
	}>;
	return records.map(({ record, info }) => ({ fields: record, line: info.lines }));
}

/** Records after a header row, as objects keyed by the header's names. */
export function csvObjects(text: string): Array<{ values: Record<string, string>; line: number }> {
	const [header, ...body] = csvRecords(text);
	if (!header) return [];
	return body.map(({ fields, line }) => ({ values: Object.fromEntries(header.fields.map((name, i) => [name, fields[i] ?? ''])), line }));
}

export { strayQuote } from '../../src/lib/import/strayQuote.ts';
