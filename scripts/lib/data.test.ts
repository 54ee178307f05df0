/** The committed data/ files, checked end to end: validity, published figures, outputs, ADV sources. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { stringify } from 'csv-stringify/sync';
import { SURVEY_YEARS } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { REQUIRED_COLUMNS } from './monitorCsv.ts';
import type { MonitorFileJson, VoorzieningenJson } from '../../src/lib/data/publicSchemas.ts';
import { loadGeography } from './geography.ts';
import { MONITOR_DIR, readPublished } from './inputs.ts';
import { buildData, compareWithPublished, readMonitorYear } from './buildData.ts';
import { generateDemo } from './demoData.ts';
import { readRegister } from './advRegister.ts';

let geography: GeographyContext;
let outputDir: string;
beforeAll(async () => {
	geography = await loadGeography();
	outputDir = await mkdtemp(path.join(tmpdir(), 'data-out-'));
	await buildData(geography, outputDir);
});

describe('the monitor data in data/monitor/', () => {
	it('is valid for every survey year and marked synthetic', async () => {
		for (const year of SURVEY_YEARS) {
			const monitor = await readMonitorYear(year, geography);
			expect(monitor.rows).toHaveLength(geography.municipalities(year).length);
			expect(monitor.meta.synthetic).toBe(true);
		}
	});

	it('reproduces every published national figure within rounding', async () => {
		const published = await readPublished();
		const checked: string[] = [];
		for (const year of SURVEY_YEARS) {
			for (const { figure, result, ok } of await compareWithPublished(await readMonitorYear(year, geography), published, geography)) {
				expect(ok, `${figure.id}: published ${figure.value}, recomputed ${result.value} (${result.numerator}/${result.denominator})`).toBe(true);
				checked.push(figure.id);
			}
		}
		expect(checked.sort()).toEqual(published.figures.map((f) => f.id).sort());
	});

	it('shows that larger municipalities more often have policy (2022, by inhabitants)', async () => {
		const monitor = await readMonitorYear(2022, geography);
		const inhabitants = new Map(
			(parse(await readFile('data/cbs/inwoners_2022.csv', 'utf8'), { columns: true }) as Array<{ gemeentecode: string; inwoners: string }>).map((r) => [
				r.gemeentecode,
				Number(r.inwoners)
			])
		);
		const participants = monitor.rows.filter((r) => r.deelname === 'ja').sort((a, b) => inhabitants.get(b.gemeentecode)! - inhabitants.get(a.gemeentecode)!);
		const share = (rows: typeof participants) => rows.filter((r) => r.beleid === 'specifiek' || r.beleid === 'bijdragend').length / rows.length;
		const half = Math.floor(participants.length / 2);
		expect(share(participants.slice(0, half))).toBeGreaterThan(share(participants.slice(half)) + 0.15);
	});

	it('is exactly what the seeded generator writes (npm run data:demo is deterministic)', async () => {
		const generated = await generateDemo(geography);
		for (const year of SURVEY_YEARS) {
			const csv = stringify(generated[year], { header: true, columns: [...REQUIRED_COLUMNS, 'volledig'], record_delimiter: 'unix' });
			expect(csv).toBe(await readFile(path.join(MONITOR_DIR, `${year}.csv`), 'utf8'));
		}
	});
});

describe('the public data files', () => {
	it('mark synthetic data in monitor-YEAR.json, at the top and per municipality', async () => {
		for (const year of SURVEY_YEARS) {
			const json = JSON.parse(await readFile(path.join(outputDir, `monitor-${year}.json`), 'utf8')) as MonitorFileJson;
			expect(json.synthetic).toBe(true);
			expect(json.notice.nl).toMatch(/Voorbeeldgegevens/);
			expect(json.municipalities.every((m) => m.synthetic)).toBe(true);
			expect(json.summary.total).toBe(geography.municipalities(year).length);
		}
	});

	it('mark synthetic data in the first column of every row of monitor-YEAR.csv', async () => {
		const rows = parse(await readFile(path.join(outputDir, 'monitor-2022.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
		expect(rows).toHaveLength(345);
		expect(new Set(rows.map((r) => r.gegevens))).toEqual(new Set(['SYNTHETISCHE VOORBEELDGEGEVENS / synthetic demonstration data']));
		expect(rows[0].bron).toMatch(/Monitor lokaal antidiscriminatiebeleid 2022/);
	});

	it('copy the published figures, each with its value recomputed from the data', async () => {
		const out = JSON.parse(await readFile(path.join(outputDir, 'published.json'), 'utf8'));
		const source = await readPublished();
		expect(out.figures.map(({ recomputed: _recomputed, ...f }: { recomputed: unknown }) => f)).toEqual(source.figures);
		expect(out.figures.find((f: { id: string }) => f.id === '2022-policy').recomputed).toEqual({ value: (100 * 57) / 162, numerator: 57, denominator: 162 });
	});
});

describe('the ADV register', () => {
	let voorzieningen: VoorzieningenJson;
	beforeAll(async () => {
		voorzieningen = JSON.parse(await readFile(path.join(outputDir, 'voorzieningen.json'), 'utf8'));
	});

	it('gives no ADV to a municipality without a source', () => {
		// No row names Tilburg or 's-Hertogenbosch; Wassenaar only has a source for a bureau that went
		// bankrupt in 2016 (historical); Overbetuwe has two undated sources that disagree.
		for (const year of SURVEY_YEARS) {
			for (const naam of ['Tilburg', "'s-Hertogenbosch", 'Wassenaar', 'Overbetuwe']) {
				const m = geography.municipalities(year).find((x) => x.naam === naam)!;
				expect(voorzieningen.byMunicipality[year][m.code], `${year} ${naam}`).toBeUndefined();
			}
		}
	});

	it('uses the third research pass: Breda and Moerdijk (RADAR), ADV Limburg members, Zeeland province-wide', () => {
		for (const year of SURVEY_YEARS) {
			const adv = (naam: string) => voorzieningen.byMunicipality[year][geography.municipalities(year).find((x) => x.naam === naam)!.code];
			expect(adv('Breda'), `${year}`).toBe('radar');
			expect(adv('Moerdijk'), `${year}`).toBe('radar');
			expect(adv('Venlo'), `${year}`).toBe('adv-limburg');
			expect(adv('Goes'), `${year}`).toBe('adbz');
			// Not in ADV Limburg's regulation, and no other source: still unknown.
			expect(adv('Gennep'), `${year}`).toBeUndefined();
		}
	});

	it('traces every assigned ADV to a sourced row of werkgebied.csv', () => {
		const { rows } = readRegister();
		for (const year of SURVEY_YEARS) {
			for (const [code, advId] of Object.entries(voorzieningen.byMunicipality[year])) {
				const served = voorzieningen.voorzieningen.find((v) => v.id === advId)!.gemeenten[year].find((g) => g.code === code)!;
				expect(served.bron.length).toBeGreaterThan(0);
				expect(rows.some((r) => r.advId === advId && r.bronUrl.join() === served.bron.join())).toBe(true);
			}
		}
	});

	it('reports coverage, conflicts and rows that are not municipalities', () => {
		expect(voorzieningen.coverage[2025].total).toBe(342);
		expect(voorzieningen.coverage[2025].known).toBeGreaterThan(150);
		expect(voorzieningen.unresolved).toContainEqual(expect.objectContaining({ gemeente: 'Stadsgebied Driemond-Weesp' }));
		expect(voorzieningen.conflicts.some((c) => c.year === 2025 && c.chosen === null)).toBe(true);
	});
});

describe('the published files', () => {
	const area = (ring: Position[]) => ring.slice(0, -1).reduce((sum, p, i) => sum + p[0] * ring[i + 1][1] - ring[i + 1][0] * p[1], 0);

	it('are GeoJSON as RFC 7946 wants it: outer rings counter-clockwise, holes clockwise, no float noise', async () => {
		for (const year of SURVEY_YEARS) {
			const text = await readFile(path.join(outputDir, `gemeenten-status-${year}.geojson`), 'utf8');
			expect(text, `${year}`).not.toMatch(/\d\.\d{7,}/);
			const collection = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>;
			for (const feature of collection.features) {
				const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
				for (const rings of polygons) {
					expect(area(rings[0]), `${year} ${feature.id} outer`).toBeGreaterThan(0);
					for (const hole of rings.slice(1)) expect(area(hole), `${year} ${feature.id} hole`).toBeLessThan(0);
				}
			}
		}
	});

	it('are CSVs in which no cell starts a spreadsheet formula', async () => {
		for (const name of ['monitor-2017.csv', 'monitor-2022.csv', 'monitor-2025.csv', 'voorzieningen.csv', 'werkgebied.csv']) {
			const records: string[][] = parse(await readFile(path.join(outputDir, name), 'utf8'));
			expect(records.length, name).toBeGreaterThan(10);
			expect(
				records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell)),
				name
			).toEqual([]);
		}
	});
});
