/**
 * Groups of municipalities to compare: provinces, ADV werkgebieden, size classes and city networks.
 * Each group has a stable id, used in the URL (?regio=provincie-utrecht).
 */
import { summarize, type StatusSummary } from './aggregate';
import { TRANSITIONS, type Transition } from './change';
import { SURVEY_YEARS, type MunicipalityCode, type MunicipalityIndexEntry, type SurveyYear } from './geography';
import type { DisplayStatus } from './status';

export const GROUPINGS = ['provincie', 'adv', 'grootte', 'netwerk'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Inhabitant classes (upper bounds exclusive). */
export const SIZE_CLASSES = [
	{ id: 'tot-20000', min: 0, max: 20_000 },
	{ id: '20000-50000', min: 20_000, max: 50_000 },
	{ id: '50000-100000', min: 50_000, max: 100_000 },
	{ id: '100000-plus', min: 100_000, max: Infinity }
] as const;

export interface Region {
	id: string;
	grouping: Grouping;
	/** The data-level key: province name, ADV id ('onbekend' for unknown), size class id, network id. */
	key: string;
	members: MunicipalityCode[];
}

/** Groups with fewer participants than this show counts, not percentages. */
export const MIN_PARTICIPANTS_FOR_SHARE = 5;

export interface RegionInputs {
	municipalities: readonly MunicipalityIndexEntry[];
	/** code → ADV id, for municipalities with a known ADV. */
	adv: Readonly<Record<string, string>>;
	/** code → inhabitants (or the stated proxy). */
	inhabitants: Readonly<Record<string, number>>;
	networks: Readonly<Record<'g40' | 'p10', readonly MunicipalityCode[]>>;
}

export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function group(grouping: Grouping, entries: Iterable<[string, MunicipalityCode]>): Region[] {
	const byKey = new Map<string, MunicipalityCode[]>();
	for (const [key, code] of entries) byKey.set(key, [...(byKey.get(key) ?? []), code]);
	return [...byKey].map(([key, members]) => ({ id: `${grouping}-${slug(key)}`, grouping, key, members }));
}

export function regions(grouping: Grouping, inputs: RegionInputs): Region[] {
	const { municipalities } = inputs;
	switch (grouping) {
		case 'provincie':
			return group(
				grouping,
				municipalities.map((m) => [m.provincie, m.code])
			);
		case 'adv':
			return group(
				grouping,
				municipalities.map((m) => [inputs.adv[m.code] ?? 'onbekend', m.code])
			);
		case 'grootte':
			return group(
				grouping,
				municipalities.map((m) => {
					const n = inputs.inhabitants[m.code];
					return [SIZE_CLASSES.find((c) => n >= c.min && n < c.max)!.id, m.code];
				})
			).sort((a, b) => SIZE_CLASSES.findIndex((c) => c.id === a.key) - SIZE_CLASSES.findIndex((c) => c.id === b.key));
		case 'netwerk': {
			const g40 = new Set(inputs.networks.g40);
			const p10 = new Set(inputs.networks.p10);
			return group(
				grouping,
				municipalities.map((m) => [g40.has(m.code) ? 'g40' : p10.has(m.code) ? 'p10' : 'overig', m.code])
			);
		}
	}
}

export interface RegionSummary {
	region: Region;
	summary: StatusSummary;
	/** Share with policy among participants, or null when too few took part to show a percentage. */
	policyShare: number | null;
}

/** Each region's status summary, sorted by share with policy (regions shown as counts last). */
export function compareRegions(list: readonly Region[], status: ReadonlyMap<string, DisplayStatus>): RegionSummary[] {
	return list
		.map((region) => {
			const summary = summarize(region.members.map((c) => status.get(c) ?? 'onbekend'));
			const policyShare = summary.participants >= MIN_PARTICIPANTS_FOR_SHARE ? summary.policy.ofParticipants : null;
			return { region, summary, policyShare };
		})
		.sort((a, b) => (b.policyShare ?? -1) - (a.policyShare ?? -1) || b.summary.participants - a.summary.participants);
}

/** One region's figures in a survey year: the same id in that year's grouping (its members may differ). */
export interface RegionYear extends Omit<RegionSummary, 'region'> {
	year: SurveyYear;
}

/** A region of the year shown with its figures in every survey year where the region exists. */
export interface RegionTrend {
	region: Region;
	years: RegionYear[];
	/** The figures of the year shown (also in `years`). */
	shown: RegionYear;
}

/**
 * Each region of the year shown over all survey years, matched by id (provinces, ADVs, size classes
 * and networks keep their ids; their members follow each year's indeling). Sorted like compareRegions
 * by the year shown.
 */
export function regionTrends(
	lists: Readonly<Partial<Record<SurveyYear, readonly Region[]>>>,
	status: Readonly<Partial<Record<SurveyYear, ReadonlyMap<string, DisplayStatus>>>>,
	shown: SurveyYear
): RegionTrend[] {
	const compared = Object.fromEntries(
		SURVEY_YEARS.map((y) => [y, lists[y] && status[y] ? new Map(compareRegions(lists[y]!, status[y]!).map((r) => [r.region.id, r])) : new Map()])
	) as Record<SurveyYear, Map<string, RegionSummary>>;
	return compareRegions(lists[shown] ?? [], status[shown] ?? new Map()).map(({ region }) => {
		const years = SURVEY_YEARS.flatMap((year) => {
			const found = compared[year].get(region.id);
			return found ? [{ year, summary: found.summary, policyShare: found.policyShare }] : [];
		});
		return { region, years, shown: years.find((y) => y.year === shown)! };
	});
}

/** A region's change counts between two surveys. */
export interface RegionChange {
	region: Region;
	counts: Record<Transition, number>;
	total: number;
}

/** Change counts per region, most net gain in policy (more minus less) first. */
export function regionChanges(list: readonly Region[], classes: ReadonlyMap<string, Transition>): RegionChange[] {
	return list
		.map((region) => {
			const counts = Object.fromEntries(TRANSITIONS.map((t) => [t, 0])) as Record<Transition, number>;
			for (const code of region.members) counts[classes.get(code) ?? 'onbekend'] += 1;
			return { region, counts, total: region.members.length };
		})
		.sort((a, b) => b.counts['meer-beleid'] - b.counts['minder-beleid'] - (a.counts['meer-beleid'] - a.counts['minder-beleid']) || b.total - a.total);
}
