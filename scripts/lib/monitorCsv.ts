/**
 * Reads and checks one survey year's monitor CSV (data/monitor/YEAR.csv) against that year's
 * municipalities. Every problem is reported with its line and column; a file with problems yields
 * no rows to build from, so nothing is ever dropped silently.
 */
import type { MunicipalityCode, SurveyYear } from '../../src/lib/model/geography.ts';
import { MUNICIPALITY_CODE_PATTERN, SURVEY_YEARS } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { sameName } from '../../src/lib/model/names.ts';
import { DEVELOPING_ANSWERS, PARTICIPATION, POLICY_ANSWERS, type MonitorAnswers } from '../../src/lib/model/status.ts';
import { csvRecords, CsvError, strayQuote, type CsvRecord } from './csv.ts';
import { decodeUtf8, repairMojibake } from '../../src/lib/import/textEncoding.ts';
import { orList, type Problem } from '../../src/lib/import/problem.ts';
import { describeOtherYear, otherYearMunicipality } from '../../src/lib/import/otherYear.ts';

export { formatProblem, type Problem } from '../../src/lib/import/problem.ts';
import { cellProblem } from '../../src/lib/import/safeText.ts';

export const REQUIRED_COLUMNS = ['gemeentecode', 'gemeentenaam', 'deelname', 'beleid', 'in_ontwikkeling'] as const;

/** Optional columns with a fixed vocabulary; any other optional column is free text. */
export const OPTIONAL_ENUMS: Record<string, readonly string[]> = {
	// Whether the municipality answered the whole questionnaire (the 2022 report distinguishes 162 and 126).
	volledig: ['ja', 'nee']
};

const OPTIONAL_COLUMN_NAME = /^[a-z][a-z0-9_]*$/;

export interface MonitorRow extends MonitorAnswers {
	gemeentecode: MunicipalityCode;
	gemeentenaam: string;
	/** Optional columns by name; empty values are kept as ''. */
	extra: Record<string, string>;
	line: number;
}

export interface MonitorFile {
	year: SurveyYear;
	columns: string[];
	rows: MonitorRow[];
	problems: Problem[];
}

/** The survey year in a file name such as "2022.csv" or "monitor-2022-test.csv". */
export function yearFromFileName(name: string): SurveyYear | undefined {
	const base = name.split(/[\\/]/).pop() ?? name;
	return SURVEY_YEARS.find((y) => new RegExp(`(^|[^0-9])${y}([^0-9]|$)`).test(base));
}

function describeKnown(code: string, year: SurveyYear, geography: GeographyContext): string | undefined {
	const found = otherYearMunicipality(code, year, geography);
	return found && describeOtherYear(found, year);
}

export function readMonitorCsv(bytes: Uint8Array, year: SurveyYear, geography: GeographyContext): MonitorFile {
	const problems: Problem[] = [];
	const result: MonitorFile = { year, columns: [], rows: [], problems };
	const say = (line: number, column: number, message: string) => problems.push({ line, column, message });

	if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes))) {
		say(1, 1, `the file is empty; expected the header "${REQUIRED_COLUMNS.join(',')}" and one row per municipality of ${year}`);
		return result;
	}
	const decoded = decodeUtf8(bytes);
	problems.push(...decoded.problems);
	const text = decoded.text;

	const firstLine = text.split(/\r?\n/, 1)[0];
	if (!firstLine.includes(',')) {
		const used = [';', '\t', '|'].find((d) => firstLine.includes(d));
		say(
			1,
			1,
			used
				? `fields are separated by "${used === '\t' ? '\\t' : used}"; expected "," (comma-separated values)`
				: `the first line has no commas; expected the header "${REQUIRED_COLUMNS.join(',')}"`
		);
		return result;
	}

	let records: CsvRecord[];
	try {
		records = csvRecords(text, { skipEmptyLines: false });
	} catch (error) {
		if (error instanceof CsvError) {
			const quote = ['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE'].includes(error.code) ? strayQuote(text) : null;
			if (quote) say(quote.line, quote.column, 'a quote opens here and never closes; close it, or double it ("") inside a quoted value');
			else say((error as CsvError & { lines?: number }).lines ?? 1, 1, `CSV syntax error: ${error.message}`);
			return result;
		}
		throw error;
	}

	const [header, ...body] = records;
	const columns = header.fields;
	result.columns = columns;
	if (MUNICIPALITY_CODE_PATTERN.test(columns[0] ?? '')) {
		say(1, 1, `the first line is a data row, not the header; expected the header "${REQUIRED_COLUMNS.join(',')}"`);
		return result;
	}
	let headerOk = true;
	REQUIRED_COLUMNS.forEach((name, i) => {
		if (columns[i] === name) return;
		headerOk = false;
		const found = columns.indexOf(name);
		say(
			1,
			i + 1,
			found >= 0
				? `column "${name}" is column ${found + 1}; expected it as column ${i + 1} (header: ${REQUIRED_COLUMNS.join(',')},…)`
				: `header column ${i + 1} is ${columns[i] === undefined ? 'missing' : `"${columns[i]}"`}; expected "${name}"`
		);
	});
	columns.slice(REQUIRED_COLUMNS.length).forEach((name, k) => {
		const i = REQUIRED_COLUMNS.length + k;
		if ((REQUIRED_COLUMNS as readonly string[]).includes(name)) return; // reported above
		if (!OPTIONAL_COLUMN_NAME.test(name)) {
			headerOk = false;
			say(1, i + 1, `optional column name "${name}" is not allowed; use lower case letters, digits and _`);
		} else if (columns.indexOf(name) !== i) {
			headerOk = false;
			say(1, i + 1, `column "${name}" appears twice`);
		}
	});
	if (!headerOk) return result;

	const seen = new Map<string, number>();
	const lastLine = body.length ? body[body.length - 1].line : 1;
	for (const { fields: record, line } of body) {
		if (record.length === 1 && record[0] === '') {
			say(line, 1, 'empty line; remove it (every line is one municipality)');
			continue;
		}
		if (record.length !== columns.length) {
			// The row is there, only malformed: do not also report its municipality as missing.
			const code = record[0]?.trim() ?? '';
			if (geography.get(year, code) && !seen.has(code)) seen.set(code, line);
			say(line, Math.min(record.length, columns.length) + 1, `row has ${record.length} fields; expected ${columns.length} as in the header`);
			continue;
		}
		let rowOk = true;
		const bad = (column: number, message: string) => {
			rowOk = false;
			say(line, column + 1, message);
		};
		record.forEach((value, i) => {
			const unsafe = cellProblem(value);
			if (unsafe) return bad(i, `${columns[i]}: ${unsafe}`);
			if (value !== value.trim()) bad(i, `${columns[i]} "${value}" has spaces around it; expected "${value.trim()}"`);
			const repaired = repairMojibake(value);
			if (repaired) bad(i, `${columns[i]} "${value}" looks like UTF-8 read as Windows-1252 (mojibake); expected "${repaired}"`);
		});
		const field = (name: string) => record[columns.indexOf(name)].trim();
		const col = (name: string) => columns.indexOf(name);

		const code = field('gemeentecode');
		const municipality = geography.get(year, code);
		if (!MUNICIPALITY_CODE_PATTERN.test(code)) {
			bad(0, `"${code}" is not a municipality code; expected GM followed by four digits, e.g. GM0363`);
		} else if (!municipality) {
			bad(
				0,
				describeKnown(code, year, geography) ?? `${code} is not a municipality of ${year} (nor of ${SURVEY_YEARS.filter((y) => y !== year).join(' or ')})`
			);
		} else if (seen.has(code)) {
			bad(0, `${code} appears again; its first row is on line ${seen.get(code)}`);
		} else {
			seen.set(code, line);
		}

		const name = field('gemeentenaam');
		if (municipality && name === '') {
			bad(1, `gemeentenaam is empty; expected "${municipality.naam}"`);
		} else if (municipality && !sameName(name, municipality.naam) && !repairMojibake(name)) {
			bad(1, `gemeentenaam "${name}" does not match ${code}, which is "${municipality.naam}" in ${year}`);
		}

		const enumCheck = (name: string, allowed: readonly string[], required: boolean) => {
			const value = field(name);
			if (value === '' && !required) return;
			if (!allowed.includes(value)) {
				bad(
					col(name),
					value === ''
						? `${name} is empty; expected ${orList(allowed)}`
						: `${name} "${value}" is not allowed; expected ${orList(allowed)}${required ? '' : ' or empty'}`
				);
			}
		};
		enumCheck('deelname', PARTICIPATION, true);
		enumCheck('beleid', POLICY_ANSWERS, false);
		enumCheck('in_ontwikkeling', DEVELOPING_ANSWERS, false);
		for (const [name, allowed] of Object.entries(OPTIONAL_ENUMS)) if (columns.includes(name)) enumCheck(name, allowed, false);

		const deelname = field('deelname');
		if (deelname === 'nee') {
			for (const name of ['beleid', 'in_ontwikkeling', ...Object.keys(OPTIONAL_ENUMS).filter((n) => columns.includes(n))]) {
				if (field(name) !== '') bad(col(name), `${name} is "${field(name)}" but deelname is "nee"; leave it empty for a municipality that did not take part`);
			}
		}
		if (deelname === 'ja' && field('beleid') === '') {
			bad(col('beleid'), `beleid is empty but deelname is "ja"; expected ${orList(POLICY_ANSWERS)}`);
		}
		if (field('beleid') === 'geen' && field('in_ontwikkeling') === '') {
			bad(col('in_ontwikkeling'), `in_ontwikkeling is empty but beleid is "geen"; expected ${orList(DEVELOPING_ANSWERS)}`);
		}

		if (rowOk) {
			result.rows.push({
				gemeentecode: code as MunicipalityCode,
				gemeentenaam: name,
				deelname: deelname as MonitorRow['deelname'],
				beleid: field('beleid') as MonitorRow['beleid'],
				in_ontwikkeling: field('in_ontwikkeling') as MonitorRow['in_ontwikkeling'],
				extra: Object.fromEntries(columns.slice(REQUIRED_COLUMNS.length).map((c) => [c, field(c)])),
				line
			});
		}
	}

	for (const municipality of geography.municipalities(year)) {
		if (!seen.has(municipality.code)) {
			say(
				lastLine + 1,
				1,
				`${municipality.code} ${municipality.naam} is missing; every municipality of ${year} needs a row (deelname "nee" if it did not take part)`
			);
		}
	}
	if (problems.length) result.rows = [];
	return result;
}
