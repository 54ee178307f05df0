/**
 * The data owner's path end to end, in a copy of data/monitor: import a real-looking 2022 file, build
 * the public data from it, and find 2022 published as real data while 2017 and 2025 stay synthetic.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeographyContext } from '../../src/lib/model/geographyContext';
import { REAL_DATA_LABEL, SYNTHETIC_LABEL } from '../../src/lib/data/tableCsv';
import { buildData } from './buildData';
import { loadGeography } from './geography';
import { importFile, type ImportRequest } from './importFile';
import { MONITOR_DIR } from './inputs';

const FIXTURE = path.resolve('tests/fixtures/import/monitor-2022-gemeenten.csv');
let geography: GeographyContext;
let dir: string;
beforeAll(async () => {
	geography = await loadGeography();
	dir = await mkdtemp(path.join(tmpdir(), 'beleidskaart-import-'));
	await cp(MONITOR_DIR, path.join(dir, 'monitor'), { recursive: true });
});

const request = (file: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
	file,
	year: 2022,
	source: { title: 'Antwoorden Monitor lokaal antidiscriminatiebeleid 2022', publisher: 'Movisie', date: '2023-01', url: null },
	absentDidNotTakePart: false,
	locale: 'en',
	monitorDir: path.join(dir, 'monitor'),
	...extra
});

describe('npm run data:import', () => {
	it('refuses a broken file, writing nothing', async () => {
		const broken = path.join(dir, 'kapot.csv');
		await writeFile(broken, 'Gemeente;Beleid\nOosterhoutt;Nee\n');
		const before = await readFile(path.join(dir, 'monitor', '2022.csv'), 'utf8');
		const outcome = await importFile(request(broken, { absentDidNotTakePart: true }), geography);
		expect(outcome.problems).toEqual([`${broken}:2:1: "Oosterhoutt" is not a municipality of 2022. Did you mean "Oosterhout"?`]);
		expect(outcome.written).toEqual([]);
		expect(await readFile(path.join(dir, 'monitor', '2022.csv'), 'utf8')).toBe(before);
	});

	it('writes the year as real data with its source, and the build publishes only that year without the synthetic notice', async () => {
		const outcome = await importFile(request(FIXTURE), geography, '2026-12-02');
		expect(outcome.problems).toEqual([]);
		expect(outcome.written.map((f) => path.basename(f))).toEqual(['2022.csv', '2022.meta.json']);
		const meta = JSON.parse(await readFile(path.join(dir, 'monitor', '2022.meta.json'), 'utf8'));
		expect(meta).toMatchObject({
			year: 2022,
			synthetic: false,
			source: { title: 'Antwoorden Monitor lokaal antidiscriminatiebeleid 2022', publisher: 'Movisie', date: '2023-01', url: null },
			reproduces: []
		});
		expect(meta.method).toContain('monitor-2022-gemeenten.csv');
		expect(meta.assumptions).toContain('Line 4: "Den Haag" → GM0518 \'s-Gravenhage');

		const out = path.join(dir, 'out');
		await buildData(geography, out, path.join(dir, 'monitor'));
		const json = (year: number) => readFile(path.join(out, `monitor-${year}.json`), 'utf8').then(JSON.parse);
		const [m2017, m2022, m2025] = await Promise.all([json(2017), json(2022), json(2025)]);
		expect([m2017.synthetic, m2022.synthetic, m2025.synthetic]).toEqual([true, false, true]);
		expect(m2022.municipalities.every((mu: { synthetic: boolean }) => !mu.synthetic)).toBe(true);
		expect(m2022.municipalities.find((mu: { code: string }) => mu.code === 'GM0518')).toMatchObject({ status: 'beleid-specifiek' });
		const labels = async (year: number) =>
			new Set(
				(await readFile(path.join(out, `monitor-${year}.csv`), 'utf8'))
					.trim()
					.split('\n')
					.slice(1)
					.map((l) => l.split(',')[0])
			);
		expect(await labels(2022)).toEqual(new Set([REAL_DATA_LABEL]));
		expect(await labels(2025)).toEqual(new Set([SYNTHETIC_LABEL]));
		expect((await readdir(out)).length).toBeGreaterThan(10);
	});
});
