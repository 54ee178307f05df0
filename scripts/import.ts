/**
 * npm run data:import -- --year YEAR [--source-title T --source-publisher P --source-date D --source-url U]
 *                        [--mapping FILE] [--absent-did-not-take-part] [--dry-run] [--lang nl|en] FILE
 *
 * Reads a spreadsheet of monitor answers (CSV or .xlsx), lists how it read it and everything it
 * converted, and either writes data/monitor/YEAR.csv and YEAR.meta.json (real data: no synthetic
 * notice for that year) or lists every problem as FILE:LINE:COLUMN and exits 1. See data/README.md.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { SURVEY_YEARS, type SurveyYear } from '../src/lib/model/geography.ts';
import { capped } from '../src/lib/import/safeText.ts';
import { loadGeography } from './lib/geography.ts';
import { InputError, readMeta } from './lib/inputs.ts';
import { importFile } from './lib/importFile.ts';

const USAGE = `usage: npm run data:import -- --year ${SURVEY_YEARS.join('|')} [--source-title T] [--source-publisher P] [--source-date YYYY[-MM[-DD]]] [--source-url URL] [--mapping FILE] [--absent-did-not-take-part] [--dry-run] [--lang nl|en] FILE`;

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			year: { type: 'string' },
			'source-title': { type: 'string' },
			'source-publisher': { type: 'string' },
			'source-date': { type: 'string' },
			'source-url': { type: 'string' },
			mapping: { type: 'string' },
			'absent-did-not-take-part': { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			lang: { type: 'string', default: 'en' }
		}
	});
	const year = Number(values.year) as SurveyYear;
	if (!SURVEY_YEARS.includes(year) || positionals.length !== 1 || !['nl', 'en'].includes(values.lang!)) {
		console.error(USAGE);
		return 2;
	}
	// Without --source-*, the source is the monitor's own publication, as in the year's current meta file.
	const current = (await readMeta(year)).source;
	const source = {
		title: values['source-title'] ?? current.title,
		publisher: values['source-publisher'] ?? current.publisher,
		date: values['source-date'] ?? current.date,
		url: values['source-url'] ?? (values['source-title'] ? null : current.url)
	};
	const [file] = positionals;
	const outcome = await importFile(
		{
			file,
			year,
			source,
			mappingFile: values.mapping,
			absentDidNotTakePart: values['absent-did-not-take-part']!,
			locale: values.lang as 'nl' | 'en',
			dryRun: values['dry-run']
		},
		await loadGeography()
	);
	console.log(`${file}: read as`);
	for (const note of outcome.result.notes) console.log(`  ${note}`);
	if (outcome.problems.length) {
		for (const line of capped(outcome.problems)) console.log(line);
		console.log(`${file}: ${outcome.problems.length} problem(s); nothing written`);
		return 1;
	}
	const taking = outcome.result.rows.filter((r) => r.deelname === 'ja').length;
	console.log(
		`${file}: ok — ${outcome.result.rows.length} municipalities of ${year}, ${taking} took part; source: ${Object.values(source).filter(Boolean).join(', ')}`
	);
	for (const written of outcome.written) console.log(`wrote ${path.relative(process.cwd(), written)}`);
	if (outcome.written.length) console.log('Next: npm run build (or npm start) shows this year without the synthetic notice.');
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof InputError ? error.problems.join('\n') : error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
