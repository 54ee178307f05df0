/**
 * `npm run data:import`: a data owner's spreadsheet (CSV in either delimiter and UTF-8 or
 * Windows-1252, or .xlsx) into data/monitor/YEAR.csv and YEAR.meta.json with `synthetic: false`.
 * The conversion is src/lib/import (the same code the browser preview runs); the written CSV is
 * then checked by the build's own validator, so an import that succeeds is one the build accepts.
 */
import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import type { SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import type { MonitorMeta } from '../../src/lib/data/schemas.ts';
import { sourceSchema } from '../../src/lib/data/schemas.ts';
import { importMonitor, type ImportResult } from '../../src/lib/import/importMonitor.ts';
import { extendMapping, mappingSchema, MappingIndex, type ImportMapping } from '../../src/lib/import/mapping.ts';
import { monitorSourceCsv } from '../../src/lib/import/monitorSourceCsv.ts';
import { formatProblem } from '../../src/lib/import/problem.ts';
import { readSourceTable } from '../../src/lib/import/sourceTable.ts';
import type { Locale } from '../../src/lib/paraglide/runtime.js';
import { DATA_DIR, InputError, MONITOR_DIR, readJson } from './inputs.ts';
import { readMonitorCsv } from './monitorCsv.ts';

export const DEFAULT_MAPPING_FILE = path.join(DATA_DIR, 'import-mapping.json');

export interface ImportSource {
	title: string;
	publisher: string;
	date: string;
	url: string | null;
}

export interface ImportRequest {
	file: string;
	year: SurveyYear;
	source: ImportSource;
	mappingFile?: string;
	absentDidNotTakePart: boolean;
	locale: Locale;
	/** Where data/monitor is (tests import into a copy). */
	monitorDir?: string;
	/** Only report; write nothing. */
	dryRun?: boolean;
}

export interface ImportOutcome {
	result: ImportResult;
	/** FILE:LINE:COLUMN lines, empty on success. */
	problems: string[];
	written: string[];
}

/** The default mapping, extended by the data owner's own mapping file if given. */
export async function loadMapping(extraFile?: string): Promise<MappingIndex> {
	const base = await readJson(DEFAULT_MAPPING_FILE, mappingSchema);
	const extra: ImportMapping | null = extraFile ? await readJson(extraFile, mappingSchema) : null;
	return new MappingIndex(extra ? extendMapping(base, extra) : base);
}

export function importedMeta(request: ImportRequest, result: ImportResult, today: string): MonitorMeta {
	const { source, year } = request;
	const from = [source.title, source.publisher, source.date].join(', ');
	return {
		year,
		synthetic: false,
		title: `Monitor lokaal antidiscriminatiebeleid ${year}`,
		notice: {
			nl: `Antwoorden per gemeente uit: ${from}.`,
			en: `Answers per municipality from: ${from}.`
		},
		method: `Imported on ${today} with \`npm run data:import\` from ${path.basename(request.file)}; every conversion is listed under assumptions.`,
		assumptions: result.notes,
		source,
		reproduces: []
	};
}

export async function importFile(request: ImportRequest, geography: GeographyContext, today = new Date().toISOString().slice(0, 10)): Promise<ImportOutcome> {
	const parsedSource = z.safeParse(sourceSchema, { ...request.source, quote: null });
	if (!parsedSource.success) throw new InputError(parsedSource.error.issues.map((i) => `--source-${String(i.path[0])}: ${i.message}`));
	const mapping = await loadMapping(request.mappingFile);
	const table = await readSourceTable(new Uint8Array(await readFile(request.file)), request.file, request.locale);
	const result = importMonitor(table, { year: request.year, geography, mapping, absentDidNotTakePart: request.absentDidNotTakePart, locale: request.locale });
	const problems = result.problems.map((p) => formatProblem(request.file, p));
	if (problems.length || request.dryRun) return { result, problems, written: [] };

	const csv = monitorSourceCsv(result.rows, result.optionalColumns, request.year, geography);
	// The build's validator has the last word: what it would refuse is not written.
	const check = readMonitorCsv(new TextEncoder().encode(csv), request.year, geography);
	if (check.problems.length) throw new InputError(check.problems.map((p) => formatProblem(`(converted ${request.year}.csv)`, p)));
	const dir = request.monitorDir ?? MONITOR_DIR;
	const written = [path.join(dir, `${request.year}.csv`), path.join(dir, `${request.year}.meta.json`)];
	const contents = [csv, `${JSON.stringify(importedMeta(request, result, today), null, '\t')}\n`];
	for (const [i, file] of written.entries()) {
		// Replaced, never written through a link planted at the path.
		await rm(file, { force: true });
		await writeFile(file, contents[i], { flag: 'wx' });
	}
	return { result, problems, written };
}
