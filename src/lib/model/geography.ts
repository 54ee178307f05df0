/**
 * The public geography contract: the shapes of the files that the geo pipeline writes to /data/
 * and that the app (and anyone who downloads them) reads. Changing a field here is a breaking
 * change for embedders and downloaders, so add fields rather than rename them.
 */

/** Survey years of the Monitor lokaal antidiscriminatiebeleid, each drawn on its own CBS boundaries. */
export const SURVEY_YEARS = [2017, 2022, 2025] as const;
export type SurveyYear = (typeof SURVEY_YEARS)[number];

/** A CBS municipality code: "GM" followed by four digits. */
export type MunicipalityCode = `GM${string}`;

export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

export function isMunicipalityCode(value: string): value is MunicipalityCode {
	return MUNICIPALITY_CODE_PATTERN.test(value);
}

/** Properties of each geometry in /data/gemeenten-YEAR.topojson (object `gemeenten`, id = code). */
export interface MunicipalityProperties {
	code: MunicipalityCode;
	naam: string;
	/** Province name in that year's indeling. */
	provincie: string;
}

/** One row of /data/gemeenten-YEAR.json; the type is inferred from the file's schema. */
export type { MunicipalityIndexEntry } from '../data/publicSchemas';

/** A link in /data/crosswalk.json: `share` of the area of `from` lies in `to`. */
export interface CrosswalkLink {
	from: MunicipalityCode;
	to: MunicipalityCode;
	share: number;
}

export type CrosswalkPeriod = `${SurveyYear}-${SurveyYear}`;

/** /data/crosswalk.json: links between consecutive survey years. */
export type Crosswalk = Partial<Record<CrosswalkPeriod, CrosswalkLink[]>>;

/** Consecutive survey-year pairs, in order, as used for crosswalk keys. */
export const CROSSWALK_PERIODS: ReadonlyArray<readonly [SurveyYear, SurveyYear]> = SURVEY_YEARS.slice(1).map((to, i) => [SURVEY_YEARS[i], to] as const);

export function crosswalkKey(from: SurveyYear, to: SurveyYear): CrosswalkPeriod {
	return `${from}-${to}`;
}

/** Name of the TopoJSON object that holds the municipalities. */
export const MUNICIPALITY_OBJECT = 'gemeenten';

export const dataPath = {
	topology: (year: SurveyYear) => `/data/gemeenten-${year}.topojson`,
	index: (year: SurveyYear) => `/data/gemeenten-${year}.json`,
	crosswalk: '/data/crosswalk.json'
} as const;
