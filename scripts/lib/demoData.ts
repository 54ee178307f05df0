/**
 * `npm run data:demo`: writes the synthetic demonstration files data/monitor/YEAR.csv and
 * YEAR.meta.json. The targets below are the published national figures (data/published.json);
 * everything not published is a documented choice.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { MunicipalityCode, SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { generateDemoYear, type DemoMunicipality, type DemoRow, type DemoTargets } from './demo.ts';
import { REQUIRED_COLUMNS } from './monitorCsv.ts';
import type { MonitorMeta } from '../../src/lib/data/schemas.ts';
import { MONITOR_DIR, readNetwork, readSizes } from './inputs.ts';

export const DEMO_SEED = 20230125;
/** Weesp merged into Amsterdam on 24 March 2022, before the 2022 survey: it cannot have answered. */
const WEESP_2022 = 'GM0457' as MunicipalityCode;

/** The counts each year reproduces; percentages in comments are what they round to. */
export function demoTargets(groups2025: { g40: ReadonlySet<MunicipalityCode>; p10: ReadonlySet<MunicipalityCode> }): Record<SurveyYear, DemoTargets> {
	return {
		// 154 complete answers; 51/154 = 33.1% policy, 20/154 = 13.0% developing.
		2017: { year: 2017, participants: 154, complete: 154, policy: 51, developing: 20, specificShare: 0.55 },
		// 162 answers, 126 complete; 57/162 = 35.2% policy, 53/162 = 32.7% developing.
		2022: { year: 2022, participants: 162, complete: 126, policy: 57, developing: 53, specificShare: 0.55, excluded: new Set([WEESP_2022]) },
		// 170 answers (assumed); 63/170 = 37.1% policy; 47 of the 107 without policy = 43.9% developing;
		// G40: 18 of 31 participating = 58.1%; P10: 3 of 13 participating = 23.1%.
		2025: {
			year: 2025,
			participants: 170,
			policy: 63,
			developing: 47,
			specificShare: 0.55,
			groups: [
				{ name: 'G40', members: groups2025.g40, participants: 31, policy: 18 },
				{ name: 'P10', members: groups2025.p10, participants: 13, policy: 3 }
			]
		}
	};
}

async function sizes(year: SurveyYear, geography: GeographyContext): Promise<DemoMunicipality[]> {
	const { sizes: size } = await readSizes(year, geography);
	return geography.municipalities(year).map((m) => ({ code: m.code, naam: m.naam, size: size.get(m.code)! }));
}

export async function generateDemo(geography: GeographyContext): Promise<Record<SurveyYear, DemoRow[]>> {
	const targets = demoTargets({ g40: await readNetwork('g40', 2025, geography), p10: await readNetwork('p10', 2025, geography) });
	const result = {} as Record<SurveyYear, DemoRow[]>;
	for (const year of [2017, 2022, 2025] as const) {
		result[year] = generateDemoYear(await sizes(year, geography), targets[year], DEMO_SEED + year);
	}
	return result;
}

const SOURCES: Record<SurveyYear, MonitorMeta['source']> = {
	2017: { title: 'Monitor lokaal antidiscriminatiebeleid 2017', publisher: 'Movisie', date: '2017', url: null },
	2022: {
		title: 'Monitor lokaal antidiscriminatiebeleid 2022',
		publisher: 'Movisie en Kennisplatform Inclusief Samenleven',
		date: '2022',
		url: 'https://www.movisie.nl/publicatie/gemeentelijke-aanpak-discriminatie-anno-2022-wat-stand-land'
	},
	2025: {
		title: 'Monitor lokaal antidiscriminatiebeleid 2025',
		publisher: 'Movisie',
		date: '2025',
		url: 'https://www.gemeente.nu/bestuur/aanpak-discriminatie-groeit-kleine-gemeenten-blijven-achter/'
	}
};

const ASSUMPTIONS: Record<SurveyYear, string[]> = {
	2017: [
		'Participants are the 154 municipalities that answered completely; shares are of those 154.',
		'No complete 2017 population file was found: the size weights use the 2022 inhabitants of each municipality’s successor, in proportion to area.'
	],
	2022: [
		'Shares are of the 162 participants. 126 of them are marked volledig = ja.',
		'Weesp (GM0457) is in the CBS indeling of 1 January 2022 but merged into Amsterdam before the survey, so it is marked as not taking part.'
	],
	2025: [
		'The number of participants in 2025 was not found; 170 of 342 is assumed (about half, like 2022).',
		'44% developing is read as a share of participants without policy (47 of 107).',
		'G40: 31 of the 41 members listed in data/netwerken/g40.csv take part, 18 of them with policy (58%). P10: 13 of the 15 members of the 2017 list in data/netwerken/p10.csv take part, 3 with policy (23%).',
		'Whether an answer was complete is not known for 2025; the volledig column is left empty.'
	]
};

export function demoMeta(year: SurveyYear, reproduces: string[]): MonitorMeta {
	return {
		year,
		synthetic: true,
		title: `Synthetische demonstratiegegevens — Monitor lokaal antidiscriminatiebeleid ${year}`,
		notice: {
			nl: `Voorbeeldgegevens: de antwoorden per gemeente zijn verzonnen. Ze geven de gepubliceerde landelijke cijfers van ${year} weer, maar zeggen niets over een echte gemeente.`,
			en: `Synthetic demonstration data: the answers per municipality are made up. They reproduce the published national figures for ${year} but say nothing about any real municipality.`
		},
		method:
			'Generated by `npm run data:demo` with a fixed seed. Participants are drawn with a probability that grows with the square root of the number of inhabitants, municipalities with policy among them in proportion to inhabitants (the published pattern that larger municipalities more often have policy), municipalities developing policy uniformly among the rest. Counts are fixed so that the published national figures are reproduced exactly after rounding; 55% of policies are marked specific and 45% contributing (the split is not published).',
		generator: { command: 'npm run data:demo', seed: DEMO_SEED + year },
		assumptions: ASSUMPTIONS[year],
		source: SOURCES[year],
		reproduces
	};
}

export async function writeDemo(geography: GeographyContext, publishedIds: Record<SurveyYear, string[]>, dir = MONITOR_DIR): Promise<string[]> {
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const [year, rows] of Object.entries(await generateDemo(geography))) {
		const csv = stringify(rows, { header: true, columns: [...REQUIRED_COLUMNS, 'volledig'], record_delimiter: 'unix' });
		const csvFile = path.join(dir, `${year}.csv`);
		const metaFile = path.join(dir, `${year}.meta.json`);
		await writeFile(csvFile, csv);
		await writeFile(metaFile, JSON.stringify(demoMeta(Number(year) as SurveyYear, publishedIds[Number(year) as SurveyYear]), null, '\t') + '\n');
		written.push(csvFile, metaFile);
	}
	return written;
}
