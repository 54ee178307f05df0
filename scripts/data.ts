/**
 * The data layer's commands:
 *   npm run data:check -- FILE...   validate monitor CSVs (FILE:LINE:COLUMN: message per problem)
 *   npm run data:demo               regenerate the synthetic demonstration files in data/monitor/
 *   npm run data:coverage           ADV coverage per survey year, with the unknown municipalities
 *   npm run data:build              validate all of data/ and write the public files to static/data/
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SURVEY_YEARS, type SurveyYear } from '../src/lib/model/geography.ts';
import { formatProblem, readMonitorCsv, yearFromFileName } from './lib/monitorCsv.ts';
import { capped } from '../src/lib/import/safeText.ts';
import { loadGeography } from './lib/geography.ts';
import { InputError, readJson, readPublished } from './lib/inputs.ts';
import { monitorMetaSchema } from '../src/lib/data/schemas.ts';
import { writeDemo } from './lib/demoData.ts';
import { buildData } from './lib/buildData.ts';
import { coverageReport } from './lib/advRegister.ts';

async function check(files: string[]): Promise<number> {
	if (files.length === 0) {
		console.error('usage: npm run data:check -- data/monitor/2022.csv [more files]');
		return 2;
	}
	const geography = await loadGeography();
	let failed = 0;
	for (const file of files) {
		const year = yearFromFileName(file);
		if (!year) {
			console.log(`${file}:1:1: cannot tell the survey year from the file name; expected ${SURVEY_YEARS.join(', ')} in it, e.g. 2022.csv`);
			failed++;
			continue;
		}
		if (!existsSync(file)) {
			console.log(`${file}:1:1: file not found`);
			failed++;
			continue;
		}
		if (!statSync(file).isFile()) {
			console.log(`${file}:1:1: not a file (a directory?); expected a CSV file`);
			failed++;
			continue;
		}
		const result = readMonitorCsv(await readFile(file), year, geography);
		for (const line of capped(result.problems.map((problem) => formatProblem(file, problem)))) console.log(line);
		const metaFile = file.replace(/\.csv$/, '.meta.json');
		let metaProblems: string[] = [];
		if (existsSync(metaFile)) {
			try {
				await readJson(metaFile, monitorMetaSchema);
			} catch (error) {
				metaProblems = error instanceof InputError ? error.problems : [String(error)];
			}
			metaProblems.forEach((p) => console.log(p));
		}
		if (result.problems.length || metaProblems.length) failed++;
		else {
			const taking = result.rows.filter((r) => r.deelname === 'ja').length;
			console.log(`${file}: ok — ${result.rows.length} municipalities of ${year}, ${taking} took part`);
		}
	}
	return failed ? 1 : 0;
}

async function demo(): Promise<number> {
	const geography = await loadGeography();
	const published = await readPublished();
	const ids = Object.fromEntries(SURVEY_YEARS.map((y) => [y, published.figures.filter((f) => f.year === y).map((f) => f.id)])) as Record<SurveyYear, string[]>;
	for (const file of await writeDemo(geography, ids)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
	return 0;
}

async function coverage(): Promise<number> {
	console.log(coverageReport(await loadGeography()));
	return 0;
}

async function build(): Promise<number> {
	const written = await buildData(await loadGeography());
	console.log(`[data] wrote ${written.map((f) => path.basename(f)).join(', ')}`);
	return 0;
}

const commands: Record<string, (args: string[]) => Promise<number>> = { check, demo, coverage, build };
const [command, ...args] = process.argv.slice(2);
const run = commands[command];
if (!run) {
	console.error(`usage: tsx scripts/data.ts ${Object.keys(commands).join('|')} [args]`);
	process.exit(2);
}
run(args).then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof InputError ? error.problems.join('\n') : error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
