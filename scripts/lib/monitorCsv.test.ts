/**
 * One failing fixture per validation rule, each checked against its exact FILE:LINE:COLUMN message,
 * and a valid fixture that passes. Fixtures are made from the real 2022 (and 2025) municipality lists,
 * so line numbers are those of a real file: the header is line 1, the n-th municipality line n + 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from './geography';
import type { GeographyContext } from '../../src/lib/model/geographyContext';
import type { SurveyYear } from '../../src/lib/model/geography';
import { formatProblem, readMonitorCsv, yearFromFileName } from './monitorCsv';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

const HEADER = 'gemeentecode,gemeentenaam,deelname,beleid,in_ontwikkeling';

/** A name as a CSV field: "Nuenen, Gerwen en Nederwetten" needs quotes. */
const quoted = (name: string) => (name.includes(',') ? `"${name}"` : name);

/** A valid file: Amsterdam and Groningen took part, everyone else did not. */
function validLines(year: SurveyYear = 2022): string[] {
	const rows = geography
		.municipalities(year)
		.map((m) =>
			m.code === 'GM0363' ? `${m.code},${m.naam},ja,specifiek,` : m.code === 'GM0014' ? `${m.code},${m.naam},ja,geen,ja` : `${m.code},${quoted(m.naam)},nee,,`
		);
	return [HEADER, ...rows];
}

/** Line number (1-based) of a municipality's row in validLines(). */
function lineOf(code: string, year: SurveyYear = 2022): number {
	return validLines(year).findIndex((l) => l.startsWith(`${code},`)) + 1;
}

function replaceRow(lines: string[], code: string, row: string): string[] {
	return lines.map((l) => (l.startsWith(`${code},`) ? row : l));
}

function check(lines: string[] | Uint8Array, year: SurveyYear = 2022, file = `${year}.csv`): string[] {
	const bytes = lines instanceof Uint8Array ? lines : new TextEncoder().encode(lines.join('\n') + '\n');
	return readMonitorCsv(bytes, year, geography).problems.map((p) => formatProblem(file, p));
}

describe('monitor CSV validation', () => {
	it('accepts a valid file and returns every row', () => {
		const result = readMonitorCsv(new TextEncoder().encode(validLines().join('\n') + '\n'), 2022, geography);
		expect(result.problems).toEqual([]);
		expect(result.rows).toHaveLength(345);
		expect(result.rows.find((r) => r.gemeentecode === 'GM0363')).toMatchObject({ deelname: 'ja', beleid: 'specifiek', line: lineOf('GM0363') });
	});

	it('accepts CRLF line ends and known spelling variants of names', () => {
		let lines = replaceRow(validLines(), 'GM0518', 'GM0518,Den Haag,nee,,');
		lines = replaceRow(lines, 'GM1900', 'GM1900,Sudwest-Fryslan,nee,,');
		lines = replaceRow(lines, 'GM0796', 'GM0796,s-Hertogenbosch,nee,,');
		expect(check(new TextEncoder().encode(lines.join('\r\n') + '\r\n'))).toEqual([]);
	});

	it('finds the survey year in the file name', () => {
		expect(yearFromFileName('data/monitor/2022.csv')).toBe(2022);
		expect(yearFromFileName('monitor-2017-bad.csv')).toBe(2017);
		expect(yearFromFileName('monitor.csv')).toBeUndefined();
	});

	it('reports a quote that never closes on the line where it opens, not at the end of the file', () => {
		const lines = validLines();
		const amsterdam = lineOf('GM0363');
		const broken = replaceRow(lines, 'GM0363', 'GM0363,"Amsterdam,ja,specifiek,');
		expect(check(broken)).toEqual([`2022.csv:${amsterdam}:8: a quote opens here and never closes; close it, or double it ("") inside a quoted value`]);
		// In the last row no later quote pairs with it: csv-parse's other error, the same answer.
		const last = lines.length;
		const [code] = lines[last - 1].split(',');
		const atEnd = [...lines.slice(0, -1), `${code},"${lines[last - 1].slice(code.length + 1)}`];
		expect(check(atEnd)).toEqual([`2022.csv:${last}:8: a quote opens here and never closes; close it, or double it ("") inside a quoted value`]);
	});

	it('rejects an oversized cell and a control character with line and column', () => {
		const lines = validLines();
		const broken = replaceRow(
			replaceRow(lines, 'GM0363', `GM0363,Amsterdam,ja,specifiek,${'x'.repeat(600)}`),
			'GM0014',
			'GM0014,Groningen\u001b[2J,ja,geen,ja'
		);
		const problems = check(broken);
		expect(problems).toContain(`2022.csv:${lineOf('GM0363')}:5: in_ontwikkeling: cell is 600 characters long (at most 500): "${'x'.repeat(60)}…"`);
		expect(problems).toContain(`2022.csv:${lineOf('GM0014')}:2: gemeentenaam: control character in cell "Groningen\\u001b[2J"`);
	});

	it('reports an empty file', () => {
		expect(check(new Uint8Array())).toEqual([`2022.csv:1:1: the file is empty; expected the header "${HEADER}" and one row per municipality of 2022`]);
	});

	it('reports a UTF-8 byte order mark', () => {
		const bytes = new TextEncoder().encode('\uFEFF' + validLines().join('\n') + '\n');
		expect(check(bytes)).toEqual(['2022.csv:1:1: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM']);
	});

	it('reports Windows-1252 bytes at their position', () => {
		const lines = validLines();
		const line = lineOf('GM1900');
		const text = lines.join('\n') + '\n';
		// Súdwest-Fryslân saved as Windows-1252: ú = 0xFA, â = 0xE2.
		const bytes = Uint8Array.from([...text].flatMap((ch) => (ch === 'ú' ? [0xfa] : ch === 'â' ? [0xe2] : [...new TextEncoder().encode(ch)])));
		expect(check(bytes)).toEqual([
			`2022.csv:${line}:9: byte 0xFA is not valid UTF-8 (in Windows-1252 it is "ú"): the file looks like Windows-1252; save it as UTF-8`
		]);
	});

	it('reports mojibake (UTF-8 that was read as Windows-1252 and saved again)', () => {
		const lines = replaceRow(validLines(), 'GM1900', 'GM1900,SÃºdwest-FryslÃ¢n,nee,,');
		expect(check(lines)).toEqual([
			`2022.csv:${lineOf('GM1900')}:2: gemeentenaam "SÃºdwest-FryslÃ¢n" looks like UTF-8 read as Windows-1252 (mojibake); expected "Súdwest-Fryslân"`
		]);
	});

	it('reports a wrong delimiter', () => {
		expect(check(validLines().map((l) => l.replaceAll(',', ';')))).toEqual([
			'2022.csv:1:1: fields are separated by ";"; expected "," (comma-separated values)'
		]);
	});

	it('reports a wrong header column', () => {
		const lines = validLines();
		lines[0] = 'gemeentecode,gemeentenaam,deelname,policy,in_ontwikkeling';
		expect(check(lines)).toEqual(['2022.csv:1:4: header column 4 is "policy"; expected "beleid"']);
	});

	it('reports a missing header', () => {
		expect(check(validLines().slice(1))).toEqual([`2022.csv:1:1: the first line is a data row, not the header; expected the header "${HEADER}"`]);
	});

	it('reports a row with the wrong number of fields', () => {
		const lines = replaceRow(validLines(), 'GM0363', 'GM0363,Amsterdam,ja,specifiek');
		expect(check(lines)).toEqual([`2022.csv:${lineOf('GM0363')}:5: row has 4 fields; expected 5 as in the header`]);
	});

	it('reports a malformed code', () => {
		const lines = replaceRow(validLines(), 'GM0363', 'GM363,Amsterdam,ja,specifiek,');
		expect(check(lines)).toEqual([
			`2022.csv:${lineOf('GM0363')}:1: "GM363" is not a municipality code; expected GM followed by four digits, e.g. GM0363`,
			`2022.csv:347:1: GM0363 Amsterdam is missing; every municipality of 2022 needs a row (deelname "nee" if it did not take part)`
		]);
	});

	it('reports an unknown code', () => {
		const lines = [...validLines(), 'GM9999,Nergenshuizen,nee,,'];
		expect(check(lines)).toEqual(['2022.csv:347:1: GM9999 is not a municipality of 2022 (nor of 2017 or 2025)']);
	});

	it('reports a code of an earlier indeling and what it became', () => {
		const lines = [...validLines(), 'GM0017,Haren,nee,,'];
		expect(check(lines)).toEqual([
			'2022.csv:347:1: GM0017 is not a municipality of 2022: it is Haren in the 2017 indeling, which by 2022 became part of GM0014 Groningen'
		]);
	});

	it('reports a code of a split municipality with all its successors', () => {
		const lines = [...validLines(), 'GM0788,Haaren,nee,,'];
		expect(check(lines)).toEqual([
			'2022.csv:347:1: GM0788 is not a municipality of 2022: it is Haaren in the 2017 indeling, which by 2022 was divided over GM0865 Vught (44%), GM0824 Oisterwijk (29%), GM0855 Tilburg (18%), GM0757 Boxtel (10%)'
		]);
	});

	it('reports a code of a later indeling and what it was formed from', () => {
		const lines = [...validLines(), 'GM1992,Voorne aan Zee,nee,,'];
		expect(check(lines)).toEqual([
			'2022.csv:347:1: GM1992 is not a municipality of 2022: it is Voorne aan Zee in the 2025 indeling, formed later from GM0501 Brielle, GM0530 Hellevoetsluis, GM0614 Westvoorne'
		]);
	});

	it('reports a name that does not match the code', () => {
		const lines = replaceRow(validLines(), 'GM0363', 'GM0363,Amstelveen,ja,specifiek,');
		expect(check(lines)).toEqual([`2022.csv:${lineOf('GM0363')}:2: gemeentenaam "Amstelveen" does not match GM0363, which is "Amsterdam" in 2022`]);
	});

	it('reports a duplicate row', () => {
		const lines = [...validLines(), 'GM0363,Amsterdam,ja,specifiek,'];
		expect(check(lines)).toEqual([`2022.csv:347:1: GM0363 appears again; its first row is on line ${lineOf('GM0363')}`]);
	});

	it('reports missing municipalities, one line each', () => {
		const lines = validLines().filter((l) => !l.startsWith('GM0014,') && !l.startsWith('GM0034,'));
		expect(check(lines)).toEqual([
			'2022.csv:345:1: GM0014 Groningen is missing; every municipality of 2022 needs a row (deelname "nee" if it did not take part)',
			'2022.csv:345:1: GM0034 Almere is missing; every municipality of 2022 needs a row (deelname "nee" if it did not take part)'
		]);
	});

	it('reports invalid values', () => {
		let lines = replaceRow(validLines(), 'GM0363', 'GM0363,Amsterdam,yes,specifiek,');
		lines = replaceRow(lines, 'GM0014', 'GM0014,Groningen,ja,geen,misschien');
		lines = replaceRow(lines, 'GM0034', 'GM0034,Almere,ja,some,');
		expect(check(lines)).toEqual([
			`2022.csv:${lineOf('GM0014')}:5: in_ontwikkeling "misschien" is not allowed; expected ja or nee or empty`,
			`2022.csv:${lineOf('GM0034')}:4: beleid "some" is not allowed; expected specifiek, bijdragend or geen or empty`,
			`2022.csv:${lineOf('GM0363')}:3: deelname "yes" is not allowed; expected ja or nee`
		]);
	});

	it('reports answers filled in for a municipality that did not take part', () => {
		const lines = replaceRow(validLines(), 'GM0034', 'GM0034,Almere,nee,specifiek,ja');
		expect(check(lines)).toEqual([
			`2022.csv:${lineOf('GM0034')}:4: beleid is "specifiek" but deelname is "nee"; leave it empty for a municipality that did not take part`,
			`2022.csv:${lineOf('GM0034')}:5: in_ontwikkeling is "ja" but deelname is "nee"; leave it empty for a municipality that did not take part`
		]);
	});

	it('reports a participant without an answer about policy or development', () => {
		let lines = replaceRow(validLines(), 'GM0034', 'GM0034,Almere,ja,,');
		lines = replaceRow(lines, 'GM0014', 'GM0014,Groningen,ja,geen,');
		expect(check(lines)).toEqual([
			`2022.csv:${lineOf('GM0014')}:5: in_ontwikkeling is empty but beleid is "geen"; expected ja or nee`,
			`2022.csv:${lineOf('GM0034')}:4: beleid is empty but deelname is "ja"; expected specifiek, bijdragend or geen`
		]);
	});

	it('reports spaces around a value and an empty line', () => {
		const lines = replaceRow(validLines(), 'GM0034', 'GM0034,Almere, nee,,');
		lines.splice(1, 0, '');
		const problems = check(lines);
		expect(problems).toContain('2022.csv:2:1: empty line; remove it (every line is one municipality)');
		expect(problems).toContain(`2022.csv:${lineOf('GM0034') + 1}:3: deelname " nee" has spaces around it; expected "nee"`);
	});

	it('checks optional columns with a fixed vocabulary', () => {
		const lines = validLines().map((l, i) =>
			i === 0 ? `${l},volledig,opmerking` : l.startsWith('GM0363,') ? `${l},ja,` : l.startsWith('GM0014,') ? `${l},soms,vrije tekst` : `${l},,`
		);
		expect(check(lines)).toEqual([`2022.csv:${lineOf('GM0014')}:6: volledig "soms" is not allowed; expected ja or nee or empty`]);
	});

	it('accepts a valid 2025 file against the 2025 indeling', () => {
		expect(check(validLines(2025), 2025)).toEqual([]);
	});
});
