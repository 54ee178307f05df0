/**
 * The state of a map view, shared by the map page and the embed: the view (owned by the URL), the
 * loaded data, and everything derived from them. Components only render it and call its actions.
 */
import { replaceState } from '$app/navigation';
import { DataLoadError, loadAppData, loadYearData, type AppData, type YearData } from '$lib/data/appData';
import { m } from '$lib/i18n';
import { statusLabel, transitionLabel } from '$lib/i18n/labels';
import { municipalityDetails } from '$lib/data/details';
import type { MapInput, MapState } from '$lib/map/municipalityMap';
import type { SvgGeometry } from '$lib/map/svgGeometry';
import { afterFirstPaint } from './afterFirstPaint';
import { changes, previousYear, type Transition } from '$lib/model/change';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '$lib/model/geography';
import { compareRegions, regions, type Grouping } from '$lib/model/regions';
import { buildSearchEntries } from '$lib/model/search';
import { resolveSelection } from '$lib/model/selection';
import type { DisplayStatus } from '$lib/model/status';
import { DEFAULT_YEAR, parseViewState, viewStateToSearch, VIEW_PARAMS, type Mode, type Param, type ViewNotice, type ViewState } from './viewState';

type Box = [number, number, number, number];

export class MapApp {
	view = $state<ViewState>({ year: DEFAULT_YEAR, municipality: null, mode: 'status', grouping: 'provincie', region: null });
	notices = $state<ViewNotice[]>([]);
	data = $state<AppData | null>(null);
	/** Geometry and monitor data of single years, loaded before the rest (the year shown first). */
	years = $state.raw<Partial<Record<SurveyYear, YearData>>>({});
	loadError = $state<DataLoadError | null>(null);
	/** A legend class (status or change) whose municipalities are brought forward. */
	highlight = $state<DisplayStatus | Transition | null>(null);
	zoomTarget = $state<Box | null>(null);

	constructor(
		private readonly accepted: readonly Param[] = VIEW_PARAMS,
		/** URL parameters that belong to the page (e.g. embed options), kept when the view is written. */
		private readonly keep: () => Record<string, string> = () => ({})
	) {}

	geography = $derived(this.data?.geography ?? null);

	/** Status per municipality of every year loaded so far. */
	loadedStatus = $derived.by(() => {
		const result: Partial<Record<SurveyYear, Map<string, DisplayStatus>>> = {};
		for (const year of SURVEY_YEARS) {
			const monitor = this.data?.monitor[year] ?? this.years[year]?.monitor;
			if (monitor) result[year] = new Map(monitor.municipalities.map((m) => [m.code, m.status]));
		}
		return result;
	});

	/** Status of all years, once everything is loaded. */
	status = $derived(this.data ? (this.loadedStatus as Record<SurveyYear, Map<string, DisplayStatus>>) : null);

	topologyOf = (year: SurveyYear) => this.data?.topologies[year] ?? this.years[year]?.topology ?? null;

	/** Per year (from the second survey on): each municipality's change since the previous survey. */
	change = $derived.by(() => {
		if (!this.geography || !this.status) return null;
		const result = {} as Partial<Record<SurveyYear, Map<string, Transition>>>;
		for (const year of SURVEY_YEARS) {
			const list = changes(year, this.geography, this.status);
			if (list) result[year] = new Map(list.map((c) => [c.code, c.transition]));
		}
		return result;
	});

	/** The change view needs a previous survey; for the first year it falls back to status. */
	mode = $derived<Mode>(this.view.mode === 'verandering' && previousYear(this.view.year) !== null ? 'verandering' : 'status');

	/** The years the map can draw so far; the change view waits for the crosswalk. */
	mapInput = $derived.by((): MapInput | null => {
		if (this.mode === 'verandering' && !this.change) return null;
		const input: MapInput = {};
		for (const year of SURVEY_YEARS) {
			const topology = this.topologyOf(year);
			const status = this.loadedStatus[year];
			if (topology && status) input[year] = { topology, status, change: this.change?.[year] };
		}
		return Object.keys(input).length ? input : null;
	});

	/** Name and province from the geometry of the year shown, until the municipality index is loaded. */
	private shownNames = $derived.by(() => {
		const topology = this.data ? null : this.topologyOf(this.view.year);
		const collection = topology?.objects.gemeenten;
		if (!collection || collection.type !== 'GeometryCollection') return null;
		const properties = collection.geometries.map((g) => g.properties as { code: string; naam: string; provincie: string });
		return new Map(properties.map((p) => [p.code, p]));
	});

	index = $derived(this.geography ? new Map(this.geography.municipalities(this.view.year).map((m) => [m.code, m])) : null);
	searchEntries = $derived(this.geography ? buildSearchEntries(this.geography) : null);
	resolved = $derived(this.view.municipality && this.geography ? resolveSelection(this.view.municipality, this.view.year, this.geography) : null);
	selected = $derived(this.resolved?.related.map((r) => r.code) ?? []);
	details = $derived(this.view.municipality && this.data ? municipalityDetails(this.view.municipality, this.view.year, this.data) : null);

	regionList = $derived.by(() => {
		if (!this.data || !this.geography) return null;
		const year = this.view.year;
		return regions(this.view.grouping, {
			municipalities: this.geography.municipalities(year),
			adv: this.data.voorzieningen.byMunicipality[year],
			inhabitants: this.data.kenmerken.inhabitants[year],
			networks: { g40: this.data.kenmerken.networks.g40.members[year], p10: this.data.kenmerken.networks.p10.members[year] }
		});
	});
	regionSummaries = $derived(this.regionList && this.status ? compareRegions(this.regionList, this.status[this.view.year]) : null);
	activeRegion = $derived(this.regionList?.find((r) => r.id === this.view.region) ?? null);

	/** Municipalities to keep bright (legend class and/or region), or null for all. */
	emphasis = $derived.by((): Set<string> | null => {
		const region = this.activeRegion ? new Set<string>(this.activeRegion.members) : null;
		const highlight = this.highlight;
		if (!highlight) return region;
		const classOf = this.mode === 'verandering' ? this.change?.[this.view.year] : this.status?.[this.view.year];
		if (!classOf) return region;
		const codes = [...classOf].filter(([c, v]) => v === highlight && (!region || region.has(c))).map(([c]) => c);
		return new Set(codes);
	});

	/** Counts per class of the current mode and year, for the legend. */
	changeCounts = $derived.by(() => {
		const list = this.change?.[this.view.year];
		if (!list) return null;
		const counts: Record<string, number> = {};
		for (const t of list.values()) counts[t] = (counts[t] ?? 0) + 1;
		return counts as Record<Transition, number>;
	});

	private readonly svgCache = new Map<SurveyYear, SvgGeometry>();
	/** d3-geo and the SVG map's geometry code, loaded when an SVG map is first needed. */
	private svgModule = $state.raw<typeof import('$lib/map/svgGeometry') | null>(null);

	/**
	 * SVG geometry of a year, computed on first use and kept. Only the SVG map needs it (a year other
	 * than the prerendered one before MapLibre is up, or no WebGL), so d3-geo is loaded on demand.
	 */
	geometryFor = (year: SurveyYear): SvgGeometry | null => {
		const topology = this.topologyOf(year);
		if (!topology) return null;
		const module = this.svgModule;
		if (!module) {
			void import('$lib/map/svgGeometry').then((loaded) => (this.svgModule = loaded));
			return null;
		}
		if (!this.svgCache.has(year)) this.svgCache.set(year, module.svgGeometry(topology));
		return this.svgCache.get(year)!;
	};

	/** "Name, province: status" (or change) of a municipality in the year shown: tooltip and announcement. */
	describe = (code: MunicipalityCode): string => {
		const entry = this.geography?.get(this.view.year, code) ?? this.shownNames?.get(code);
		if (!entry) return code;
		const label =
			this.mode === 'verandering'
				? transitionLabel(this.change?.[this.view.year]?.get(code) ?? 'onbekend')
				: statusLabel(this.loadedStatus[this.view.year]?.get(code) ?? 'onbekend');
		return m.announce_municipality({ naam: entry.naam, provincie: entry.provincie, status: label });
	};

	readUrl() {
		const geography = this.geography;
		const parsed = parseViewState(
			new URLSearchParams(window.location.search),
			geography ? (code) => SURVEY_YEARS.some((y) => geography.get(y, code)) : undefined,
			this.accepted
		);
		this.view = parsed.state;
		this.notices = parsed.notices;
	}

	writeUrl() {
		replaceState(`${window.location.pathname}${viewStateToSearch(this.view, this.keep())}`, {});
	}

	private settleMap!: () => void;
	/** Resolves when the map has drawn its first view, or has given up (no WebGL): then the rest loads. */
	private mapSettled = new Promise<void>((resolve) => (this.settleMap = resolve));

	/** For the map component: its state changes. */
	mapStateChanged = (state: MapState) => {
		if (state.kind === 'loading') return;
		// The rest of the data waits until the browser has nothing more urgent to do.
		if ('requestIdleCallback' in window) requestIdleCallback(() => this.settleMap(), { timeout: 500 });
		else setTimeout(() => this.settleMap(), 50);
	};

	/** Each year's download, started once and shared by everything that needs that year. */
	private readonly yearLoads = new Map<SurveyYear, Promise<YearData>>();

	/** Loads one year's geometry and monitor data; the map draws each year as soon as it is in. */
	private loadYear(year: SurveyYear): Promise<YearData> {
		let load = this.yearLoads.get(year);
		if (!load) {
			load = loadYearData(year);
			this.yearLoads.set(year, load);
			load.then(
				(loaded) => (this.years = { ...this.years, [year]: loaded }),
				// A failed download is tried again by the next load (the retry button).
				() => this.yearLoads.delete(year)
			);
		}
		return load;
	}

	async load() {
		this.loadError = null;
		try {
			// First what the map needs for the year shown; the rest once the map has drawn it, so that
			// the first interactive view waits for as few bytes as possible. The change view needs the
			// crosswalk, so it loads everything at once.
			if (this.mapFirst && this.mode === 'status') {
				await this.loadYear(this.view.year);
				await this.mapSettled;
			}
			for (const year of SURVEY_YEARS) void this.loadYear(year);
			this.data = await loadAppData(fetch, Object.fromEntries(this.yearLoads));
			// For the benchmark: everything is loaded.
			performance.mark('beleidskaart:data-loaded');
			// Now that all codes are known, a code that exists in no year can be reported.
			this.readUrl();
			if (this.view.region && !this.activeRegion) {
				this.notices = [...this.notices, { param: 'regio', value: this.view.region, reason: 'invalid' }];
				this.view = { ...this.view, region: null };
			}
			this.zoomTarget = this.boxOf(this.selected.length ? this.selected : (this.activeRegion?.members ?? []));
		} catch (error) {
			this.loadError = error instanceof DataLoadError ? error : new DataLoadError('?', String(error));
		}
	}

	/** Whether a map shows this app's view: then its year is loaded first and the rest after it. */
	private mapFirst = false;

	/** Reads the URL, loads the data and follows Back/Forward; returns the clean-up. */
	start({ map = false }: { map?: boolean } = {}): () => void {
		this.mapFirst = map;
		this.readUrl();
		// MapLibre (where there is a map) first, then the data: both only after the prerendered page
		// has painted.
		void afterFirstPaint().then(async () => {
			if (map) {
				void import('$lib/map/municipalityMap').then((module) => module.preloadMapLibre());
				// Let MapLibre's request go out first: it is the larger download.
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			return this.load();
		});
		const onpopstate = () => this.readUrl();
		window.addEventListener('popstate', onpopstate);
		return () => window.removeEventListener('popstate', onpopstate);
	}

	boxOf(codes: readonly string[]): Box | null {
		const geography = this.geography;
		if (!geography || codes.length === 0) return null;
		const boxes = codes.map((c) => geography.get(this.view.year, c)?.bbox).filter((b) => b !== undefined);
		if (!boxes.length) return null;
		return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
	}

	private set(patch: Partial<ViewState>) {
		// Another year before everything is loaded: fetch that year now rather than wait for the rest
		// (a failure shows when the rest is loaded).
		if (patch.year && !this.data) this.loadYear(patch.year).catch(() => undefined);
		this.view = { ...this.view, ...patch };
		this.writeUrl();
	}

	setYear(year: SurveyYear) {
		performance.mark('beleidskaart:year-switch');
		// Regions are per year (ADV werkgebieden and sizes change); keep the id if it still exists.
		this.set({ year });
		if (this.view.region && !this.activeRegion) this.set({ region: null });
	}

	select(code: MunicipalityCode | null, zoom = true) {
		this.set({ municipality: code });
		if (zoom) this.zoomTarget = this.boxOf(this.selected);
	}

	pick(code: MunicipalityCode, year: SurveyYear) {
		this.set({ year, municipality: code });
		this.zoomTarget = this.boxOf(this.selected);
	}

	setMode(mode: Mode) {
		this.highlight = null;
		this.set({ mode });
	}

	setGrouping(grouping: Grouping) {
		this.set({ grouping, region: null });
	}

	setRegion(id: string | null) {
		this.set({ region: id });
		this.zoomTarget = this.boxOf(this.activeRegion?.members ?? []);
	}
}
