/**
 * The URL owns the view: /?jaar=2025&gemeente=GM0363&weergave=verandering&sinds=2017&indeling=adv&regio=adv-radar.
 * One codec per route (map, embed, table) reads the state from the query string and writes it back;
 * the defaults live here and nowhere else, and are left out of the URL (except the year, so a link
 * survives a new default).
 */
import { previousYear } from '../model/change';
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { Mode } from '../model/mapViewModel';
import type { Grouping } from '../model/regions';
import type { DisplayStatus } from '../model/status';
import { readParams, type Param, type ParamValues, type TABLE_SORTS, type ViewNotice } from './urlParams';

export type { Mode };
export type TableSort = (typeof TABLE_SORTS)[number];

export interface ViewState {
	year: SurveyYear;
	/** Selected municipality: a code of any survey year (it need not exist in `year`). */
	municipality: MunicipalityCode | null;
	mode: Mode;
	grouping: Grouping;
	/** A region id of the current grouping (e.g. provincie-utrecht), or null. */
	region: string | null;
	/** The change view compares `year` with this earlier survey; null: the previous survey. */
	since: SurveyYear | null;
}

export interface EmbedOptions {
	legend: boolean;
	search: boolean;
	zoom: 'interactive' | 'static';
	title: string | null;
}

export interface TableFilters {
	status: DisplayStatus | null;
	provincie: string | null;
	adv: string | null;
	q: string;
	sort: TableSort;
}

export const DEFAULT_VIEW: ViewState = { year: 2025, municipality: null, mode: 'status', grouping: 'provincie', region: null, since: null };
export const DEFAULT_YEAR: SurveyYear = DEFAULT_VIEW.year;
// Static by default: in an article the map must not catch the reader's scrolling; interaction is an opt-in.
export const DEFAULT_EMBED: EmbedOptions = { legend: true, search: false, zoom: 'static', title: null };
export const DEFAULT_FILTERS: TableFilters = { status: null, provincie: null, adv: null, q: '', sort: 'naam' };

/** One group of parameters: which it reads, how, and how it writes them back. */
interface Part<T> {
	params: readonly Param[];
	read(values: ParamValues): T;
	write(state: T, params: URLSearchParams): void;
}

const viewPart: Part<ViewState> = {
	params: ['jaar', 'gemeente', 'weergave', 'indeling', 'regio', 'sinds'],
	read: (v) => ({
		since: v.sinds ? (Number(v.sinds) as SurveyYear) : DEFAULT_VIEW.since,
		year: v.jaar ? (Number(v.jaar) as SurveyYear) : DEFAULT_VIEW.year,
		municipality: (v.gemeente as MunicipalityCode | undefined) ?? DEFAULT_VIEW.municipality,
		mode: (v.weergave as Mode | undefined) ?? DEFAULT_VIEW.mode,
		grouping: (v.indeling as Grouping | undefined) ?? DEFAULT_VIEW.grouping,
		region: v.regio ?? DEFAULT_VIEW.region
	}),
	write: (s, p) => {
		p.set('jaar', String(s.year));
		if (s.municipality) p.set('gemeente', s.municipality);
		if (s.mode !== DEFAULT_VIEW.mode) p.set('weergave', s.mode);
		if (s.grouping !== DEFAULT_VIEW.grouping) p.set('indeling', s.grouping);
		if (s.region) p.set('regio', s.region);
		// Only where it says something: in the change view, and not the previous survey (the default).
		if (s.mode === 'verandering' && s.since !== null && s.since !== previousYear(s.year)) p.set('sinds', String(s.since));
	}
};

const embedPart: Part<EmbedOptions> = {
	params: ['legend', 'search', 'zoom', 'title'],
	read: (v) => ({
		legend: v.legend ? v.legend === '1' : DEFAULT_EMBED.legend,
		search: v.search ? v.search === '1' : DEFAULT_EMBED.search,
		zoom: (v.zoom as EmbedOptions['zoom'] | undefined) ?? DEFAULT_EMBED.zoom,
		title: v.title ?? DEFAULT_EMBED.title
	}),
	write: (s, p) => {
		if (s.legend !== DEFAULT_EMBED.legend) p.set('legend', s.legend ? '1' : '0');
		if (s.search !== DEFAULT_EMBED.search) p.set('search', s.search ? '1' : '0');
		if (s.zoom !== DEFAULT_EMBED.zoom) p.set('zoom', s.zoom);
		if (s.title) p.set('title', s.title);
	}
};

const filterPart: Part<TableFilters> = {
	params: ['status', 'provincie', 'adv', 'q', 'sort'],
	read: (v) => ({
		status: (v.status as DisplayStatus | undefined) ?? DEFAULT_FILTERS.status,
		provincie: v.provincie ?? DEFAULT_FILTERS.provincie,
		adv: v.adv ?? DEFAULT_FILTERS.adv,
		q: v.q ?? DEFAULT_FILTERS.q,
		sort: (v.sort as TableSort | undefined) ?? DEFAULT_FILTERS.sort
	}),
	write: (s, p) => {
		if (s.status) p.set('status', s.status);
		if (s.provincie) p.set('provincie', s.provincie);
		if (s.adv) p.set('adv', s.adv);
		if (s.q) p.set('q', s.q);
		if (s.sort !== DEFAULT_FILTERS.sort) p.set('sort', s.sort);
	}
};

export interface ParseContext {
	/** Whether a municipality code exists in some survey year; unknown until the indexes are loaded. */
	isKnown?: (code: MunicipalityCode) => boolean;
}

export interface RouteCodec<T extends ViewState> {
	/** The parameters this route reads; any other is reported as unused. */
	accepted: readonly Param[];
	parse(params: URLSearchParams, context?: ParseContext): { state: T; notices: ViewNotice[] };
	/** The query string ("?…") for a state. */
	search(state: T): string;
}

function routeCodec<T extends ViewState>(...parts: Part<Partial<T>>[]): RouteCodec<T> {
	const accepted = parts.flatMap((p) => p.params);
	return {
		accepted,
		parse(params, context = {}) {
			const { values, notices } = readParams(params, accepted);
			const state = Object.assign({}, ...parts.map((p) => p.read(values))) as T;
			if (state.since !== null && state.since >= state.year) {
				notices.push({ param: 'sinds', value: String(state.since), reason: 'invalid' });
				state.since = null;
			}
			if (state.municipality && context.isKnown && !context.isKnown(state.municipality)) {
				notices.push({ param: 'gemeente', value: state.municipality, reason: 'unknown' });
				state.municipality = null;
			}
			return { state, notices };
		},
		search(state) {
			const params = new URLSearchParams();
			for (const part of parts) part.write(state, params);
			return `?${params}`;
		}
	};
}

export const MAP_CODEC: RouteCodec<ViewState> = routeCodec(viewPart);
export const EMBED_CODEC: RouteCodec<ViewState & EmbedOptions> = routeCodec<ViewState & EmbedOptions>(viewPart, embedPart);
export const TABLE_CODEC: RouteCodec<ViewState & TableFilters> = routeCodec<ViewState & TableFilters>(viewPart, filterPart);

/** The map page's query string for a view (links to the map, the table, the embed's "full map"). */
export const viewStateToSearch = (state: ViewState): string => MAP_CODEC.search(state);

/** The embed's query string: the view and its options. */
export const embedSearch = (state: ViewState, options: EmbedOptions): string => EMBED_CODEC.search({ ...state, ...options });

export type { Param, ViewNotice };
