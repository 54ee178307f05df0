/**
 * What a map view shows, computed from the view (year, mode, selection, region, highlighted class)
 * and the data loaded so far. Pure functions: the runes shell (state/mapApp.svelte.ts) only wires
 * them to the URL and the loader.
 */
import type { Topology } from 'topojson-specification';
import { changes, previousYear, type Transition } from './change';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from './geography';
import type { GeographyContext } from './geographyContext';
import { resolveSelection } from './selection';
import type { DisplayStatus } from './status';

export type Mode = 'status' | 'verandering';
/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];
export type StatusByYear = Partial<Record<SurveyYear, ReadonlyMap<string, DisplayStatus>>>;
/** A year's change: since which earlier survey, and each municipality's class. */
export interface YearChange {
	since: SurveyYear;
	classes: ReadonlyMap<string, Transition>;
}
export type ChangeByYear = Partial<Record<SurveyYear, YearChange>>;

/** What the map draws for one survey year. */
export interface YearInput {
	topology: Topology;
	status: ReadonlyMap<string, DisplayStatus>;
	/** Change since an earlier survey; absent for the first survey, and until the crosswalk is loaded. */
	change?: YearChange;
}

/** The years loaded so far: the year shown comes first, the others follow once the map is up. */
export type MapInput = Partial<Record<SurveyYear, YearInput>>;

type MonitorStatuses = { municipalities: ReadonlyArray<{ code: string; status: DisplayStatus }> };

// The page asks again as each file arrives (three years and the atlas); a monitor, once loaded, does
// not change, so its lookup is built once rather than for every year at every arrival.
const statusLookups = new WeakMap<MonitorStatuses, ReadonlyMap<string, DisplayStatus>>();

function statusLookup(monitor: MonitorStatuses): ReadonlyMap<string, DisplayStatus> {
	const known = statusLookups.get(monitor);
	if (known) return known;
	const lookup = new Map<string, DisplayStatus>();
	for (const municipality of monitor.municipalities) lookup.set(municipality.code, municipality.status);
	statusLookups.set(monitor, lookup);
	return lookup;
}

/** Status per municipality of each year whose monitor file is loaded. */
export function statusByYear(monitors: Partial<Record<SurveyYear, MonitorStatuses>>): StatusByYear {
	const result: StatusByYear = {};
	for (const year of SURVEY_YEARS) {
		const monitor = monitors[year];
		if (monitor) result[year] = statusLookup(monitor);
	}
	return result;
}

/**
 * The earlier survey a year's change compares with: the one the reader chose for the year shown
 * (when it is earlier), else the previous survey; null for the first survey.
 */
export function changeSince(year: SurveyYear, view: { year: SurveyYear; since: SurveyYear | null }): SurveyYear | null {
	return year === view.year && view.since !== null && view.since < year ? view.since : previousYear(year);
}

/** Per year from the second survey on: each municipality's change since `sinceOf(year)` (needs every year). */
export function changeByYear(geography: GeographyContext, status: StatusByYear, sinceOf: (year: SurveyYear) => SurveyYear | null): ChangeByYear | null {
	if (!SURVEY_YEARS.every((y) => status[y])) return null;
	const result: ChangeByYear = {};
	for (const year of SURVEY_YEARS) {
		const since = sinceOf(year);
		if (since === null) continue;
		result[year] = { since, classes: new Map(changes({ from: since, to: year }, geography, status).map((c) => [c.code, c.transition])) };
	}
	return result;
}

/** The change view needs an earlier survey; for the first year it falls back to status. */
export function effectiveMode(mode: Mode, year: SurveyYear): Mode {
	return mode === 'verandering' && previousYear(year) !== null ? 'verandering' : 'status';
}

/** The years the map can draw: geometry and status loaded; in the change view only once the change is known. */
export function mapInputOf(mode: Mode, topologies: Partial<Record<SurveyYear, Topology>>, status: StatusByYear, change: ChangeByYear | null): MapInput | null {
	if (mode === 'verandering' && !change) return null;
	const input: MapInput = {};
	for (const year of SURVEY_YEARS) {
		const topology = topologies[year];
		const yearStatus = status[year];
		if (topology && yearStatus) input[year] = { topology, status: yearStatus, change: change?.[year] };
	}
	return Object.keys(input).length ? input : null;
}

/**
 * Municipalities to keep bright, or null for all: the region's members, and of those (or of all)
 * the ones in the highlighted legend class.
 */
export function emphasisOf<C extends string>(
	region: readonly string[] | null,
	highlight: C | null,
	classes: ReadonlyMap<string, C> | undefined
): Set<string> | null {
	const inRegion = region ? new Set(region) : null;
	if (!highlight || !classes) return inRegion;
	return new Set([...classes].filter(([code, c]) => c === highlight && (!inRegion || inRegion.has(code))).map(([code]) => code));
}

/** How many municipalities fall in each class (classes with none are absent), of all or of the given members. */
export function countClasses<C extends string>(classes: ReadonlyMap<string, C>, members?: readonly string[]): Partial<Record<C, number>> {
	const counts: Partial<Record<C, number>> = {};
	const codes = members ?? [...classes.keys()];
	for (const code of codes) {
		const c = classes.get(code);
		if (c !== undefined) counts[c] = (counts[c] ?? 0) + 1;
	}
	return counts;
}

/** The box around the given municipalities of a year, or null when none of them is known. */
export function boundingBox(codes: readonly string[], year: SurveyYear, geography: GeographyContext | null): Box | null {
	if (!geography) return null;
	const boxes = codes.map((c) => geography.get(year, c)?.bbox).filter((b) => b !== undefined);
	if (!boxes.length) return null;
	return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

export interface DescribeText {
	status: (status: DisplayStatus) => string;
	transition: (transition: Transition) => string;
	sentence: (parts: { naam: string; provincie: string; status: string }) => string;
}

/** "Name, province: status" (or change) of a municipality in a year: tooltip and announcement. */
export function describeMunicipality(
	code: MunicipalityCode,
	context: {
		entry: { naam: string; provincie: string } | undefined;
		mode: Mode;
		status: ReadonlyMap<string, DisplayStatus> | undefined;
		change: YearChange | undefined;
	},
	text: DescribeText
): string {
	if (!context.entry) return code;
	const label =
		context.mode === 'verandering' ? text.transition(context.change?.classes.get(code) ?? 'onbekend') : text.status(context.status?.get(code) ?? 'onbekend');
	return text.sentence({ naam: context.entry.naam, provincie: context.entry.provincie, status: label });
}

/** Name and province per code from a year's geometry: enough to describe the map before the index loads. */
export function namesFromTopology(topology: Topology | undefined): Map<string, { naam: string; provincie: string }> | null {
	const collection = topology?.objects.gemeenten;
	if (!collection || collection.type !== 'GeometryCollection') return null;
	return new Map(
		collection.geometries.map((g) => {
			const p = g.properties as { code: string; naam: string; provincie: string };
			return [p.code, p];
		})
	);
}

/** Codes of `year` that stand for a selected municipality (itself, or what it became or was formed from). */
export function selectedCodes(code: MunicipalityCode | null, year: SurveyYear, geography: GeographyContext | null): MunicipalityCode[] {
	if (!code || !geography) return [];
	return resolveSelection(code, year, geography)?.related.map((r) => r.code) ?? [];
}

/** The box around municipalities and their neighbours: a selection shown with what surrounds it. */
export function neighbourhoodBox(codes: readonly string[], year: SurveyYear, geography: GeographyContext | null): Box | null {
	const around = codes.flatMap((code) => [code, ...(geography?.get(year, code)?.neighbours ?? [])]);
	return boundingBox(around, year, geography);
}
