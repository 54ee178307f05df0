/** Reading the curated inputs in data/ for build scripts and tests, failing with file and line. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { REPO_ROOT } from '../../geo/lib/config.ts';
import { csvObjects } from './csv.ts';
import type { MunicipalityCode, SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { sameName } from '../../src/lib/model/names.ts';
import { describeIssues, monitorMetaSchema, publishedSchema, type MonitorMeta, type Published } from '../../src/lib/data/schemas.ts';

export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const MONITOR_DIR = path.join(DATA_DIR, 'monitor');

// Build-time messages in words ("expected string, received number"); the browser goes without.
z.config(z.locales.en());

export class InputError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'InputError';
	}
}

const readCsv = async (file: string) => csvObjects(await readFile(file, 'utf8'));

export async function readJson<S extends z.core.$ZodType>(file: string, schema: S): Promise<z.infer<S>> {
	let value: unknown;
	try {
		value = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		throw new InputError([`${path.relative(REPO_ROOT, file)}: ${(error as Error).message}`]);
	}
	const result = z.safeParse(schema, value);
	if (!result.success) throw new InputError(describeIssues(path.relative(REPO_ROOT, file), result.error));
	return result.data;
}

export const readPublished = (file = path.join(DATA_DIR, 'published.json')): Promise<Published> => readJson(file, publishedSchema);
export const readMeta = (year: SurveyYear, dir = MONITOR_DIR): Promise<MonitorMeta> => readJson(path.join(dir, `${year}.meta.json`), monitorMetaSchema);

/** Inhabitants per municipality on 1 January (CBS 70072ned), checked against the year's indeling. */
export async function readInhabitants(year: 2022 | 2025, geography: GeographyContext): Promise<Map<MunicipalityCode, number>> {
	const file = path.join(DATA_DIR, 'cbs', `inwoners_${year}.csv`);
	const problems: string[] = [];
	const result = new Map<MunicipalityCode, number>();
	for (const { values: row, line } of await readCsv(file)) {
		const at = `${path.relative(REPO_ROOT, file)}:${line}`;
		if (!geography.get(year, row.gemeentecode)) problems.push(`${at}: ${row.gemeentecode} is not a municipality of ${year}`);
		else if (!/^\d+$/.test(row.inwoners)) problems.push(`${at}: inwoners "${row.inwoners}" is not a whole number`);
		else result.set(row.gemeentecode as MunicipalityCode, Number(row.inwoners));
	}
	for (const m of geography.municipalities(year)) if (!result.has(m.code)) problems.push(`${path.relative(REPO_ROOT, file)}: ${m.code} ${m.naam} has no row`);
	if (problems.length) throw new InputError(problems);
	return result;
}

export type Network = 'g40' | 'p10';

/**
 * Members of a city network in a survey year, by CBS code. A member counts from its `lid_sinds`
 * date's year on (empty: a member before 2017). A name that matches no municipality is an error.
 */
export async function readNetwork(network: Network, year: SurveyYear, geography: GeographyContext): Promise<Set<MunicipalityCode>> {
	const file = path.join(DATA_DIR, 'netwerken', `${network}.csv`);
	const problems: string[] = [];
	const members = new Set<MunicipalityCode>();
	for (const { values: row, line } of await readCsv(file)) {
		if (row.lid_sinds && Number(row.lid_sinds.slice(0, 4)) > year) continue;
		const matches = geography.municipalities(year).filter((m) => sameName(m.naam, row.gemeentenaam));
		if (matches.length !== 1) {
			problems.push(`${path.relative(REPO_ROOT, file)}:${line}: "${row.gemeentenaam}" matches ${matches.length} municipalities of ${year}; expected 1`);
		} else members.add(matches[0].code);
	}
	if (problems.length) throw new InputError(problems);
	return members;
}

/**
 * A size per municipality: CBS inhabitants for 2022 and 2025. No complete 2017 population file was
 * found, so 2017 uses a proxy, stated as such wherever it is used: the 2022 inhabitants of each
 * successor, in proportion to the area the 2017 municipality contributed to it.
 */
export async function readSizes(year: SurveyYear, geography: GeographyContext): Promise<{ source: 'cbs' | 'proxy'; sizes: Map<MunicipalityCode, number> }> {
	if (year !== 2017) return { source: 'cbs', sizes: await readInhabitants(year, geography) };
	const inhabitants2022 = await readInhabitants(2022, geography);
	const sizes = new Map<MunicipalityCode, number>();
	for (const m of geography.municipalities(2017)) {
		const estimate = geography.crosswalk
			.successors(m.code, 2017, 2022)
			.reduce((sum, s) => sum + (inhabitants2022.get(s.code)! * s.share * m.areaKm2) / geography.get(2022, s.code)!.areaKm2, 0);
		sizes.set(m.code, Math.round(estimate));
	}
	return { source: 'proxy', sizes };
}
