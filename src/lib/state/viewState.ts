/**
 * The URL owns the view: /?jaar=2022&gemeente=GM0363&weergave=verandering&indeling=adv&regio=adv-radar.
 * Every parameter of every page (/, /embed, /tabel) is read through one schema. Parsing never
 * throws: a missing, invalid or hostile value falls back to its default and yields a notice saying
 * what was ignored; the value is only ever shown as text.
 */
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../model/geography';
import { GROUPINGS, type Grouping } from '../model/regions';
import { DISPLAY_STATUSES, type DisplayStatus } from '../model/status';

export const DEFAULT_YEAR: SurveyYear = 2025;
export const MODES = ['status', 'verandering'] as const;
export type Mode = (typeof MODES)[number];
export const TABLE_SORTS = ['naam', 'provincie', 'adv', 'status'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

// Letters (any script), digits, spaces and a little punctuation; no control or markup characters.
const SAFE_TEXT = /^[\p{L}\p{N} .,'’()&/-]*$/u;

type Rule = { values: readonly string[] } | { pattern: RegExp; max: number; upper?: boolean };

/** Every URL parameter the site understands, and what a valid value looks like. */
export const PARAMETERS = {
	jaar: { values: SURVEY_YEARS.map(String) },
	gemeente: { pattern: /^GM\d{4}$/, max: 6, upper: true },
	weergave: { values: MODES },
	indeling: { values: GROUPINGS },
	regio: { pattern: /^[a-z0-9-]+$/, max: 80 },
	// Embed options.
	legend: { values: ['1', '0'] },
	search: { values: ['1', '0'] },
	zoom: { values: ['interactive', 'static'] },
	title: { pattern: SAFE_TEXT, max: 120 },
	// Table filters.
	status: { values: DISPLAY_STATUSES },
	provincie: { pattern: SAFE_TEXT, max: 40 },
	adv: { pattern: /^[a-z0-9-]+$/, max: 40 },
	q: { pattern: SAFE_TEXT, max: 60 },
	sort: { values: TABLE_SORTS }
} satisfies Record<string, Rule>;

export type Param = keyof typeof PARAMETERS;

export interface ViewNotice {
	param: string;
	/** The value as given, shortened for display; always rendered as text, never as HTML. */
	value: string;
	reason: 'invalid' | 'unknown' | 'repeated' | 'unused';
}

const MAX_SHOWN = 40;
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/** Valid values of the given parameters, with a notice for everything ignored. */
export function readParams(params: URLSearchParams, accepted: readonly Param[]): { values: Partial<Record<Param, string>>; notices: ViewNotice[] } {
	const values: Partial<Record<Param, string>> = {};
	const notices: ViewNotice[] = [];
	for (const name of new Set(params.keys())) {
		const all = params.getAll(name);
		if (!(accepted as readonly string[]).includes(name)) {
			notices.push({ param: shown(name), value: shown(all.join(', ')), reason: 'unused' });
			continue;
		}
		if (all.length > 1) notices.push({ param: name, value: shown(all.join(', ')), reason: 'repeated' });
		const rule: Rule = PARAMETERS[name as Param];
		let value = all[0].trim();
		if ('upper' in rule && rule.upper) value = value.toUpperCase();
		const ok = 'values' in rule ? rule.values.includes(value) : value.length <= rule.max && rule.pattern.test(value);
		if (value === '') continue;
		if (ok) values[name as Param] = value;
		else notices.push({ param: name, value: shown(all[0]), reason: 'invalid' });
	}
	return { values, notices };
}

export interface ViewState {
	year: SurveyYear;
	/** Selected municipality: a code of any survey year (it need not exist in `year`). */
	municipality: MunicipalityCode | null;
	mode: Mode;
	grouping: Grouping;
	/** A region id of the current grouping (e.g. provincie-utrecht), or null. */
	region: string | null;
}

export const VIEW_PARAMS: readonly Param[] = ['jaar', 'gemeente', 'weergave', 'indeling', 'regio'];

export function parseViewState(
	params: URLSearchParams,
	isKnown?: (code: MunicipalityCode) => boolean,
	accepted: readonly Param[] = VIEW_PARAMS
): { state: ViewState; notices: ViewNotice[] } {
	const { values, notices } = readParams(params, accepted);
	let municipality = (values.gemeente as MunicipalityCode | undefined) ?? null;
	if (municipality && isKnown && !isKnown(municipality)) {
		notices.push({ param: 'gemeente', value: municipality, reason: 'unknown' });
		municipality = null;
	}
	return {
		state: {
			year: values.jaar ? (Number(values.jaar) as SurveyYear) : DEFAULT_YEAR,
			municipality,
			mode: (values.weergave as Mode | undefined) ?? 'status',
			grouping: (values.indeling as Grouping | undefined) ?? 'provincie',
			region: values.regio ?? null
		},
		notices
	};
}

/** The query string for a view; defaults are left out, except the year, so a link survives a new default. */
export function viewStateToSearch(state: ViewState, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams({ jaar: String(state.year) });
	if (state.municipality) params.set('gemeente', state.municipality);
	if (state.mode !== 'status') params.set('weergave', state.mode);
	if (state.grouping !== 'provincie') params.set('indeling', state.grouping);
	if (state.region) params.set('regio', state.region);
	for (const [k, v] of Object.entries(extra)) params.set(k, v);
	return `?${params}`;
}

export interface EmbedOptions {
	legend: boolean;
	search: boolean;
	zoom: 'interactive' | 'static';
	title: string | null;
}

export const EMBED_PARAMS: readonly Param[] = [...VIEW_PARAMS, 'legend', 'search', 'zoom', 'title'];

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const { values } = readParams(params, EMBED_PARAMS);
	return {
		legend: values.legend !== '0',
		search: values.search === '1',
		zoom: values.zoom === 'static' ? 'static' : 'interactive',
		title: values.title ?? null
	};
}

export function embedOptionsToParams(options: EmbedOptions): Record<string, string> {
	const extra: Record<string, string> = {};
	if (!options.legend) extra.legend = '0';
	if (options.search) extra.search = '1';
	if (options.zoom === 'static') extra.zoom = 'static';
	if (options.title) extra.title = options.title;
	return extra;
}

export interface TableFilters {
	status: DisplayStatus | null;
	provincie: string | null;
	adv: string | null;
	q: string;
	sort: TableSort;
}

export const TABLE_PARAMS: readonly Param[] = [...VIEW_PARAMS, 'status', 'provincie', 'adv', 'q', 'sort'];

export function parseTableFilters(params: URLSearchParams): TableFilters {
	const { values } = readParams(params, TABLE_PARAMS);
	return {
		status: (values.status as DisplayStatus | undefined) ?? null,
		provincie: values.provincie ?? null,
		adv: values.adv ?? null,
		q: values.q ?? '',
		sort: (values.sort as TableSort | undefined) ?? 'naam'
	};
}
