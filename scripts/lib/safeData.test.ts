import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadGeography } from './geography';
import type { GeographyContext } from '../../src/lib/model/geographyContext';
import { loadRegister, readRegister, unresolvedProblems } from './advRegister';
import { InputError } from './inputs';
import { formatProblem } from './monitorCsv';
import { capped, cellProblem, isHttpUrl } from '../../src/lib/import/safeText';
import { neutraliseFormula } from '../../src/lib/data/tableCsv';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

const ADV_HEADER = 'adv_id,naam,naam_discriminatie_nl,website,telefoon,email,adres,plaats,actief_tot,opmerking,bron_url,peildatum';
const AREA_HEADER = 'adv_id,gemeente,gemeente_in_bron,aard,bron_url,peildatum';

/** A register in a temporary directory: one ADV, and the given werkgebied rows. */
async function register(rows: string[], advRow = 'radar,RADAR,,,,,,,,,https://radar.nl/,') {
	const dir = await mkdtemp(path.join(tmpdir(), 'register-'));
	await writeFile(path.join(dir, 'voorzieningen.csv'), `${ADV_HEADER}\n${advRow}\n`);
	await writeFile(path.join(dir, 'werkgebied.csv'), `${AREA_HEADER}\n${rows.join('\n')}\n`);
	return dir;
}

/** The problems readRegister reports, with the temporary directory left out of the file names. */
function problemsOf(dir: string): string[] {
	try {
		readRegister(dir);
		return [];
	} catch (error) {
		return (error as InputError).problems.map((p) => p.replace(/^.*?(voorzieningen|werkgebied)\.csv/, '$1.csv'));
	}
}

describe('a data build that refuses what it cannot publish safely', () => {
	it('stops on a register row that reaches no municipality, with its line and the nearest name', async () => {
		const dir = await register(['radar,Oosterhoutt,Oosterhoutt,direct,https://oosterhout.nl/,', 'radar,Stadsgebied X,Stadsgebied X,deelgebied,https://x.nl/,']);
		const problems = unresolvedProblems(loadRegister(geography, dir).result, geography, dir).map((p) => p.replace(/^.*werkgebied\.csv/, 'werkgebied.csv'));
		expect(problems).toEqual([
			'werkgebied.csv:2:2: "Oosterhoutt" is not a municipality in 2017, 2022, 2025 (a district or a misspelling?); did you mean "Oosterhout"? (a part of a municipality: set aard to deelgebied)'
		]);
	});

	it('refuses source addresses that are not http(s), in both files', async () => {
		const dir = await register(
			['radar,Breda,Breda,direct,javascript:alert(1),', 'radar,Tilburg,Tilburg,direct,www.tilburg.nl/melden,'],
			'radar,RADAR,,,,,,,,,ftp://radar.nl/x,'
		);
		expect(problemsOf(dir)).toEqual([
			'voorzieningen.csv:2:11: bron_url "ftp://radar.nl/x" is not an http(s) address',
			'werkgebied.csv:2:5: bron_url "javascript:alert(1)" is not an http(s) address',
			'werkgebied.csv:3:5: bron_url "www.tilburg.nl/melden" is not an http(s) address'
		]);
		expect(isHttpUrl('https://lokaleregelgeving.overheid.nl/CVDR90835/1')).toBe(true);
		expect(isHttpUrl('https://')).toBe(false);
	});

	it('refuses oversized cells and control characters, quoting them shortened and escaped', async () => {
		const dir = await register([
			`radar,Breda,Breda,direct,https://breda.nl/,`,
			`radar,Goes,Goes,direct,https://goes.nl/${'x'.repeat(600)},`,
			'radar,Venlo\u001b[31m,Venlo,direct,https://venlo.nl/,'
		]);
		const problems = problemsOf(dir);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^werkgebied\.csv:3:5: cell is 616 characters long \(at most 500\): "https:\/\/goes\.nl\/x+…"$/);
		expect(problems[1]).toBe('werkgebied.csv:4:2: control character in cell "Venlo\\u001b[31m"');
		expect(cellProblem('x'.repeat(500))).toBeNull();
	});

	it('neutralises formula triggers', () => {
		for (const value of ['=HYPERLINK("http://x")', '@SUM(A1)', '+31 20 123', '-2', '\tx']) expect(neutraliseFormula(value)).toBe(`'${value}`);
		expect(neutraliseFormula('Den Haag')).toBe('Den Haag');
	});

	it('caps the problem list and escapes what it quotes', () => {
		const many = Array.from({ length: 150 }, (_, i) => `p${i}`);
		const shown = capped(many);
		expect(shown).toHaveLength(101);
		expect(shown.at(-1)).toBe('… and 50 more problems');
		const line = formatProblem('2025.csv', { line: 3, column: 4, message: `opmerking "\u001b]0;pwned\u0007${'y'.repeat(400)}"` });
		expect(line).toMatch(/^2025\.csv:3:4: opmerking "\\u001b\]0;pwned\\u0007y+…$/);
		expect(line.length).toBeLessThan(340);
	});
});

describe('a formula in a monitor file', () => {
	it('comes out of the published CSV neutralised', async () => {
		const { copyFile } = await import('node:fs/promises');
		const { readMonitorYear } = await import('./buildData');
		const { monitorCsv } = await import('./monitorFormats');
		const { MONITOR_DIR } = await import('./inputs');
		const dir = await mkdtemp(path.join(tmpdir(), 'monitor-'));
		await copyFile(path.join(MONITOR_DIR, '2025.meta.json'), path.join(dir, '2025.meta.json'));
		const lines = (await readFile(path.join(MONITOR_DIR, '2025.csv'), 'utf8')).trimEnd().split('\n');
		const withNote = [
			`${lines[0]},toelichting`,
			...lines.slice(1).map((line, i) => `${line},${i === 0 ? '"=HYPERLINK(""https://x.example"",""klik"")"' : i === 1 ? '@SUM(A1)' : ''}`)
		];
		await writeFile(path.join(dir, '2025.csv'), `${withNote.join('\n')}\n`);
		const monitor = await readMonitorYear(2025, geography, dir);
		const records: Record<string, string>[] = parse(monitorCsv(monitor, geography), { columns: true });
		expect(records[0].toelichting).toBe(`'=HYPERLINK("https://x.example","klik")`);
		expect(records[1].toelichting).toBe(`'@SUM(A1)`);
		expect(records[2].toelichting).toBe('');
	});
});
