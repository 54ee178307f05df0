/**
 * What a view knows about its regions (MapApp.region): the grouping's regions per year, the one the
 * URL chose, and its name and counts for titles, the legend, the picture and the comparison chart.
 * Regions are per year (ADV werkgebieden and municipality sizes change), so everything follows the
 * year shown.
 */
import type { AtlasData } from '$lib/data/loader';
import { regionLabel } from '$lib/i18n/labels';
import type { Transition } from '$lib/model/change';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import { countClasses, type ChangeByYear, type StatusByYear } from '$lib/model/mapViewModel';
import { regionChanges, regions, regionTrends, type Grouping, type Region } from '$lib/model/regions';
import { DISPLAY_STATUSES, type DisplayStatus } from '$lib/model/status';

/** The grouping's regions in one survey year. */
export function regionList(atlas: AtlasData, year: SurveyYear, grouping: Grouping): Region[] {
	return regions(grouping, {
		municipalities: atlas.geography.municipalities(year),
		adv: atlas.voorzieningen.byMunicipality[year],
		inhabitants: atlas.kenmerken.inhabitants[year],
		networks: { g40: atlas.kenmerken.networks.g40.members[year], p10: atlas.kenmerken.networks.p10.members[year] }
	});
}

/** Read lazily, so each derived value depends only on what it reads. */
export interface RegionSource {
	atlas: () => AtlasData | null;
	grouping: () => Grouping;
	year: () => SurveyYear;
	/** The region id the URL asked for (it may not exist in this year and grouping). */
	regionId: () => string | null;
	status: () => StatusByYear;
	change: () => ChangeByYear | null;
}

export class RegionState {
	constructor(private readonly source: RegionSource) {}

	/** The grouping's regions in every survey year (ids match across years; members follow each year's indeling). */
	private lists = $derived.by(() => {
		const atlas = this.source.atlas();
		const grouping = this.source.grouping();
		return atlas ? (Object.fromEntries(SURVEY_YEARS.map((y) => [y, regionList(atlas, y, grouping)])) as Record<SurveyYear, Region[]>) : null;
	});
	list = $derived.by(() => this.lists?.[this.source.year()] ?? null);
	active = $derived.by(() => {
		const id = this.source.regionId();
		// Without a region nothing is grouped: the regions of every year are built only when asked for.
		return id === null ? null : (this.list?.find((r) => r.id === id) ?? null);
	});
	/** A region id that does not exist in this year and grouping (known once the data is loaded). */
	unknown = $derived.by(() => this.source.regionId() !== null && this.list !== null && this.active === null);

	/** The chosen region's name, for titles, the legend and the image. */
	name = $derived.by(() => {
		const active = this.active;
		if (!active) return null;
		const advNames = Object.fromEntries((this.source.atlas()?.voorzieningen.voorzieningen ?? []).map((v) => [v.id, v.naam]));
		return regionLabel(active.grouping, active.key, advNames);
	});

	/** Status counts in the chosen region (every status, zeros included), or null without a region. */
	statusCounts = $derived.by(() => {
		const status = this.source.status()[this.source.year()];
		if (!this.active || !status) return null;
		const counts = countClasses(status, this.active.members);
		return Object.fromEntries(DISPLAY_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<DisplayStatus, number>;
	});

	/** Change counts in the chosen region, or null without a region. */
	changeCounts = $derived.by(() => {
		const change = this.source.change()?.[this.source.year()];
		return this.active && change ? (countClasses(change.classes, this.active.members) as Record<Transition, number>) : null;
	});

	/** Each region of the year shown through all surveys (the comparison in the status view). */
	trends = $derived.by(() => {
		const status = this.source.status();
		return this.lists && status[this.source.year()] ? regionTrends(this.lists, status, this.source.year()) : null;
	});

	/** Change counts per region (the comparison in the change view). */
	changes = $derived.by(() => {
		const change = this.source.change()?.[this.source.year()];
		return this.list && change ? regionChanges(this.list, change.classes) : null;
	});
}
