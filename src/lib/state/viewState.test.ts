import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, EMBED_CODEC, MAP_CODEC, TABLE_CODEC, viewStateToSearch } from './viewState';

const parseViewState = (params: URLSearchParams, isKnown?: (code: string) => boolean) => MAP_CODEC.parse(params, { isKnown });
const parse = (search: string, known?: string[]) => parseViewState(new URLSearchParams(search), known ? (c) => known.includes(c) : undefined);
const view = { ...DEFAULT_VIEW };
const parseEmbedOptions = (params: URLSearchParams) => {
	const { legend, search, zoom, title } = EMBED_CODEC.parse(params).state;
	return { legend, search, zoom, title };
};
const parseTableFilters = (params: URLSearchParams) => {
	const { status, provincie, adv, q, sort } = TABLE_CODEC.parse(params).state;
	return { status, provincie, adv, q, sort };
};
const base = { mode: 'status', grouping: 'provincie', region: null, since: null };

describe('view state in the URL', () => {
	it('reads year and municipality', () => {
		expect(parse('?jaar=2017&gemeente=GM0017')).toEqual({ state: { year: 2017, municipality: 'GM0017', ...base }, notices: [] });
	});

	it('defaults to the latest survey year and no selection', () => {
		expect(parse('')).toEqual({ state: { year: 2025, municipality: null, ...base }, notices: [] });
	});

	it('reads view mode, grouping and region', () => {
		expect(parse('?weergave=verandering&indeling=adv&regio=adv-radar').state).toMatchObject({ mode: 'verandering', grouping: 'adv', region: 'adv-radar' });
	});

	it('falls back with a notice on hostile or invalid values', () => {
		const { state, notices } = parse('?jaar=<script>alert(1)</script>&gemeente="><img src=x onerror=alert(1)>&regio=javascript:alert(1)');
		expect(state).toEqual({ year: 2025, municipality: null, ...base });
		expect(notices).toEqual([
			{ param: 'jaar', value: '<script>alert(1)</script>', reason: 'invalid' },
			{ param: 'gemeente', value: '"><img src=x onerror=alert(1)>', reason: 'invalid' },
			{ param: 'regio', value: 'javascript:alert(1)', reason: 'invalid' }
		]);
	});

	it('rejects years that are not survey years and codes that do not exist', () => {
		const { state, notices } = parse('?jaar=2019&gemeente=GM9999', ['GM0363']);
		expect(state).toEqual({ year: 2025, municipality: null, ...base });
		expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual(['jaar:invalid', 'gemeente:unknown']);
	});

	it('accepts a lower-case code and reports repeated and unused parameters', () => {
		const { state, notices } = parse('?jaar=2022&jaar=2017&gemeente=gm0363&utm_source=x');
		expect(state).toMatchObject({ year: 2022, municipality: 'GM0363' });
		expect(notices).toEqual([
			{ param: 'jaar', value: '2022, 2017', reason: 'repeated' },
			{ param: 'utm_source', value: 'x', reason: 'unused' }
		]);
	});

	it('shortens very long values and handles unicode edge cases without throwing', () => {
		expect(parse(`?jaar=${'9'.repeat(500)}`).notices[0].value).toHaveLength(41);
		for (const value of ['\u0000', '\u202e2022', '２０２２', '🙂', '\uD800', 'GM0363\u0000']) {
			const params = new URLSearchParams([
				['jaar', value],
				['gemeente', value],
				['title', value]
			]);
			expect(() => parseViewState(params)).not.toThrow();
			expect(parseViewState(params).state).toEqual({ year: 2025, municipality: null, ...base });
		}
		expect(parse('?jaar=%E0%A4%A&gemeente=%').state).toEqual({ year: 2025, municipality: null, ...base });
	});

	it('writes the state back, leaving defaults out', () => {
		expect(viewStateToSearch({ year: 2022, municipality: 'GM0363', ...base } as never)).toBe('?jaar=2022&gemeente=GM0363');
		expect(viewStateToSearch({ year: 2017, municipality: null, mode: 'verandering', grouping: 'adv', region: 'adv-radar', since: null })).toBe(
			'?jaar=2017&weergave=verandering&indeling=adv&regio=adv-radar'
		);
		// The comparison year only where it is not the default (the previous survey).
		expect(viewStateToSearch({ ...DEFAULT_VIEW, mode: 'verandering', since: 2017 })).toBe('?jaar=2025&weergave=verandering&sinds=2017');
		expect(viewStateToSearch({ ...DEFAULT_VIEW, mode: 'verandering', since: 2022 })).toBe('?jaar=2025&weergave=verandering');
		expect(viewStateToSearch({ ...DEFAULT_VIEW, mode: 'status', since: 2017 })).toBe('?jaar=2025');
	});

	it('reads the comparison year, and refuses one that is not earlier', () => {
		expect(parse('?jaar=2025&weergave=verandering&sinds=2017').state.since).toBe(2017);
		const later = parse('?jaar=2022&weergave=verandering&sinds=2025');
		expect(later.state.since).toBeNull();
		expect(later.notices).toEqual([{ param: 'sinds', value: '2025', reason: 'invalid' }]);
		expect(parse('?jaar=2025&sinds=1999').notices).toEqual([{ param: 'sinds', value: '1999', reason: 'invalid' }]);
	});
});

describe('embed options and table filters in the URL', () => {
	it('reads embed options with safe defaults', () => {
		expect(parseEmbedOptions(new URLSearchParams('legend=0&search=1&zoom=static&title=Beleid in Utrecht'))).toEqual({
			legend: false,
			search: true,
			zoom: 'static',
			title: 'Beleid in Utrecht'
		});
		// Free text is taken as text (it is only ever shown as text): markup-looking titles included.
		expect(parseEmbedOptions(new URLSearchParams('zoom=%3Cb%3E&title=%3Cscript%3Ealert(1)%3C%2Fscript%3E'))).toEqual({
			legend: true,
			search: false,
			zoom: 'static',
			title: '<script>alert(1)</script>'
		});
		expect(EMBED_CODEC.parse(new URLSearchParams('zoom=%3Cb%3E')).notices[0]).toMatchObject({ param: 'zoom', reason: 'invalid' });
		// The map page does not take embed options: they are reported as unused there.
		expect(MAP_CODEC.parse(new URLSearchParams('legend=0')).notices).toEqual([{ param: 'legend', value: '0', reason: 'unused' }]);
	});

	it('accepts ordinary punctuation in free text, and limits only its length and control characters', () => {
		for (const title of ['Beleid: hoe staat uw gemeente ervoor?', 'Beleid – 2025', 'De "beste" kaart', '100% zeker', 'עברית \u202e abc']) {
			const parsed = EMBED_CODEC.parse(new URLSearchParams([['title', title]]));
			expect(parsed.state.title, title).toBe(title);
			expect(parsed.notices, title).toEqual([]);
		}
		expect(TABLE_CODEC.parse(new URLSearchParams('q=Bergen (L.)?')).state.q).toBe('Bergen (L.)?');
		expect(EMBED_CODEC.parse(new URLSearchParams([['title', 'a\nb']])).notices[0]).toMatchObject({ param: 'title', reason: 'invalid' });
		expect(EMBED_CODEC.parse(new URLSearchParams([['title', 'x'.repeat(121)]])).notices[0]).toMatchObject({ param: 'title', reason: 'invalid' });
	});

	it('reads table filters', () => {
		expect(parseTableFilters(new URLSearchParams('status=geen-beleid&provincie=Noord-Brabant&q=den&sort=adv'))).toEqual({
			status: 'geen-beleid',
			provincie: 'Noord-Brabant',
			adv: null,
			q: 'den',
			sort: 'adv'
		});
		expect(TABLE_CODEC.parse(new URLSearchParams('status=x')).notices).toEqual([{ param: 'status', value: 'x', reason: 'invalid' }]);
	});

	it('writes each route back with its own parameters, defaults left out', () => {
		expect(EMBED_CODEC.search({ ...view, year: 2022, legend: false, search: true, zoom: 'interactive', title: 'Beleid' })).toBe(
			'?jaar=2022&legend=0&search=1&zoom=interactive&title=Beleid'
		);
		expect(EMBED_CODEC.search({ ...view, legend: true, search: false, zoom: 'static', title: null })).toBe('?jaar=2025');
		const filters = { status: 'geen-beleid', provincie: 'Utrecht', adv: null, q: 'de bilt', sort: 'adv' } as const;
		expect(TABLE_CODEC.search({ ...view, region: 'provincie-utrecht', ...filters })).toBe(
			'?jaar=2025&regio=provincie-utrecht&status=geen-beleid&provincie=Utrecht&q=de+bilt&sort=adv'
		);
		// What is written reads back as the same state.
		const round = TABLE_CODEC.parse(new URLSearchParams(TABLE_CODEC.search({ ...view, ...filters }))).state;
		expect(round).toEqual({ ...view, ...filters });
	});
});
