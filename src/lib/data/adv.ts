/**
 * The ADV register's records, as the build reads them from data/ and publishes them in
 * /data/voorzieningen.json. How rows become municipalities per survey year is the build's job
 * (scripts/lib/advResolve.ts).
 */

export interface AdvRecord {
	id: string;
	naam: string;
	/** The regional name taken on in 2024 under Discriminatie.nl, where a source gives it. */
	naamDiscriminatieNl: string;
	website: string;
	telefoon: string;
	email: string;
	adres: string;
	plaats: string;
	/** Last year the organisation existed, where a source says it ended. */
	actiefTot?: number;
	opmerking: string;
	bronUrl: string[];
	peildatum: string;
}

/** What a werkgebied row rests on (from the research notes): how much weight the fact carries. */
// deelgebied: the source names a part of a municipality (a district); recorded, assigns nothing.
export const EVIDENCE = ['direct', 'provincie', 'indirect', 'gepland', 'historisch', 'naam', 'deelgebied'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export interface WerkgebiedRecord {
	advId: string;
	/** A municipality name, or PROVINCE:<name> for "all municipalities of province X". */
	gemeente: string;
	aard: Evidence;
	bronUrl: string[];
	peildatum: string;
	line: number;
}

/** How a row reached a municipality of a survey year. */
export type Route = 'naam' | 'provincie' | 'voorgangers' | 'opvolger';

/** Sources older than this many years before a survey are flagged as possibly out of date. */
export const OLD_SOURCE_YEARS = 5;

/** The year a source dates from ("2009-01-01", "2019", "2022-10/2023-03": its newest year), or null when undated. */
export function sourceYear(peildatum: string): number | null {
	const years = [...peildatum.matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0]));
	return years.length ? Math.max(...years) : null;
}

/** Whether a source is old enough, for the survey viewed, that a reader should check it. */
export const isOldSource = (peildatum: string, surveyYear: number): boolean => {
	const year = sourceYear(peildatum);
	return year !== null && surveyYear - year > OLD_SOURCE_YEARS;
};
