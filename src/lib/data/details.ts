/**
 * What the details panel and the per-municipality pages show about one municipality: its status in
 * every survey year (through predecessors or successors where it did not exist), its ADV, and the
 * optional survey fields. One function, so the panel and /gemeente/GM… pages cannot disagree.
 */
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import { SURVEY_YEARS } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';
import { counterparts, resolveSelection, type ResolvedSelection } from '../model/selection';
import type { DisplayStatus } from '../model/status';
import type { AdvRecord } from './adv';
import type { MonitorFileJson, ServedMunicipality, VoorzieningenJson } from './publicSchemas';
import { compareDutch } from '../model/dutchOrder';

export interface RelatedStatus {
	code: MunicipalityCode;
	naam: string;
	share: number;
	status: DisplayStatus;
}

export interface YearStatus {
	year: SurveyYear;
	relation: ResolvedSelection['relation'];
	items: RelatedStatus[];
}

export interface AdvDetails {
	adv: AdvRecord;
	served: ServedMunicipality;
	/** Other municipalities this ADV serves in the same year, by name. */
	alsoServes: string[];
	year: SurveyYear;
}

export interface MunicipalityDetails {
	code: MunicipalityCode;
	naam: string;
	provincie: string;
	/** Survey years in which this code is a municipality. */
	years: SurveyYear[];
	/** How the municipality shows in the year being viewed. */
	shown: ResolvedSelection;
	/** Names of the municipalities of the viewed year that stand for it (predecessors or successors). */
	shownAs: string[];
	statusByYear: YearStatus[];
	/** Status in the viewed year when the municipality exists then. */
	status: DisplayStatus | null;
	/** Optional survey fields (name → value) of the viewed year, when answered. */
	extra: Record<string, string>;
	/**
	 * The ADV in the viewed year; for a municipality that merged into one other by then, that one's
	 * (see `advVia`); else in the last year it existed. null = unknown.
	 */
	adv: AdvDetails | null;
	/**
	 * The municipality whose ADV `adv` is, when the selected one had merged into it by the viewed year;
	 * `after`: the last survey (boundaries of 1 January) in which the selected one still existed.
	 */
	advVia: { code: MunicipalityCode; naam: string; year: SurveyYear; after: SurveyYear } | null;
}

export interface DetailsData {
	geography: GeographyContext;
	monitor: Record<SurveyYear, Pick<MonitorFileJson, 'municipalities'>>;
	voorzieningen: VoorzieningenJson;
}

type MonitorEntry = DetailsData['monitor'][SurveyYear]['municipalities'][number];
/** Each monitor file's rows by code, built once: the table asks for every municipality's details. */
const entriesByCode = new WeakMap<object, ReadonlyMap<string, MonitorEntry>>();
function monitorEntries(monitor: DetailsData['monitor'][SurveyYear]): ReadonlyMap<string, MonitorEntry> {
	let entries = entriesByCode.get(monitor);
	if (!entries) entriesByCode.set(monitor, (entries = new Map(monitor.municipalities.map((m) => [m.code, m]))));
	return entries;
}

export function municipalityDetails(code: MunicipalityCode, year: SurveyYear, data: DetailsData): MunicipalityDetails | null {
	const { geography } = data;
	const shown = resolveSelection(code, year, geography);
	if (!shown) return null;
	const home = shown.years.includes(year) ? year : shown.years.at(-1)!;
	const entry = geography.get(home, code)!;
	const statusOf = (y: SurveyYear, c: string) => monitorEntries(data.monitor[y]).get(c);

	const statusByYear = SURVEY_YEARS.map((y): YearStatus => {
		const related = shown.years.includes(y) ? [{ year: y, code, share: 1 }] : counterparts(code, home, y, geography);
		const relation: YearStatus['relation'] = shown.years.includes(y) ? 'self' : y < home ? 'predecessors' : 'successors';
		return {
			year: y,
			relation,
			items: related.map((r) => ({ code: r.code, naam: geography.get(y, r.code)!.naam, share: r.share, status: statusOf(y, r.code)?.status ?? 'onbekend' }))
		};
	});

	// Merged into one municipality by the viewed year: where its residents report now is that one's ADV.
	const mergedInto = shown.relation === 'successors' && shown.related.length === 1 ? shown.related[0].code : null;
	const advCode = mergedInto ?? code;
	const advYear = mergedInto ? year : home;
	const advId = data.voorzieningen.byMunicipality[advYear]?.[advCode];
	let adv: AdvDetails | null = null;
	if (advId) {
		const record = data.voorzieningen.voorzieningen.find((v) => v.id === advId)!;
		const servedList = record.gemeenten[advYear];
		adv = {
			adv: record,
			served: servedList.find((s) => s.code === advCode)!,
			alsoServes: servedList
				.filter((s) => s.code !== advCode)
				.map((s) => geography.get(advYear, s.code)!.naam)
				.sort(compareDutch),
			year: advYear
		};
	}
	const own = shown.relation === 'self' ? statusOf(year, code) : undefined;
	return {
		code,
		naam: entry.naam,
		provincie: entry.provincie,
		years: shown.years,
		shown,
		shownAs: shown.related.map((r) => geography.get(year, r.code)!.naam),
		statusByYear,
		status: own?.status ?? null,
		extra: Object.fromEntries(Object.entries(own?.extra ?? {}).filter(([, v]) => v !== '')),
		adv,
		advVia: mergedInto ? { code: mergedInto, naam: geography.get(year, mergedInto)!.naam, year, after: home } : null
	};
}
