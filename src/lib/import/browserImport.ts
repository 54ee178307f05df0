/**
 * The import as the browser runs it (/eigen-gegevens): the same code as `npm run data:import`, on a
 * file the person chose, dropped or pasted. The geography comes from the site's public files; the
 * file itself is read here and never leaves the machine.
 */
import mappingJson from '../../../data/import-mapping.json';
import { browserLoader } from '$lib/data/browserLoader';
import { monitorJson } from '$lib/data/monitorJson';
import type { MonitorFileJson } from '$lib/data/publicSchemas';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import { GeographyContext } from '$lib/model/geographyContext';
import type { Locale } from '$lib/paraglide/runtime.js';
import { importMonitor, type ImportResult } from './importMonitor';
import { MappingIndex, type ImportMapping } from './mapping';
import { readSourceTable, readTextTable } from './sourceTable';

let geography: Promise<GeographyContext> | null = null;

/** The indeling of every survey year and the crosswalk, downloaded once (again after a failure). */
function loadGeography(): Promise<GeographyContext> {
	geography ??= browserLoader()
		.then(
			async (loader) =>
				new GeographyContext(Object.fromEntries(await Promise.all(SURVEY_YEARS.map(async (y) => [y, await loader.index(y)]))), await loader.crosswalk())
		)
		.catch((error) => {
			geography = null;
			throw error;
		});
	return geography;
}

export interface BrowserImport {
	result: ImportResult;
	/** The year's data as the map reads it, or null when the file has problems. */
	monitor: MonitorFileJson | null;
}

export type ImportInput = { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'text'; text: string; fileName: string };

export async function importInBrowser(input: ImportInput, year: SurveyYear, absentDidNotTakePart: boolean, locale: Locale): Promise<BrowserImport> {
	const context = await loadGeography();
	const table = input.kind === 'file' ? await readSourceTable(input.bytes, input.fileName, locale) : readTextTable(input.text, locale);
	// The mapping file is the project's own, checked by the unit tests against its schema.
	const mapping = new MappingIndex(mappingJson as ImportMapping);
	const result = importMonitor(table, { year, geography: context, mapping, absentDidNotTakePart, locale });
	if (result.problems.length) return { result, monitor: null };
	const monitor = monitorJson(
		year,
		{
			synthetic: false,
			title: `Eigen gegevens — ${input.fileName}`,
			notice: { nl: `Eigen gegevens — niet gepubliceerd: ${input.fileName}`, en: `Own data — not published: ${input.fileName}` },
			method: `Read in the browser from ${input.fileName}; nothing was sent anywhere.`,
			assumptions: result.notes,
			source: { title: input.fileName, publisher: 'eigen bestand / own file', date: new Date().toISOString().slice(0, 10), url: null }
		},
		result.rows,
		context
	);
	return { result, monitor };
}
