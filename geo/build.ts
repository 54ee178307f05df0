/**
 * `npm run geo`: builds the geography contract into static/data/. With --if-stale (used before dev,
 * build and tests) it does nothing when the outputs exist and neither the boundary files nor this
 * pipeline changed since they were written.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SURVEY_YEARS, dataPath } from '../src/lib/model/geography.ts';
import { CACHE_DIR, OUTPUT_DIR, REPO_ROOT } from './lib/config.ts';
import { inputsHash, runPipeline } from './lib/pipeline.ts';
import { resolveSourceDir } from './lib/sources.ts';
import { InputError } from '../scripts/lib/inputs.ts';
import { GEO_FILES, validatePublicFiles } from '../scripts/lib/publicContract.ts';

const STAMP = path.join(CACHE_DIR, 'build-stamp.json');

async function codeFiles(): Promise<string[]> {
	const libDir = path.join(REPO_ROOT, 'geo', 'lib');
	const lib = (await readdir(libDir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
	return [...lib.map((f) => path.join(libDir, f)), path.join(REPO_ROOT, 'geo', 'build.ts'), path.join(REPO_ROOT, 'src', 'lib', 'model', 'geography.ts')];
}

function outputsExist(): boolean {
	const files = [...SURVEY_YEARS.flatMap((y) => [dataPath.topology(y), dataPath.index(y)]), dataPath.crosswalk];
	return files.every((f) => existsSync(path.join(OUTPUT_DIR, path.basename(f))));
}

async function main() {
	const ifStale = process.argv.includes('--if-stale');
	const log = (message: string) => console.log(`[geo] ${message}`);
	const source = await resolveSourceDir({ years: SURVEY_YEARS, log });
	const hash = await inputsHash(source.dir, SURVEY_YEARS, await codeFiles());
	if (ifStale && outputsExist() && existsSync(STAMP)) {
		const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as { hash: string };
		if (stamp.hash === hash) return;
	}
	log(`reading boundaries from ${source.dir} (${source.origin})`);
	const started = Date.now();
	const result = await runPipeline({ sourceDir: source.dir, outputDir: OUTPUT_DIR, years: SURVEY_YEARS, log });
	// The browser checks these files against the same schemas: a pipeline change that breaks them fails here.
	await validatePublicFiles(OUTPUT_DIR, GEO_FILES);
	await mkdir(CACHE_DIR, { recursive: true });
	await writeFile(STAMP, JSON.stringify({ hash, source, ...result }, null, 2));
	log(`wrote ${path.relative(REPO_ROOT, OUTPUT_DIR)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
	console.error(`[geo] ${error instanceof InputError ? error.problems.join('\n') : error instanceof Error ? error.message : error}`);
	process.exit(1);
});
