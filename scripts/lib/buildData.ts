/**
 * `npm run data:build` (run before every site build): validates everything in data/ and writes the
 * public data files next to the geography in static/data/. Invalid input fails the build with every
 * problem listed; nothing is dropped or patched up silently.
 */
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { OUTPUT_DIR, REPO_ROOT } from '../../geo/lib/config.ts';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { displayStatus, type DisplayStatus } from '../../src/lib/model/status.ts';
import { neutraliseFormula } from '../../src/lib/data/tableCsv.ts';
import { recompute, reproduces, type Recomputed } from '../../src/lib/model/published.ts';
import { formatProblem, readMonitorCsv, type MonitorRow } from './monitorCsv.ts';
import type { MonitorMeta, Published } from '../../src/lib/data/schemas.ts';
import type { KenmerkenJson, PublishedJson, VoorzieningenJson } from '../../src/lib/data/publicSchemas.ts';
import { DATA_FILES, validatePublicFiles, writeJsonSchemas } from './publicContract.ts';
import { DATA_DIR, InputError, MONITOR_DIR, readMeta, readNetwork, readPublished, readSizes } from './inputs.ts';
import { loadRegister, unresolvedProblems } from './advRegister.ts';
import { csvRecords } from './csv.ts';
import { capped } from '../../src/lib/import/safeText.ts';
import { monitorCsv, statusGeoJson } from './monitorFormats.ts';
import { monitorJson } from '../../src/lib/data/monitorJson.ts';
import { templateCsv, templateXlsx } from './templates.ts';

export interface MonitorYear {
	year: SurveyYear;
	meta: MonitorMeta;
	rows: MonitorRow[];
	status: Map<MunicipalityCode, DisplayStatus>;
}

/** Reads and validates one year's CSV and meta file; throws with every problem. */
export async function readMonitorYear(year: SurveyYear, geography: GeographyContext, dir = MONITOR_DIR): Promise<MonitorYear> {
	const file = path.join(dir, `${year}.csv`);
	const result = readMonitorCsv(await readFile(file), year, geography);
	if (result.problems.length) throw new InputError(result.problems.map((p) => formatProblem(path.relative(REPO_ROOT, file), p)));
	const meta = await readMeta(year, dir);
	if (meta.year !== year) throw new InputError([`${path.relative(REPO_ROOT, dir)}/${year}.meta.json: year is ${meta.year}; expected ${year}`]);
	return { year, meta, rows: result.rows, status: new Map(result.rows.map((r) => [r.gemeentecode, displayStatus(r)])) };
}

/** Published figures of one year, recomputed from the data, for the build log and the tests. */
export async function compareWithPublished(monitor: MonitorYear, published: Published, geography: GeographyContext) {
	const groups = { g40: await readNetwork('g40', monitor.year, geography), p10: await readNetwork('p10', monitor.year, geography) };
	const complete = new Set(monitor.rows.filter((r) => r.extra.volledig === 'ja').map((r) => r.gemeentecode));
	return published.figures
		.filter((f) => f.year === monitor.year)
		.map((figure) => {
			const result = recompute(figure, { status: monitor.status, complete, groups });
			return { figure, result, ok: reproduces(figure.value, result, figure.unit) };
		});
}

function voorzieningenJson(geography: GeographyContext): VoorzieningenJson {
	const { advs, result } = loadRegister(geography);
	const byMunicipality = {} as VoorzieningenJson['byMunicipality'];
	for (const year of SURVEY_YEARS) {
		byMunicipality[year] = Object.fromEntries([...result.byYear[year]].sort(([a], [b]) => a.localeCompare(b)).map(([code, a]) => [code, a.advId]));
	}
	return {
		about:
			'Antidiscriminatievoorzieningen (ADVs) and the municipalities each serves per survey year, from sourced facts only (data/voorzieningen.csv, data/werkgebied.csv). A municipality that is not listed has an ADV that is not sourced yet: it is unknown, not without ADV. Report discrimination at https://www.discriminatie.nl.',
		voorzieningen: advs.map((adv) => ({
			...adv,
			gemeenten: Object.fromEntries(
				SURVEY_YEARS.map((year) => [
					year,
					[...result.byYear[year]]
						.filter(([, a]) => a.advId === adv.id)
						.map(([code, a]) => ({ code, bron: a.claim.row.bronUrl, peildatum: a.claim.row.peildatum, aard: a.claim.row.aard, route: a.claim.route }))
						.sort((x, y) => x.code.localeCompare(y.code))
				])
			) as VoorzieningenJson['voorzieningen'][number]['gemeenten']
		})),
		byMunicipality,
		coverage: Object.fromEntries(
			SURVEY_YEARS.map((y) => [y, { known: result.byYear[y].size, total: geography.municipalities(y).length }])
		) as VoorzieningenJson['coverage'],
		conflicts: result.conflicts.map((c) => ({
			year: c.year,
			code: c.code,
			claims: c.claims.map((k) => ({ advId: k.advId, peildatum: k.row.peildatum, bron: k.row.bronUrl })),
			chosen: c.chosen ?? null,
			reason: c.reason
		})),
		unresolved: result.unresolved.map((u) => ({ advId: u.row.advId, gemeente: u.row.gemeente, reason: u.reason }))
	};
}

async function kenmerkenJson(geography: GeographyContext): Promise<KenmerkenJson> {
	const sizeSource = {} as KenmerkenJson['sizeSource'];
	const inhabitants = {} as KenmerkenJson['inhabitants'];
	const members = { g40: {}, p10: {} } as Record<'g40' | 'p10', Record<SurveyYear, MunicipalityCode[]>>;
	for (const year of SURVEY_YEARS) {
		const { source, sizes } = await readSizes(year, geography);
		sizeSource[year] = source;
		inhabitants[year] = Object.fromEntries([...sizes].sort(([a], [b]) => a.localeCompare(b)));
		for (const network of ['g40', 'p10'] as const) members[network][year] = [...(await readNetwork(network, year, geography))].sort();
	}
	return {
		about:
			'Inhabitants on 1 January (CBS 70072ned) per municipality for 2022 and 2025; for 2017, for which no complete file was found, a proxy: the 2022 inhabitants of each successor in proportion to area. G40 and P10 membership per survey year from data/netwerken/.',
		sizeSource,
		inhabitants,
		networks: {
			g40: {
				note: 'G32 (38 members) in 2017; G40 from 2018; Amstelveen from 1 July 2022. The 2025 composition is the latest found (41).',
				members: members.g40
			},
			p10: {
				note: 'The 15 members of 1 January 2017, the only complete list found; the P10 grew to about 32 members later, so for 2022 and 2025 this is a subset.',
				members: members.p10
			}
		}
	};
}

/** Validates data/ and writes the public files; `monitorDir` is data/monitor unless a test or a variant build says otherwise. */
export async function buildData(geography: GeographyContext, outputDir = OUTPUT_DIR, monitorDir = MONITOR_DIR): Promise<string[]> {
	const published = await readPublished();
	const years: MonitorYear[] = [];
	const problems: string[] = [];
	for (const year of SURVEY_YEARS) {
		try {
			years.push(await readMonitorYear(year, geography, monitorDir));
		} catch (error) {
			if (error instanceof InputError) problems.push(...error.problems);
			else throw error;
		}
	}
	if (problems.length) throw new InputError(problems);

	// Synthetic data exists only to reproduce the published figures: if it does not, it is wrong.
	for (const monitor of years) {
		for (const { figure, result, ok } of await compareWithPublished(monitor, published, geography)) {
			if (!ok && monitor.meta.synthetic) {
				problems.push(
					`data/monitor/${monitor.year}.csv: ${figure.id} is ${result.value.toFixed(1)} (${result.numerator}/${result.denominator}); the demonstration data must reproduce ${figure.value}`
				);
			}
		}
	}
	problems.push(...unresolvedProblems(loadRegister(geography).result, geography));
	if (problems.length) throw new InputError(capped(problems));

	await mkdir(outputDir, { recursive: true });
	const written: string[] = [];
	// Never through a link: whatever sits at an output path (a symlink planted there) is replaced,
	// not followed, and 'wx' refuses a file that appears in between.
	const write = async (name: string, text: string | Uint8Array) => {
		const file = path.join(outputDir, name);
		await rm(file, { force: true });
		await writeFile(file, text, { flag: 'wx' });
		written.push(file);
	};
	for (const monitor of years) {
		await write(`monitor-${monitor.year}.json`, JSON.stringify(monitorJson(monitor.year, monitor.meta, monitor.rows, geography)));
		await write(`monitor-${monitor.year}.csv`, monitorCsv(monitor, geography));
	}
	const voorzieningen = voorzieningenJson(geography);
	await write('voorzieningen.json', JSON.stringify(voorzieningen));
	for (const monitor of years) {
		const adv = Object.fromEntries(
			Object.entries(voorzieningen.byMunicipality[monitor.year]).map(([code, id]) => [
				code,
				{ id, naam: voorzieningen.voorzieningen.find((v) => v.id === id)!.naam }
			])
		);
		await write(`gemeenten-status-${monitor.year}.geojson`, await statusGeoJson(monitor, geography, adv));
	}
	// The register as curated (checked above), for spreadsheet users, with formula triggers neutralised.
	for (const name of ['voorzieningen.csv', 'werkgebied.csv']) {
		const records = csvRecords(await readFile(path.join(DATA_DIR, name), 'utf8')).map((r) => r.fields.map(neutraliseFormula));
		await write(name, stringify(records, { record_delimiter: 'unix' }));
	}
	// Templates for the data owner, from the year's indeling.
	for (const year of SURVEY_YEARS) {
		await write(`sjabloon-${year}.csv`, templateCsv(year, geography));
		await write(`sjabloon-${year}.xlsx`, await templateXlsx(year, geography));
	}
	await write('kenmerken.json', JSON.stringify(await kenmerkenJson(geography)));
	// Each figure travels with its value recomputed from the current data, so the app shows both
	// without needing the member lists behind group figures.
	const recomputed = new Map<string, Recomputed>();
	for (const monitor of years) for (const c of await compareWithPublished(monitor, published, geography)) recomputed.set(c.figure.id, c.result);
	const publishedOut: PublishedJson = { ...published, figures: published.figures.map((f) => ({ ...f, recomputed: recomputed.get(f.id) ?? null })) };
	await write('published.json', JSON.stringify(publishedOut));
	// What was written must be what the browser accepts.
	await validatePublicFiles(outputDir, DATA_FILES);
	written.push(...(await writeJsonSchemas(outputDir)));
	return written;
}
