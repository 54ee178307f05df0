/**
 * The import on realistic files: a Dutch-locale export (semicolons, Windows-1252, names only, answers
 * in words, a title row above the header), an .xlsx workbook of respondents only with codes typed as
 * numbers, and broken files, each failing with its exact FILE:LINE:COLUMN message.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { loadGeography } from '../../../scripts/lib/geography';
import mappingJson from '../../../data/import-mapping.json';
import type { GeographyContext } from '../model/geographyContext';
import type { SurveyYear } from '../model/geography';
import { displayStatus } from '../model/status';
import { importMonitor, type ImportResult } from './importMonitor';
import { extendMapping, mappingSchema, MappingIndex } from './mapping';
import { formatProblem } from './problem';
import { decodeText, readSourceTable } from './sourceTable';
import { decodeWindows1252 } from './textEncoding';

const FIXTURE = 'tests/fixtures/import/monitor-2022-gemeenten.csv';
const mapping = new MappingIndex(mappingSchema.parse(mappingJson));
let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

async function run(bytes: Uint8Array, year: SurveyYear, { name = 'file.csv', absent = false, index = mapping } = {}): Promise<ImportResult> {
	const table = await readSourceTable(bytes, name, 'en');
	return importMonitor(table, { year, geography, mapping: index, absentDidNotTakePart: absent, locale: 'en' });
}
const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
const problemsOf = (result: ImportResult, file = 'file.csv') => result.problems.map((p) => formatProblem(file, p));
/** The realistic fixture's lines, as text. */
const fixtureLines = () => decodeText(readFileSync(FIXTURE)).text.split('\r\n').slice(0, -1);

describe('a Dutch-locale export: semicolons, Windows-1252, names only, answers in words', () => {
	it('reads every municipality, resolving everyday names and wordings, and lists each conversion', async () => {
		const result = await run(readFileSync(FIXTURE), 2022, { name: FIXTURE });
		expect(problemsOf(result, FIXTURE)).toEqual([]);
		expect(result.rows).toHaveLength(345);
		const row = (code: string) => result.rows.find((r) => r.gemeentecode === code)!;
		expect(row('GM0518')).toMatchObject({ deelname: 'ja', beleid: 'specifiek' }); // "Den Haag"
		expect(row('GM0796')).toMatchObject({ deelname: 'ja', beleid: 'bijdragend' }); // 's-Hertogenbosch
		expect(row('GM1900')).toMatchObject({ deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'ja' }); // Súdwest-Fryslân, "Nee, maar het is in ontwikkeling"
		expect(row('GM0457')).toMatchObject({ deelname: 'nee', beleid: '' }); // Weesp
		expect(result.optionalColumns).toEqual(['volledig']);
		expect(result.notes).toEqual(
			expect.arrayContaining([
				'CSV, character set Windows-1252, delimiter ";"',
				'Header on line 3; the lines above it were skipped: 1',
				'Column 1 "Gemeente" → gemeentenaam',
				'Column 2 "Provincie" was not used: the mapping file does not name it.',
				'Line 4: "Den Haag" → GM0518 \'s-Gravenhage',
				'beleid: "Nee, maar het is in ontwikkeling" → beleid geen, in_ontwikkeling ja (35×)'
			])
		);
	});

	it('gives each status as many municipalities as the file has answers of that wording', async () => {
		const lines = fixtureLines();
		const count = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).length;
		const result = await run(readFileSync(FIXTURE), 2022);
		const statuses = result.rows.map(displayStatus);
		const of = (s: string) => statuses.filter((x) => x === s).length;
		expect(of('beleid-specifiek')).toBe(count(/;Ja;Ja, specifiek beleid;/));
		expect(of('beleid-bijdragend')).toBe(count(/;Ja;Ja, beleid dat bijdraagt/));
		expect(of('in-ontwikkeling')).toBe(count(/;Ja;Nee;Ja;/) + count(/;Nee, maar het is in ontwikkeling;/));
		expect(of('geen-beleid')).toBe(count(/;Ja;Nee;Nee;/));
		expect(of('onbekend')).toBe(count(/;Nee;;;;/));
	});

	it('refuses a municipality of another year, saying what it became', async () => {
		const lines = fixtureLines();
		lines.splice(100, 0, 'Haaren;Noord-Brabant;Ja;Nee;Ja;Ja;');
		const result = await run(utf8(lines), 2022);
		expect(problemsOf(result)).toEqual([
			'file.csv:101:1: "Haaren" is Haaren (GM0788) of the 2017 indeling; by 2022 its area was divided over Vught (GM0865), Oisterwijk (GM0824), Tilburg (GM0855), Boxtel (GM0757). Give each of those municipalities a row of its own.'
		]);
		expect(result.rows).toEqual([]);
	});

	it('refuses a merged municipality in a later year (Weesp in 2025)', async () => {
		const lines = ['gemeente;beleid', 'Weesp;Ja, specifiek beleid'];
		const result = await run(utf8(lines), 2025, { absent: true });
		expect(problemsOf(result)).toEqual([
			'file.csv:2:1: "Weesp" is Weesp (GM0457) of the 2022 indeling; by 2025 it became part of Amsterdam (GM0363). An answer of Weesp is not one of Amsterdam (GM0363): put the answer of Amsterdam (GM0363) in this row.'
		]);
	});
});

describe('an .xlsx workbook of respondents only', () => {
	async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
		const data = rows.map((r) => r.map((value) => (value === null ? null : { value })));
		return new Uint8Array(await writeExcelFile(data as never).toBuffer());
	}
	const sheet = [
		['Antwoorden monitor 2025', null, null],
		['CBS-code', 'Gemeente', 'Heeft uw gemeente antidiscriminatiebeleid?', 'In ontwikkeling'],
		[363, 'Amsterdam', 'Ja, specifiek beleid', null],
		[164, 'Hengelo', 'Nee', 'Ja'],
		['GM0014', 'Groningen', 'Ja, beleid dat bijdraagt', null]
	];

	it('reads codes typed as numbers and, when told, records the others as not taking part', async () => {
		const result = await run(await workbook(sheet), 2025, { name: 'antwoorden.xlsx', absent: true });
		expect(problemsOf(result)).toEqual([]);
		expect(result.rows).toHaveLength(342);
		expect(result.rows.find((r) => r.gemeentecode === 'GM0164')).toMatchObject({ deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'ja' });
		expect(result.rows.filter((r) => r.deelname === 'ja').map((r) => r.gemeentecode)).toEqual(['GM0014', 'GM0164', 'GM0363']);
		expect(result.notes).toEqual(
			expect.arrayContaining([
				'Excel workbook (.xlsx), sheet "Sheet1"',
				'Codes without GM completed (2), for example 363 → GM0363',
				'No deelname column: with an answer about policy → ja (3), without → nee (0)',
				expect.stringMatching(/^Not in the file, recorded as not taking part \(339\): 's-Gravenhage, 's-Hertogenbosch, Aa en Hunze, /)
			])
		);
	});

	it('without being told, lists every missing municipality after the last row', async () => {
		const result = await run(await workbook(sheet), 2025, { name: 'antwoorden.xlsx' });
		expect(result.problems).toHaveLength(339);
		expect(formatProblem('antwoorden.xlsx', result.problems[0])).toBe(
			'antwoorden.xlsx:6:1: GM0034 Almere is missing. Every municipality of 2025 needs a row (deelname nee if it did not take part), or choose that missing municipalities did not take part.'
		);
	});

	it('checks that a name belongs to its code', async () => {
		const result = await run(await workbook([sheet[1], [363, 'Utrecht', 'Nee', 'Nee']]), 2025, { name: 'a.xlsx', absent: true });
		expect(problemsOf(result, 'a.xlsx')).toEqual([
			'a.xlsx:2:2: The name "Utrecht" does not belong to GM0363, which is Amsterdam in 2025. Correct the name or the code.'
		]);
	});
});

describe('broken files', () => {
	const header = 'gemeente;deelname;beleid;in_ontwikkeling';
	const cases: [string, string[], string[]][] = [
		[
			'a misspelt name, with a suggestion',
			[header, 'Oosterhoutt;ja;geen;nee'],
			['file.csv:2:1: "Oosterhoutt" is not a municipality of 2025. Did you mean "Oosterhout"?']
		],
		[
			'a name of two municipalities',
			[header, 'Bergen;ja;geen;nee'],
			[
				'file.csv:2:1: "Bergen" is the name of several municipalities of 2025: Bergen (NH.) (GM0373), Bergen (L.) (GM0893). Write the name as CBS does, or add a gemeentecode column.'
			]
		],
		[
			'an answer the mapping does not know',
			[header, 'Utrecht;ja;Misschien;'],
			[
				expect.stringMatching(
					/^file\.csv:2:3: "beleid": "Misschien" is not a known answer\. Known: "specifiek", "bijdragend", "geen", "ja, specifiek beleid", /
				) as never
			]
		],
		[
			'answers that contradict each other',
			[header, 'Utrecht;ja;Nee, maar het is in ontwikkeling;nee'],
			['file.csv:2:4: The answers contradict each other: in_ontwikkeling is ja by one column and nee by "in_ontwikkeling".']
		],
		['a municipality twice', [header, 'Utrecht;ja;specifiek;', 'Utrecht;nee;;'], ['file.csv:3:1: GM0344 Utrecht appears again; its first row is line 2.']],
		[
			'a participant without an answer',
			[header, 'Utrecht;ja;;'],
			['file.csv:2:3: The answer about policy is missing, but this municipality took part. Expected specifiek, bijdragend, geen.']
		],
		[
			'a quote that never closes',
			[header, '"Utrecht;ja;specifiek;', 'Amsterdam;nee;;'],
			['file.csv:2:1: A quote opens here and never closes. Close it, or double it ("") inside a value.']
		],
		[
			'no column for the municipality',
			['plaats;beleid', 'Utrecht;geen'],
			[
				'file.csv:1:1: No column names the municipality. Expected a header such as "gemeentecode", "cbs-code", "gemeentenaam", "gemeente", "naam"; found: "plaats", "beleid".'
			]
		],
		[
			'no column for the answer about policy',
			['gemeente;deelname', 'Utrecht;ja'],
			[
				'file.csv:1:1: No column holds the answer about policy. Expected a header such as "beleid", "antidiscriminatiebeleid", "heeft uw gemeente antidiscriminatiebeleid", "heeft de gemeente antidiscriminatiebeleid"; found: "gemeente", "deelname".'
			]
		]
	];
	for (const [what, lines, expected] of cases) {
		it(`reports ${what}`, async () => {
			const result = await run(utf8(lines), 2025, { absent: true });
			expect(problemsOf(result)).toEqual(expected);
			expect(result.rows).toEqual([]);
		});
	}

	it('refuses an .xls workbook and an empty file', async () => {
		expect(problemsOf(await run(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 2025, { name: 'oud.xls' }), 'oud.xls')).toEqual([
			'oud.xls:1:1: This is an .xls file (Excel 97–2003). Save it as .xlsx or as CSV and try again.'
		]);
		expect(problemsOf(await run(new Uint8Array(), 2025))).toEqual(['file.csv:1:1: The file is empty: expected a header row and one row per municipality.']);
	});
});

describe('the mapping file', () => {
	it('takes wordings of the data owner’s own mapping as well', async () => {
		const own = new MappingIndex(
			extendMapping(mappingSchema.parse(mappingJson), {
				columns: { beleid: ['Beleid aanwezig'] },
				answers: { beleid: { Misschien: { beleid: 'geen', in_ontwikkeling: 'ja' } } }
			})
		);
		const result = await run(utf8(['gemeente;Beleid aanwezig', 'Utrecht;Misschien']), 2025, { absent: true, index: own });
		expect(problemsOf(result)).toEqual([]);
		expect(result.rows.find((r) => r.gemeentecode === 'GM0344')).toMatchObject({ deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'ja' });
	});
});

describe('text encodings', () => {
	it('reads Windows-1252 as browsers do, curly quotes and the euro sign included', () => {
		expect(decodeWindows1252(new Uint8Array([0x91, 0x61, 0x92, 0x20, 0x80, 0xfa]))).toBe('‘a’ €ú');
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).encoding).toBe('UTF-8 (BOM)');
	});
});
