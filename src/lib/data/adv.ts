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
export const EVIDENCE = ['direct', 'provincie', 'indirect', 'gepland', 'historisch', 'naam'] as const;
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
