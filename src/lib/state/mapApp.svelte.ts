/**
 * The runes shell of a map view (map page, embed, table): the URL owns the view and is parsed once
 * into derived state; data comes from the loader; everything shown is derived through the pure
 * functions of model/mapViewModel.ts. Every change of the view goes through navigate(). What is
 * not in the URL is transient (the highlighted legend class) or a camera request (zoomTarget).
 */
import { m } from '$lib/i18n';
import { statusLabel, transitionLabel } from '$lib/i18n/labels';
import { DataLoadError } from '$lib/data/dataLoadError';
import type { AtlasData, DataLoader, YearData } from '$lib/data/loader';
import { municipalityDetails } from '$lib/data/details';
import { viewYears } from '$lib/data/dataOrigin';
import { previousYear, type Transition } from '$lib/model/change';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '$lib/model/geography';
import {
	boundingBox,
	changeByYear,
	changeSince,
	countClasses,
	describeMunicipality,
	effectiveMode,
	emphasisOf,
	mapInputOf,
	namesFromTopology,
	neighbourhoodBox,
	selectedCodes,
	statusByYear,
	type Box
} from '$lib/model/mapViewModel';
import { placeLabels } from '$lib/model/placeNames';
import type { Grouping } from '$lib/model/regions';
import { buildSearchEntries } from '$lib/model/search';
import type { DisplayStatus } from '$lib/model/status';
import { nextTask } from '$lib/nextTask';
import { mark } from '$lib/perfMarks';
import { whenIdle } from '$lib/whenIdle';
import { regionList, RegionState } from './regionState.svelte';
import type { RouteCodec, ViewState } from './viewState';
import type { MapAppOptions } from './mapAppOptions';
import type { UrlPort } from './urlPort';

const NO_PARAMS = new URLSearchParams();

export class MapApp<T extends ViewState = ViewState> {
	/** The URL is read once the page is hydrated; until then the view is the prerendered default. */
	private started = $state(false);
	/** The query string asked for and not yet in the URL (the port may navigate after the next paint). */
	private pending = $state<string | null>(null);
	years = $state.raw<Partial<Record<SurveyYear, YearData>>>({});
	atlas = $state.raw<AtlasData | null>(null);
	loadError = $state.raw<DataLoadError | null>(null);
	/** A legend class (status or change) whose municipalities are brought forward. */
	highlight = $state<DisplayStatus | Transition | null>(null);
	/** A camera request: a box to zoom to, or null for the whole country; a new value is a new request. */
	zoomTarget = $state.raw<Box | null>(null);

	constructor(
		private readonly codec: RouteCodec<T>,
		private readonly port: UrlPort,
		/** The data loader, imported when first needed: it brings the schemas (zod), which the first view does not need. */
		private readonly loader: () => Promise<DataLoader>,
		private readonly options: MapAppOptions
	) {}

	geography = $derived(this.atlas?.geography ?? null);

	/** The last parse, by query string and geography: see `parsed`. */
	private lastParse: { search: string; geography: unknown; result: ReturnType<RouteCodec<T>['parse']> } | null = null;

	private parsed = $derived.by(() => {
		const geography = this.geography;
		const search = this.pending !== null ? this.pending : this.started ? this.port.url().search : null;
		// A change shows at once (from `pending`) and reaches the URL after the next paint: the same query
		// string then gives back the very same state, so nothing that depends on it is computed twice.
		if (search !== null && this.lastParse?.search === search && this.lastParse.geography === geography) return this.lastParse.result;
		const isKnown = geography ? (code: MunicipalityCode) => SURVEY_YEARS.some((y) => geography.get(y, code)) : undefined;
		// Read once by the codec and never changed: no reactive URLSearchParams needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const result = this.codec.parse(search === null ? NO_PARAMS : new URLSearchParams(search), { isKnown });
		if (search !== null) this.lastParse = { search, geography, result };
		return result;
	});

	/** The regions of the grouping and year the URL says, and the one it chose. */
	region: RegionState = new RegionState({
		atlas: () => this.atlas,
		grouping: () => this.parsed.state.grouping,
		year: () => this.parsed.state.year,
		regionId: () => this.parsed.state.region,
		status: () => this.status,
		change: () => this.change
	});

	/** The route's state as the URL says, with defaults for what it does not say or says wrongly. */
	state = $derived<T>(this.region.unknown ? { ...this.parsed.state, region: null } : this.parsed.state);
	view = $derived<ViewState>(this.state);
	notices = $derived(
		this.region.unknown ? [...this.parsed.notices, { param: 'regio', value: this.parsed.state.region!, reason: 'invalid' as const }] : this.parsed.notices
	);

	mode = $derived(effectiveMode(this.view.mode, this.view.year));
	status = $derived(statusByYear({ ...Object.fromEntries(SURVEY_YEARS.map((y) => [y, this.years[y]?.monitor])), ...this.atlas?.monitor }));
	/**
	 * A change pair the reader chose ("2025:2017"), or null for the defaults (each year against the
	 * previous survey). A string, so a year switch with the defaults recomputes no change.
	 */
	private chosenPair = $derived.by(() => {
		const since = changeSince(this.view.year, this.view);
		return since !== null && since !== previousYear(this.view.year) ? `${this.view.year}:${since}` : null;
	});
	/**
	 * The change (13–35 ms on a desktop, 4× on a phone) is worked out in a task after the data is taken
	 * in, and only once the change view, the one view that shows it, is first shown; then it is kept.
	 */
	private changeDue = $state(false);
	private changeShown = false;
	private changeWanted = $derived((this.changeShown ||= this.mode === 'verandering'));
	change = $derived.by(() => {
		const chosen = this.chosenPair?.split(':').map(Number);
		return this.geography && this.changeDue && this.changeWanted
			? changeByYear(this.geography, this.status, (y) => (chosen && y === chosen[0] ? (chosen[1] as SurveyYear) : previousYear(y)))
			: null;
	});
	/** The earlier survey the change view of the year shown compares with. */
	since = $derived(changeSince(this.view.year, this.view));
	/** The survey years the view shows: its year, and in the change view the one it compares with. */
	shownYears = $derived(viewYears(this.view.year, this.mode === 'verandering' ? this.since : null));
	mapInput = $derived(mapInputOf(this.mode, Object.fromEntries(SURVEY_YEARS.map((y) => [y, this.years[y]?.topology])), this.status, this.change));

	index = $derived(this.geography?.index(this.view.year) ?? null);
	/** Every name of every year, normalised: built when first read (a search), not as the data comes in. */
	searchEntries = $derived(this.geography ? (mark('searchIndexBuilt'), buildSearchEntries(this.geography)) : null);
	selected = $derived(selectedCodes(this.view.municipality, this.view.year, this.geography));
	details = $derived(this.view.municipality && this.atlas ? municipalityDetails(this.view.municipality, this.view.year, this.atlas) : null);
	placeLabels = $derived(
		this.atlas ? placeLabels(this.atlas.geography.municipalities(this.view.year), this.atlas.kenmerken.inhabitants[this.view.year]) : null
	);

	private classes = $derived(this.mode === 'verandering' ? this.change?.[this.view.year]?.classes : this.status[this.view.year]);
	emphasis = $derived(emphasisOf<string>(this.region.active?.members ?? null, this.highlight, this.classes));
	/** Change counts of the year shown, in the whole country. */
	changeCounts = $derived(this.change?.[this.view.year] ? (countClasses(this.change[this.view.year]!.classes) as Record<Transition, number>) : null);
	/** Name and province from the geometry of the year shown, until the municipality index is loaded. */
	private shownNames = $derived(this.geography ? null : namesFromTopology(this.years[this.view.year]?.topology));

	/** "Name, province: status" (or change) of a municipality in the year shown: tooltip and announcement. */
	describe = (code: MunicipalityCode): string =>
		describeMunicipality(
			code,
			{
				entry: this.geography?.get(this.view.year, code) ?? this.shownNames?.get(code),
				mode: this.mode,
				status: this.status[this.view.year],
				change: this.change?.[this.view.year]
			},
			{ status: statusLabel, transition: transitionLabel, sentence: (parts) => m.announce_municipality(parts) }
		);

	/**
	 * Goes to the view with `patch` applied: a history entry, unless it is a transient change (typing).
	 * Resolves once the URL says so (the view shows it at once).
	 */
	navigate(patch: Partial<T>, { history = true }: { history?: boolean } = {}): Promise<void> {
		return this.go(this.codec.search({ ...this.state, ...patch }), history && this.options.history !== false);
	}

	/** Drops what the URL said wrongly (the notices) from the URL, so they do not come back. */
	dismissNotices() {
		this.go(this.codec.search(this.state), false);
	}

	private go(search: string, history: boolean): Promise<void> {
		const done = this.port.go(search, { history });
		// A port that finishes later: show the URL-to-be until it does.
		if (!done) return Promise.resolve();
		this.pending = search;
		return done.finally(() => {
			if (this.pending === search) this.pending = null;
		});
	}

	setYear(year: SurveyYear) {
		mark('yearSwitch');
		// Another year before everything is loaded: fetch that year now rather than wait for the rest.
		if (this.options.map && !this.years[year]) this.loadYear(year).catch(() => undefined);
		// Regions are per year (ADV werkgebieden and sizes change); keep the region if it still exists.
		const keeps = this.atlas && this.view.region ? regionList(this.atlas, year, this.view.grouping).some((r) => r.id === this.view.region) : true;
		// A chosen comparison year stays while it is earlier than the year shown.
		const since = this.view.since !== null && this.view.since < year ? this.view.since : null;
		this.navigate({ year, since, ...(keeps ? {} : { region: null }) } as Partial<T>);
	}

	select(code: MunicipalityCode | null, { zoom = true }: { zoom?: boolean } = {}) {
		this.navigate({ municipality: code } as Partial<T>);
		// A chosen municipality is shown with its neighbours, so the reader sees where it is.
		if (zoom) this.zoomTarget = neighbourhoodBox(selectedCodes(code, this.view.year, this.geography), this.view.year, this.geography);
	}

	pick(code: MunicipalityCode, year: SurveyYear) {
		this.navigate({ year, municipality: code } as Partial<T>);
		this.zoomTarget = neighbourhoodBox(selectedCodes(code, year, this.geography), year, this.geography);
	}

	setMode(mode: ViewState['mode']) {
		this.highlight = null;
		this.navigate({ mode } as Partial<T>);
	}

	/** The earlier survey the change view compares with. */
	setSince(since: SurveyYear) {
		this.highlight = null;
		this.navigate({ since: since === previousYear(this.view.year) ? null : since } as Partial<T>);
	}

	setGrouping(grouping: Grouping) {
		this.navigate({ grouping, region: null } as Partial<T>);
	}

	/** Shows a region (null: the whole country); resolves once the URL says so. */
	setRegion(id: string | null): Promise<void> {
		const done = this.navigate({ region: id } as Partial<T>);
		const members = this.region.list?.find((r) => r.id === id)?.members ?? [];
		this.zoomTarget = boundingBox(members, this.view.year, this.geography);
		return done;
	}

	private settleMap!: () => void;
	/** Resolves when the map has drawn its first view, or has given up (no WebGL): then the rest loads. */
	private mapSettled = new Promise<void>((resolve) => (this.settleMap = resolve));

	/** For the map component: the map has drawn (or failed); the rest loads when the browser is idle. */
	mapDrawn = () => {
		whenIdle(() => this.settleMap(), { timeoutMs: 500 });
	};

	private async loadYear(year: SurveyYear): Promise<YearData> {
		return (await this.loader()).year(year).then((loaded) => {
			// The loader hands out one pair per year: only a year not yet here changes the state.
			if (this.years[year] !== loaded) this.years = { ...this.years, [year]: loaded };
			return loaded;
		});
	}

	private framedView = () => `${this.view.municipality}|${this.parsed.state.region}`;
	/** The selection and region in the URL the page started with, to frame (see load()); none once the reader moved the map. */
	private askedFor: string | null = null;
	/** For the map component: the reader moved the camera, which no later framing may undo. */
	readerMovedCamera = () => (this.askedFor = null);

	/** Loads what the route shows; again after a failure (the retry button). */
	async load() {
		mark('loadStarted');
		this.loadError = null;
		try {
			// The map first loads what it needs for the year shown, the rest once it has drawn it, so that
			// the first interactive view waits for as few bytes as possible. The change view needs the
			// crosswalk, so it loads everything at once.
			if (this.options.map && this.mode === 'status' && !this.years[this.view.year]) {
				await this.loadYear(this.view.year);
				await this.mapSettled;
			}
			const years = this.options.map ? (this.options.fixedYear ? [this.view.year] : SURVEY_YEARS).map((y) => this.loadYear(y)) : [];
			const [atlas] = await Promise.all([(await this.loader()).atlas(), ...years]);
			// What the page derives from it all (changes, regions, place names) in a task of its own.
			await nextTask();
			const zoomToUrlView = !this.atlas;
			this.atlas = atlas;
			await nextTask();
			this.changeDue = true;
			mark('dataLoaded');
			// What the URL asked to see when the page started is framed once the geometry is in, but only if
			// the reader has neither chosen something else nor moved the map meanwhile: a tap on the
			// prerendered map (possibly before the data was even asked for), a zoom or a pan must not make
			// the map jump later.
			if (zoomToUrlView && this.framedView() === this.askedFor)
				this.zoomTarget = this.selected.length
					? neighbourhoodBox(this.selected, this.view.year, this.geography)
					: boundingBox(this.region.active?.members ?? [], this.view.year, this.geography);
		} catch (error) {
			this.loadError = DataLoadError.from(error);
		}
	}

	/** Reads the URL from now on; loads the data once the page has painted, in a task of its own (the page has usually painted before it hydrates: the requests would lengthen that task). */
	start() {
		this.started = true;
		this.askedFor = this.framedView();
		void (this.options.afterPaint?.() ?? Promise.resolve()).then(nextTask).then(() => this.load());
	}
}
