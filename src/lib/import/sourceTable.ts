/**
 * A person's spreadsheet as rows of text cells, each with the line (CSV) or row (.xlsx) it is on:
 * CSV in UTF-8 or Windows-1252 (detected), separated by semicolons (a Dutch-locale export), commas or
 * tabs (pasted from a spreadsheet), or the first sheet of an .xlsx workbook. What was detected is
 * said in words; a file that cannot be read is a problem with its position.
 */
import { parse, CsvError } from 'csv-parse/browser/esm/sync';
import { m } from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';
import type { Problem } from './problem';
import { strayQuote } from './strayQuote';
import { shown } from './safeText';
import { decodeWindows1252 } from './textEncoding';

export interface SourceRow {
	cells: string[];
	/** The line (CSV) or spreadsheet row (.xlsx) of the record, 1-based. */
	line: number;
}

export interface SourceTable {
	rows: SourceRow[];
	/** How the file was read, in words ("CSV, tekenset Windows-1252, scheidingsteken ;"). */
	notes: string[];
	problems: Problem[];
}

export const DELIMITERS = [';', ',', '\t'] as const;
const DELIMITER_NAMES: Record<string, string> = { ';': '";"', ',': '","', '\t': 'tab' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
	} catch {
		// Any byte sequence is Windows-1252 text: the spreadsheet programs' default on Dutch Windows.
		return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
	}
}

/** The delimiter used most on the first line that is not a comment, outside quotes; a comma when none is. */
export function detectDelimiter(text: string): (typeof DELIMITERS)[number] {
	const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
	const unquoted = line.replace(/"[^"]*"/g, '');
	const counts = DELIMITERS.map((d) => unquoted.split(d).length - 1);
	const most = Math.max(...counts);
	return most === 0 ? ',' : DELIMITERS[counts.indexOf(most)];
}

/** CSV or tab-separated text (also what a spreadsheet puts on the clipboard). */
export function readTextTable(text: string, locale: Locale, encoding = 'UTF-8'): SourceTable {
	const problems: Problem[] = [];
	if (text.trim() === '') return { rows: [], notes: [], problems: [{ line: 1, column: 1, message: m.import_empty({}, { locale }) }] };
	const delimiter = detectDelimiter(text);
	const notes = [m.import_note_csv({ encoding, delimiter: DELIMITER_NAMES[delimiter] }, { locale })];
	try {
		// csv-parse's types do not follow the `info` option, which wraps each record with its position.
		const records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: false, bom: true }) as unknown as Array<{
			record: string[];
			info: { lines: number };
		}>;
		return { rows: records.map(({ record, info }) => ({ cells: record, line: info.lines })), notes, problems };
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const quote = ['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE'].includes(error.code) ? strayQuote(text) : null;
		if (quote) problems.push({ ...quote, message: m.import_quote({}, { locale }) });
		else
			problems.push({
				line: (error as CsvError & { lines?: number }).lines ?? 1,
				column: 1,
				message: m.import_csv_syntax({ detail: error.message }, { locale })
			});
		return { rows: [], notes, problems };
	}
}

type XlsxCell = string | number | boolean | Date | null | typeof Date;

/** An .xlsx cell as text, as a person would have typed it. */
function cellText(value: XlsxCell): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? 'ja' : 'nee';
	return String(value);
}

/** The first sheet of an .xlsx workbook, read with read-excel-file (loaded only when a workbook comes). */
export async function readXlsxTable(bytes: Uint8Array, locale: Locale): Promise<SourceTable> {
	const { default: readXlsxFile } = await import('read-excel-file/universal');
	let sheets: { sheet: string; data: XlsxCell[][] }[];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		sheets = (await readXlsxFile(buffer, { trim: false })) as unknown as { sheet: string; data: XlsxCell[][] }[];
	} catch (error) {
		return { rows: [], notes: [], problems: [{ line: 1, column: 1, message: m.import_xlsx_unreadable({ detail: (error as Error).message }, { locale }) }] };
	}
	const [first] = sheets;
	if (!first) return { rows: [], notes: [], problems: [{ line: 1, column: 1, message: m.import_empty({}, { locale }) }] };
	const notes = [m.import_note_xlsx({ sheet: shown(first.sheet) }, { locale })];
	if (sheets.length > 1) notes.push(m.import_note_xlsx_sheets({ sheet: shown(first.sheet), count: sheets.length }, { locale }));
	// Numbers (a code typed as 363), dates and booleans become text here; the import lists what it makes of them.
	const rows = first.data.map((cells, i) => ({ cells: cells.map(cellText), line: i + 1 }));
	return { rows, notes, problems: [] };
}

/** A file as a table: .xlsx by its content (a zip), else CSV text; an .xls or other binary file is refused. */
export async function readSourceTable(bytes: Uint8Array, fileName: string, locale: Locale): Promise<SourceTable> {
	const refuse = (message: string): SourceTable => ({ rows: [], notes: [], problems: [{ line: 1, column: 1, message }] });
	if (bytes.length === 0) return refuse(m.import_empty({}, { locale }));
	if (startsWith(bytes, ZIP)) {
		if (/\.(ods|docx?|zip)$/i.test(fileName)) return refuse(m.import_not_table({ detail: fileName.split('.').pop()! }, { locale }));
		return readXlsxTable(bytes, locale);
	}
	if (startsWith(bytes, OLE) || /\.xls$/i.test(fileName)) return refuse(m.import_xls({}, { locale }));
	if (bytes.subarray(0, 4096).includes(0)) return refuse(m.import_not_table({ detail: 'binary' }, { locale }));
	const { text, encoding } = decodeText(bytes);
	return readTextTable(text, locale, encoding);
}
