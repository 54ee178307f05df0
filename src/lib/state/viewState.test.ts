import { describe, expect, it } from 'vitest';
import { parseViewState, viewStateToSearch } from './viewState';

const parse = (search: string, known?: string[]) =>
	parseViewState(new URLSearchParams(search), known ? (c) => known.includes(c) : undefined);

describe('view state in the URL', () => {
	it('reads year and municipality', () => {
		expect(parse('?jaar=2017&gemeente=GM0017')).toEqual({ state: { year: 2017, municipality: 'GM0017' }, notices: [] });
	});

	it('defaults to the latest survey year and no selection', () => {
		expect(parse('')).toEqual({ state: { year: 2025, municipality: null }, notices: [] });
	});

	it('falls back with a notice on hostile or invalid values', () => {
		const { state, notices } = parse('?jaar=<script>alert(1)</script>&gemeente="><img src=x onerror=alert(1)>');
		expect(state).toEqual({ year: 2025, municipality: null });
		expect(notices).toEqual([
			{ param: 'jaar', value: '<script>alert(1)</script>', reason: 'invalid' },
			{ param: 'gemeente', value: '"><img src=x onerror=alert(1)>', reason: 'invalid' }
		]);
	});

	it('rejects years that are not survey years and codes that do not exist', () => {
		const { state, notices } = parse('?jaar=2019&gemeente=GM9999', ['GM0363']);
		expect(state).toEqual({ year: 2025, municipality: null });
		expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual(['jaar:invalid', 'gemeente:unknown']);
	});

	it('accepts a lower-case code and reports repeated parameters, using the first', () => {
		const { state, notices } = parse('?jaar=2022&jaar=2017&gemeente=gm0363');
		expect(state).toEqual({ year: 2022, municipality: 'GM0363' });
		expect(notices).toEqual([{ param: 'jaar', value: '2022, 2017', reason: 'repeated' }]);
	});

	it('shortens very long values in notices', () => {
		const { notices } = parse(`?jaar=${'9'.repeat(500)}`);
		expect(notices[0].value).toHaveLength(41);
	});

	it('writes the state back', () => {
		expect(viewStateToSearch({ year: 2022, municipality: 'GM0363' })).toBe('?jaar=2022&gemeente=GM0363');
		expect(viewStateToSearch({ year: 2017, municipality: null })).toBe('?jaar=2017');
	});
});
