/**
 * Turns a person's spreadsheet of monitor answers (read by sourceTable.ts) into our rows for one
 * survey year: columns through the mapping file, municipalities by code or name through the
 * names index and the crosswalk, answer wordings into our values. It never guesses silently: every
 * conversion is listed as a note, and everything it cannot resolve is a problem at its line and
 * column, with a suggestion; a file with any problem yields no rows. The data owner's command
 * (npm run data:import) and the browser preview (/eigen-gegevens) run this same code.
 */
import { m } from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';
import type { MonitorRecord } from '../data/monitorJson';
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';
import { DEVELOPING_ANSWERS, POLICY_ANSWERS, PARTICIPATION, type MonitorAnswers } from '../model/status';
import { ANSWER_FIELDS, OWN_VALUES, type AnswerField, type Answers, type ImportField, type MappingIndex } from './mapping';
import type { Problem } from './problem';
import { resolveMunicipality } from './resolveMunicipality';
import { MAX_CELL, shown } from './safeText';
import type { SourceRow, SourceTable } from './sourceTable';
import { compareDutch } from '../model/dutchOrder';

export interface ImportOptions {
	year: SurveyYear;
	geography: GeographyContext;
	mapping: MappingIndex;
	/** Municipalities missing from the file did not take part (a file of respondents only): the person says so. */
	absentDidNotTakePart: boolean;
	locale: Locale;
}

export interface ImportResult {
	year: SurveyYear;
	/** One row per municipality of the year, by code; empty when there is any problem. */
	rows: MonitorRecord[];
	/** Optional columns the rows carry (volledig when the file has it). */
	optionalColumns: string[];
	/** How the file was read and everything that was converted, in words. */
	notes: string[];
	problems: Problem[];
}

/** Header rows are looked for among the first rows, below a title a spreadsheet may have. */
const HEADER_SEARCH_ROWS = 10;
/** Lines listed in a note before the rest is counted. */
const LISTED = 12;

const quoted = (values: readonly string[]) => values.map((v) => shown(v)).join(', ');
/** Our values and the first wordings of the mapping: enough to show the form, not the whole file. */
const knownWordings = (wordings: readonly string[]) => (wordings.length > 9 ? `${quoted(wordings.slice(0, 9))}, …` : quoted(wordings));
const lineList = (lines: readonly number[]) => (lines.length > LISTED ? `${lines.slice(0, LISTED).join(', ')}, …` : lines.join(', '));

export function importMonitor(table: SourceTable, options: ImportOptions): ImportResult {
	const { year, geography, mapping, locale } = options;
	const problems: Problem[] = [...table.problems];
	const notes: string[] = [...table.notes];
	const result: ImportResult = { year, rows: [], optionalColumns: [], notes, problems };
	const say = (line: number, column: number, message: string) => problems.push({ line, column, message });
	if (problems.length) return result;

	// Comment lines (the template's "# …" header) and empty lines are skipped, and said so.
	const comments: number[] = [];
	const empties: number[] = [];
	const content = table.rows.filter((row) => {
		if ((row.cells[0] ?? '').trim().startsWith('#')) comments.push(row.line);
		else if (row.cells.every((c) => c.trim() === '')) empties.push(row.line);
		else return true;
		return false;
	});
	if (content.length === 0) {
		say(table.rows[0]?.line ?? 1, 1, m.import_empty({}, { locale }));
		return result;
	}

	// The header: the first row (of the first few) with a column that names the municipality.
	const namesMunicipality = (row: SourceRow) => row.cells.some((c) => ['gemeentecode', 'gemeentenaam'].includes(mapping.field(c) ?? ''));
	const headerIndex = content.slice(0, HEADER_SEARCH_ROWS).findIndex(namesMunicipality);
	if (headerIndex < 0) {
		const expected = quoted([...mapping.headersOf('gemeentecode', 2), ...mapping.headersOf('gemeentenaam', 3)]);
		say(content[0].line, 1, m.import_no_municipality_column({ expected, found: quoted(content[0].cells.filter((c) => c.trim())) }, { locale }));
		return result;
	}
	const header = content[headerIndex];
	if (headerIndex > 0) notes.push(m.import_note_header({ line: header.line, skipped: lineList(content.slice(0, headerIndex).map((r) => r.line)) }, { locale }));
	if (comments.length) notes.push(m.import_note_comments({ count: comments.length, lines: lineList(comments) }, { locale }));
	if (empties.length) notes.push(m.import_note_empty({ count: empties.length, lines: lineList(empties) }, { locale }));
	const body = content.slice(headerIndex + 1);

	const columns = new Map<ImportField, number>();
	header.cells.forEach((text, i) => {
		const label = text.trim();
		if (label === '') {
			if (body.some((row) => (row.cells[i] ?? '').trim() !== '')) notes.push(m.import_note_ignored({ column: i + 1, header: shown(label) }, { locale }));
			return;
		}
		const field = mapping.field(label);
		if (!field) return notes.push(m.import_note_ignored({ column: i + 1, header: shown(label) }, { locale }));
		const first = columns.get(field);
		if (first !== undefined)
			return say(header.line, i + 1, m.import_duplicate_column({ column: i + 1, header: shown(label), field, first: first + 1 }, { locale }));
		columns.set(field, i);
		notes.push(m.import_note_column({ column: i + 1, header: shown(label), field }, { locale }));
	});
	if (!columns.has('beleid')) {
		say(
			header.line,
			1,
			m.import_no_policy_column({ expected: quoted(mapping.headersOf('beleid', 4)), found: quoted(header.cells.filter((c) => c.trim())) }, { locale })
		);
	}
	if (problems.length) return result;
	const columnOf = (field: ImportField) => columns.get(field)! + 1;
	const headerOf = (field: ImportField) => header.cells[columns.get(field)!].trim();

	const usedColumns = new Set(columns.values());
	const seen = new Map<MunicipalityCode, number>();
	const records = new Map<MunicipalityCode, MonitorRecord>();
	const answerNotes = new Map<string, { field: AnswerField; value: string; result: string; count: number }>();
	const rowNotes: string[] = [];
	let trimmed = 0;
	let exactNames = 0;
	const padded: string[] = [];
	const derived = { yes: 0, no: 0 };

	for (const row of body) {
		let rowOk = true;
		const bad = (column: number, message: string) => {
			rowOk = false;
			say(row.line, column, message);
		};
		// Only the columns that are read: an ignored column may hold anything.
		row.cells.forEach((raw, i) => {
			if (!usedColumns.has(i)) return;
			if (raw.length > MAX_CELL)
				bad(i + 1, m.import_cell_long({ column: shown(header.cells[i] ?? ''), length: raw.length, max: MAX_CELL, value: shown(raw) }, { locale }));
			else if (/\p{Cc}/u.test(raw.replace(/\r?\n/g, '')))
				bad(i + 1, m.import_cell_control({ column: shown(header.cells[i] ?? ''), value: shown(raw) }, { locale }));
		});
		const cell = (field: ImportField): string | undefined => {
			const i = columns.get(field);
			if (i === undefined) return undefined;
			const raw = row.cells[i] ?? '';
			if (raw !== raw.trim()) trimmed++;
			return raw.trim();
		};

		// Which municipality: by code (a code of another year only where it is the same area), else by name.
		const found = resolveMunicipality({ code: cell('gemeentecode'), name: cell('gemeentenaam') }, { year, geography, locale, line: row.line });
		for (const problem of found.problems) bad(columnOf(problem.field), problem.message);
		if (found.note) rowNotes.push(found.note);
		if (found.padded) padded.push(found.padded);
		if (found.exactName) exactNames++;
		const code = found.code;
		const where = columnOf(columns.has('gemeentecode') ? 'gemeentecode' : 'gemeentenaam');
		if (code && seen.has(code)) {
			bad(where, m.import_duplicate_row({ name: `${code} ${geography.get(year, code)!.naam}`, first: seen.get(code)! }, { locale }));
			continue;
		}
		if (code) seen.set(code, row.line);

		// The answers: each column's wording through the mapping; one wording may answer two fields.
		const answers: Answers = {};
		const answerColumn = new Map<AnswerField, ImportField>();
		for (const field of ANSWER_FIELDS) {
			const value = cell(field);
			if (!value) continue;
			const meaning = mapping.answer(field, value);
			if (!meaning) {
				bad(
					columnOf(field),
					m.import_answer_unknown({ column: shown(headerOf(field)), value: shown(value), allowed: knownWordings(mapping.wordingsOf(field)) }, { locale })
				);
				continue;
			}
			const ownValue = (OWN_VALUES[field] as readonly string[]).includes(value);
			if (!ownValue) {
				const result = Object.entries(meaning)
					.map(([f, v]) => `${f} ${v}`)
					.join(', ');
				const key = `${field}|${value}`;
				const noted = answerNotes.get(key) ?? { field, value, result, count: 0 };
				noted.count++;
				answerNotes.set(key, noted);
			}
			for (const [f, v] of Object.entries(meaning) as [AnswerField, string][]) {
				const before = answers[f];
				if (before !== undefined && before !== v) {
					bad(columnOf(field), m.import_answer_conflict({ field: f, first: before, second: v, column: shown(headerOf(field)) }, { locale }));
				} else {
					(answers as Record<string, string>)[f] = v;
					answerColumn.set(f, answerColumn.get(f) ?? field);
				}
			}
		}
		// A row already wrong (an unknown wording, say) is not checked for what follows from it.
		if (!rowOk) continue;
		if (!columns.has('deelname')) {
			answers.deelname ??= answers.beleid ? 'ja' : 'nee';
			if (answers.deelname === 'ja') derived.yes++;
			else derived.no++;
		} else if (!answers.deelname) {
			bad(columnOf('deelname'), m.import_participation_empty({ allowed: PARTICIPATION.join(', ') }, { locale }));
		}
		const at = (field: AnswerField) => (columns.has(field) ? columnOf(field) : columnOf(answerColumn.get(field) ?? 'beleid'));
		if (answers.deelname === 'nee') {
			for (const field of ['beleid', 'in_ontwikkeling', 'volledig'] as const) {
				if (answers[field]) bad(at(field), m.import_not_participating_answered({ field, value: answers[field]! }, { locale }));
			}
		}
		if (answers.deelname === 'ja' && !answers.beleid) bad(columnOf('beleid'), m.import_policy_missing({ allowed: POLICY_ANSWERS.join(', ') }, { locale }));
		if (answers.beleid === 'geen' && !answers.in_ontwikkeling)
			bad(at('in_ontwikkeling'), m.import_developing_missing({ allowed: DEVELOPING_ANSWERS.join(', ') }, { locale }));

		if (rowOk && code) {
			records.set(code, {
				gemeentecode: code,
				deelname: answers.deelname as MonitorAnswers['deelname'],
				beleid: (answers.beleid ?? '') as MonitorAnswers['beleid'],
				in_ontwikkeling: (answers.in_ontwikkeling ?? '') as MonitorAnswers['in_ontwikkeling'],
				extra: columns.has('volledig') ? { volledig: answers.volledig ?? '' } : {}
			});
		}
	}

	// Municipalities the file does not name: a problem each, unless the person said they did not take part.
	const absent = geography
		.municipalities(year)
		.filter((mu) => !seen.has(mu.code))
		.sort((a, b) => a.code.localeCompare(b.code));
	const lastLine = (body.at(-1) ?? header).line;
	if (absent.length && options.absentDidNotTakePart) {
		for (const mu of absent) {
			records.set(mu.code, { gemeentecode: mu.code, deelname: 'nee', beleid: '', in_ontwikkeling: '', extra: columns.has('volledig') ? { volledig: '' } : {} });
		}
		notes.push(
			m.import_note_absent(
				{
					count: absent.length,
					names: absent
						.map((mu) => mu.naam)
						.sort(compareDutch)
						.join(', ')
				},
				{ locale }
			)
		);
	} else {
		for (const mu of absent) say(lastLine + 1, 1, m.import_absent({ code: mu.code, name: mu.naam, year }, { locale }));
	}

	if (trimmed) notes.push(m.import_note_trimmed({ count: trimmed }, { locale }));
	if (padded.length) notes.push(m.import_note_code_padded({ count: padded.length, example: padded[0] }, { locale }));
	if (exactNames) notes.push(m.import_note_names_exact({ count: exactNames }, { locale }));
	notes.push(...rowNotes);
	for (const a of answerNotes.values())
		notes.push(m.import_note_answer({ column: a.field, value: shown(a.value), result: a.result, count: a.count }, { locale }));
	if (derived.yes + derived.no) notes.push(m.import_note_participation_derived(derived, { locale }));

	result.optionalColumns = columns.has('volledig') ? ['volledig'] : [];
	if (problems.length === 0) result.rows = [...records.values()].sort((a, b) => a.gemeentecode.localeCompare(b.gemeentecode));
	return result;
}
