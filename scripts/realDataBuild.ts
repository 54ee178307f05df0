/**
 * `npm run build:real-data` (part of `npm run test:e2e`): the site as it will be once the data owner
 * has imported one real year. Imports the real-looking 2022 export (tests/fixtures/import) into a
 * copy of data/monitor with the data owner's own command, builds the public data from that copy
 * and the site into build-real/, and restores static/data to the repository's data. The
 * real-data end-to-end tests then check that 2022 is shown without the synthetic notice and
 * 2017 and 2025 still with it.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from './lib/buildData.ts';
import { loadGeography } from './lib/geography.ts';
import { importFile } from './lib/importFile.ts';
import { MONITOR_DIR } from './lib/inputs.ts';

export const REAL_BUILD_DIR = 'build-real';
const FIXTURE = 'tests/fixtures/import/monitor-2022-gemeenten.csv';

const geography = await loadGeography();
const dir = await mkdtemp(path.join(tmpdir(), 'beleidskaart-real-'));
const monitorDir = path.join(dir, 'monitor');
try {
	await cp(MONITOR_DIR, monitorDir, { recursive: true });
	const outcome = await importFile(
		{
			file: FIXTURE,
			year: 2022,
			source: { title: 'Monitor lokaal antidiscriminatiebeleid 2022 (testbestand)', publisher: 'Beleidskaart tests', date: '2022', url: null },
			absentDidNotTakePart: false,
			locale: 'en',
			monitorDir
		},
		geography,
		'2022-01-01'
	);
	if (outcome.problems.length) throw new Error(outcome.problems.join('\n'));
	await buildData(geography, undefined, monitorDir);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, BUILD_DIR: REAL_BUILD_DIR } });
	console.log(`[real-data] built ${REAL_BUILD_DIR}/ with a real 2022 (imported from ${FIXTURE})`);
} finally {
	// The repository's own data again, whatever happened above.
	await buildData(geography);
	await rm(dir, { recursive: true, force: true });
}
