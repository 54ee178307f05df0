/**
 * Every URL parameter the site understands and what a valid value looks like. Reading never throws:
 * a missing, invalid or hostile value is left out and yields a notice saying what was ignored; the
 * value is only ever shown as text.
 */
import { SURVEY_YEARS } from '../model/geography';
import { GROUPINGS } from '../model/regions';
import { DISPLAY_STATUSES } from '../model/status';

export const MODES = ['status', 'verandering'] as const;
// 'status' (the status in the table's year) is kept so that older links still sort.
export const TABLE_SORTS = ['naam', 'provincie', 'adv', 'status', ...SURVEY_YEARS.map((y) => `status-${y}` as const)] as const;

// Letters (any script), digits, spaces and a little punctuation: a name chosen from a list.
const NAME_TEXT = /^[\p{L}\p{N} .,'’()&/-]*$/u;
// Free text (a title, a search): anything a reader can type, only no control characters (a newline
// or NUL has no place in a title). It is only ever shown as text, isolated (see isolate()).
const FREE_TEXT = /^[^\p{Cc}]*$/u;

type Rule = { values: readonly string[] } | { pattern: RegExp; max: number; upper?: boolean };

export const PARAMETERS = {
	jaar: { values: SURVEY_YEARS.map(String) },
	gemeente: { pattern: /^GM\d{4}$/, max: 6, upper: true },
	weergave: { values: MODES },
	indeling: { values: GROUPINGS },
	regio: { pattern: /^[a-z0-9-]+$/, max: 80 },
	sinds: { values: SURVEY_YEARS.map(String) },
	// Embed options.
	legend: { values: ['1', '0'] },
	search: { values: ['1', '0'] },
	zoom: { values: ['interactive', 'static'] },
	title: { pattern: FREE_TEXT, max: 120 },
	// Table filters.
	status: { values: DISPLAY_STATUSES },
	provincie: { pattern: NAME_TEXT, max: 40 },
	adv: { pattern: /^[a-z0-9-]+$/, max: 40 },
	q: { pattern: FREE_TEXT, max: 60 },
	sort: { values: TABLE_SORTS }
} satisfies Record<string, Rule>;

export type Param = keyof typeof PARAMETERS;
export type ParamValues = Partial<Record<Param, string>>;

export interface ViewNotice {
	param: string;
	/** The value as given, shortened for display; always rendered as text, never as HTML. */
	value: string;
	reason: 'invalid' | 'unknown' | 'repeated' | 'unused';
}

const MAX_SHOWN = 40;
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/** Valid values of the given parameters, with a notice for everything ignored. */
export function readParams(params: URLSearchParams, accepted: readonly Param[]): { values: ParamValues; notices: ViewNotice[] } {
	const values: ParamValues = {};
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

/**
 * Text from a URL, isolated for display inside a sentence (Unicode FSI … PDI): a right-to-left override
 * in it (U+202E) cannot reverse the sentence around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
