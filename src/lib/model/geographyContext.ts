import { CrosswalkIndex } from './crosswalk';
import { SURVEY_YEARS, type Crosswalk, type MunicipalityCode, type MunicipalityIndexEntry, type SurveyYear } from './geography';

/** Everything known about the municipalities of all survey years: names, provinces, crosswalk. */
export class GeographyContext {
	readonly crosswalk: CrosswalkIndex;
	private readonly byYear: Map<SurveyYear, Map<MunicipalityCode, MunicipalityIndexEntry>>;

	constructor(indexes: Record<SurveyYear, MunicipalityIndexEntry[]>, crosswalk: Crosswalk) {
		this.crosswalk = new CrosswalkIndex(crosswalk);
		this.byYear = new Map(SURVEY_YEARS.map((y) => [y, new Map(indexes[y].map((m) => [m.code, m]))]));
	}

	municipalities(year: SurveyYear): MunicipalityIndexEntry[] {
		return [...this.byYear.get(year)!.values()];
	}

	/** The municipalities of a year by code. */
	index(year: SurveyYear): ReadonlyMap<MunicipalityCode, MunicipalityIndexEntry> {
		return this.byYear.get(year)!;
	}

	get(year: SurveyYear, code: string): MunicipalityIndexEntry | undefined {
		return this.byYear.get(year)!.get(code as MunicipalityCode);
	}

	/** Survey years other than `year` in which `code` is a municipality. */
	otherYearsOf(code: string, year: SurveyYear): SurveyYear[] {
		return SURVEY_YEARS.filter((y) => y !== year && this.byYear.get(y)!.has(code as MunicipalityCode));
	}
}
