/**
 * The URL owns the view: /?jaar=2022&gemeente=GM0363. Parsing never throws: a missing, invalid or
 * hostile value falls back to the default and yields a notice saying what was ignored.
 */
import { isMunicipalityCode, SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../model/geography';

export const DEFAULT_YEAR: SurveyYear = 2025;

export interface ViewState {
	year: SurveyYear;
	/** Selected municipality: a code of any survey year (it need not exist in `year`). */
	municipality: MunicipalityCode | null;
}

export type ViewParam = 'jaar' | 'gemeente';

export interface ViewNotice {
	param: ViewParam;
	/** The value as given, shortened for display; always rendered as text, never as HTML. */
	value: string;
	reason: 'invalid' | 'unknown' | 'repeated';
}

const MAX_SHOWN = 40;
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

export function parseViewState(params: URLSearchParams, isKnown?: (code: MunicipalityCode) => boolean): { state: ViewState; notices: ViewNotice[] } {
	const notices: ViewNotice[] = [];
	const single = (param: ViewParam): string | null => {
		const values = params.getAll(param);
		if (values.length > 1) notices.push({ param, value: shown(values.join(', ')), reason: 'repeated' });
		return values[0] ?? null;
	};

	let year = DEFAULT_YEAR;
	const jaar = single('jaar');
	if (jaar !== null) {
		const parsed = SURVEY_YEARS.find((y) => String(y) === jaar.trim());
		if (parsed) year = parsed;
		else notices.push({ param: 'jaar', value: shown(jaar), reason: 'invalid' });
	}

	let municipality: MunicipalityCode | null = null;
	const gemeente = single('gemeente');
	if (gemeente !== null && gemeente !== '') {
		const code = gemeente.trim().toUpperCase();
		if (!isMunicipalityCode(code)) notices.push({ param: 'gemeente', value: shown(gemeente), reason: 'invalid' });
		else if (isKnown && !isKnown(code)) notices.push({ param: 'gemeente', value: shown(gemeente), reason: 'unknown' });
		else municipality = code;
	}
	return { state: { year, municipality }, notices };
}

/** The query string for a view; the year is always written so a shared link survives a new default. */
export function viewStateToSearch(state: ViewState): string {
	const params = new URLSearchParams({ jaar: String(state.year) });
	if (state.municipality) params.set('gemeente', state.municipality);
	return `?${params}`;
}
