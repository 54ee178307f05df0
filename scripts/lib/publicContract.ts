/**
 * The build's side of the public data contract: every JSON file it (and the geo pipeline) writes to
 * static/data/ is checked against the schema the browser checks it with, and the schemas are
 * published as JSON Schema under /data/schema/ for anyone who downloads the files.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { SURVEY_YEARS } from '../../src/lib/model/geography.ts';
import {
	crosswalkSchema,
	kenmerkenSchema,
	monitorFileSchema,
	municipalityIndexSchema,
	publishedJsonSchema,
	topologySchema,
	voorzieningenSchema
} from '../../src/lib/data/publicSchemas.ts';
import { describeIssues } from '../../src/lib/data/schemas.ts';
import { REPO_ROOT } from '../../geo/lib/config.ts';
import { InputError } from './inputs.ts';

interface PublicFile {
	/** The schema's name under /data/schema/. */
	name: string;
	schema: z.core.$ZodType;
	description: string;
	files: string[];
}

export const PUBLIC_FILES: PublicFile[] = [
	{
		name: 'monitor',
		schema: monitorFileSchema,
		description: 'Monitor answers and display status per municipality',
		files: SURVEY_YEARS.map((y) => `monitor-${y}.json`)
	},
	{
		name: 'gemeenten',
		schema: municipalityIndexSchema,
		description: 'Municipality index of a survey year',
		files: SURVEY_YEARS.map((y) => `gemeenten-${y}.json`)
	},
	{
		name: 'gemeenten-topojson',
		schema: topologySchema,
		description: 'Municipality boundaries (TopoJSON)',
		files: SURVEY_YEARS.map((y) => `gemeenten-${y}.topojson`)
	},
	{ name: 'crosswalk', schema: crosswalkSchema, description: 'Crosswalk between consecutive survey years', files: ['crosswalk.json'] },
	{ name: 'voorzieningen', schema: voorzieningenSchema, description: 'ADV register and werkgebied per survey year', files: ['voorzieningen.json'] },
	{ name: 'published', schema: publishedJsonSchema, description: 'Published national figures, recomputed', files: ['published.json'] },
	{ name: 'kenmerken', schema: kenmerkenSchema, description: 'Size and city networks per municipality', files: ['kenmerken.json'] }
];

export const GEO_FILES = PUBLIC_FILES.filter((f) => f.name.startsWith('gemeenten') || f.name === 'crosswalk').flatMap((f) => f.files);
export const DATA_FILES = PUBLIC_FILES.flatMap((f) => f.files).filter((name) => !GEO_FILES.includes(name));

/** Checks the named public JSON files in `dir`; all problems at once, each with file and field. */
export async function validatePublicFiles(dir: string, names: readonly string[]): Promise<void> {
	const problems: string[] = [];
	for (const { schema, files } of PUBLIC_FILES) {
		for (const name of files.filter((f) => names.includes(f))) {
			const file = path.join(dir, name);
			const shown = path.relative(REPO_ROOT, file);
			let value: unknown;
			try {
				value = JSON.parse(await readFile(file, 'utf8'));
			} catch (error) {
				problems.push(`${shown}: ${(error as Error).message}`);
				continue;
			}
			const result = z.safeParse(schema, value);
			if (!result.success) problems.push(...describeIssues(shown, result.error).slice(0, 20));
		}
	}
	if (problems.length) throw new InputError(problems);
}

/** Writes /data/schema/NAME.schema.json for every public file; returns the files written. */
export async function writeJsonSchemas(dir: string): Promise<string[]> {
	const schemaDir = path.join(dir, 'schema');
	await mkdir(schemaDir, { recursive: true });
	const written: string[] = [];
	for (const { name, schema, description, files } of PUBLIC_FILES) {
		const json = { ...z.toJSONSchema(schema), title: name, description: `${description}: /data/${files.join(', /data/')}` };
		const file = path.join(schemaDir, `${name}.schema.json`);
		await writeFile(file, `${JSON.stringify(json, null, '\t')}\n`);
		written.push(file);
	}
	return written;
}
