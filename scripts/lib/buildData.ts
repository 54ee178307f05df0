/**
 * `npm run data:build` (run before every site build): validates everything in data/ and writes the
 * public data files next to the geography in static/data/. Invalid input fails the build with every
 * problem listed; nothing is dropped or patched up silently.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { OUTPUT_DIR, REPO_ROOT } from '../../geo/lib/config.ts';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { summarize } from '../../src/lib/model/aggregate.ts';
import { displayStatus, type DisplayStatus } from '../../src/lib/model/status.ts';
import { recompute, reproduces, type Recomputed } from '../../src/lib/model/published.ts';
import { formatProblem, readMonitorCsv, type MonitorRow } from '../../src/lib/data/monitorCsv.ts';
import type { MonitorMeta, Published } from '../../src/lib/data/schemas.ts';
import type { MonitorFileJson, PublishedJson, VoorzieningenJson } from '../../src/lib/data/outputs.ts';
import { InputError, MONITOR_DIR, readMeta, readNetwork, readPublished } from './inputs.ts';
import { loadRegister } from './advRegister.ts';

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

function monitorJson(monitor: MonitorYear, geography: GeographyContext): MonitorFileJson {
	const summary = summarize(monitor.status.values());
	return {
		year: monitor.year,
		synthetic: monitor.meta.synthetic,
		title: monitor.meta.title,
		notice: monitor.meta.notice,
		method: monitor.meta.method,
		assumptions: monitor.meta.assumptions,
		source: monitor.meta.source,
		optionalColumns: Object.keys(monitor.rows[0]?.extra ?? {}),
		summary: {
			total: summary.total,
			participants: summary.participants,
			nonParticipants: summary.nonParticipants,
			counts: Object.fromEntries(Object.entries(summary.byStatus).map(([s, v]) => [s, v.count])) as Record<DisplayStatus, number>
		},
		municipalities: monitor.rows.map((r) => ({
			code: r.gemeentecode,
			naam: geography.get(monitor.year, r.gemeentecode)!.naam,
			status: monitor.status.get(r.gemeentecode)!,
			deelname: r.deelname,
			beleid: r.beleid,
			in_ontwikkeling: r.in_ontwikkeling,
			extra: r.extra,
			synthetic: monitor.meta.synthetic
		}))
	};
}

const SYNTHETIC_LABEL = 'SYNTHETISCHE VOORBEELDGEGEVENS / synthetic demonstration data';

function monitorCsv(monitor: MonitorYear, geography: GeographyContext): string {
	const extras = Object.keys(monitor.rows[0]?.extra ?? {});
	const source = [monitor.meta.source.title, monitor.meta.source.publisher, monitor.meta.source.url].filter(Boolean).join(' — ');
	const label = monitor.meta.synthetic ? SYNTHETIC_LABEL : 'Monitor lokaal antidiscriminatiebeleid';
	return stringify(
		monitor.rows.map((r) => {
			const m = geography.get(monitor.year, r.gemeentecode)!;
			return [label, monitor.year, r.gemeentecode, m.naam, m.provincie, monitor.status.get(r.gemeentecode), r.deelname, r.beleid, r.in_ontwikkeling, ...extras.map((e) => r.extra[e]), source];
		}),
		{
			header: true,
			columns: ['gegevens', 'jaar', 'gemeentecode', 'gemeentenaam', 'provincie', 'status', 'deelname', 'beleid', 'in_ontwikkeling', ...extras, 'bron'],
			record_delimiter: 'unix'
		}
	);
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
		coverage: Object.fromEntries(SURVEY_YEARS.map((y) => [y, { known: result.byYear[y].size, total: geography.municipalities(y).length }])) as VoorzieningenJson['coverage'],
		conflicts: result.conflicts.map((c) => ({ year: c.year, code: c.code, claims: c.claims.map((k) => ({ advId: k.advId, peildatum: k.row.peildatum, bron: k.row.bronUrl })), chosen: c.chosen ?? null, reason: c.reason })),
		unresolved: result.unresolved.map((u) => ({ advId: u.row.advId, gemeente: u.row.gemeente, reason: u.reason }))
	};
}

export async function buildData(geography: GeographyContext, outputDir = OUTPUT_DIR): Promise<string[]> {
	const published = await readPublished();
	const years: MonitorYear[] = [];
	const problems: string[] = [];
	for (const year of SURVEY_YEARS) {
		try {
			years.push(await readMonitorYear(year, geography));
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
				problems.push(`data/monitor/${monitor.year}.csv: ${figure.id} is ${result.value.toFixed(1)} (${result.numerator}/${result.denominator}); the demonstration data must reproduce ${figure.value}`);
			}
		}
	}
	if (problems.length) throw new InputError(problems);

	await mkdir(outputDir, { recursive: true });
	const written: string[] = [];
	const write = async (name: string, text: string) => {
		const file = path.join(outputDir, name);
		await writeFile(file, text);
		written.push(file);
	};
	for (const monitor of years) {
		await write(`monitor-${monitor.year}.json`, JSON.stringify(monitorJson(monitor, geography)));
		await write(`monitor-${monitor.year}.csv`, monitorCsv(monitor, geography));
	}
	await write('voorzieningen.json', JSON.stringify(voorzieningenJson(geography)));
	// Each figure travels with its value recomputed from the current data, so the app shows both
	// without needing the member lists behind group figures.
	const recomputed = new Map<string, Recomputed>();
	for (const monitor of years) for (const c of await compareWithPublished(monitor, published, geography)) recomputed.set(c.figure.id, c.result);
	const publishedOut: PublishedJson = { ...published, figures: published.figures.map((f) => ({ ...f, recomputed: recomputed.get(f.id) ?? null })) };
	await write('published.json', JSON.stringify(publishedOut));
	return written;
}
