import { describe, expect, it } from 'vitest';
import type { TableRow } from './tableRows';
import { escapeMarkup } from '../escapeMarkup';
import { tableRowsHtml, type RowsHtmlOptions } from './tableRowsHtml';

const options: RowsHtmlOptions = {
	year: 2022,
	link: (code) => `/gemeente/${code}`,
	statusLabel: (status) => `label ${status}`,
	words: { advUnknown: 'Voorziening onbekend', predecessors: 'Toen:', successors: 'Later:' }
};

const row = (over: Partial<TableRow>): TableRow => ({
	code: 'GM0344',
	naam: 'Utrecht',
	provincie: 'Utrecht',
	advId: null,
	advNaam: null,
	status: 'geen-beleid',
	statusByYear: [
		{ year: 2017, relation: 'self', items: [{ code: 'GM0344', naam: 'Utrecht', share: 1, status: 'beleid-specifiek' }] },
		{ year: 2022, relation: 'self', items: [{ code: 'GM0344', naam: 'Utrecht', share: 1, status: 'geen-beleid' }] }
	],
	...over
});

// What the browser parses is checked end to end (tests/e2e/table.spec.ts); here the exact markup.
describe('the table rows as markup', () => {
	it("gives each row its link, cells, the year marked and the status (its colour is the table style's)", () => {
		expect(tableRowsHtml([row({ advNaam: 'RADAR' })], options)).toBe(
			'<tr data-code="GM0344"><th scope="row"><a href="/gemeente/GM0344">Utrecht</a></th><td>Utrecht</td><td>RADAR</td>' +
				'<td data-year="2017" data-status="beleid-specifiek">label beleid-specifiek</td>' +
				'<td class="current" data-year="2022" data-status="geen-beleid">label geen-beleid</td></tr>'
		);
	});

	it('marks the rows from `laterFrom` on to be shown later', () => {
		const rows = (['GM0001', 'GM0002', 'GM0003'] as const).map((code) => row({ code }));
		const markup = tableRowsHtml(rows, { ...options, laterFrom: 1 });
		expect(markup.match(/<tr[^>]*>/g)).toEqual(['<tr data-code="GM0001">', '<tr data-code="GM0002" data-later>', '<tr data-code="GM0003" data-later>']);
		expect(tableRowsHtml(rows, options)).not.toContain('data-later');
	});

	it('says so when the ADV is unknown, and lists what a municipality was or became, by name and status', () => {
		const merged = row({
			statusByYear: [
				{
					year: 2017,
					relation: 'predecessors',
					items: [
						{ code: 'GM0001', naam: 'Oud-A', share: 1, status: 'geen-beleid' },
						{ code: 'GM0002', naam: 'Oud-B', share: 1, status: 'in-ontwikkeling' }
					]
				}
			]
		});
		const html = tableRowsHtml([merged], options);
		expect(html).toContain('<td>Voorziening onbekend</td>');
		expect(html).toContain(
			'<td data-year="2017"><span class="relation">Toen:</span><ul><li>Oud-A: label geen-beleid</li><li>Oud-B: label in-ontwikkeling</li></ul></td>'
		);
	});

	it('keeps hostile text as text, in content and in attributes', () => {
		const hostile = '<img src=x onerror=alert(1)>"\'&';
		const html = tableRowsHtml([row({ naam: hostile, advNaam: hostile, code: 'GM"><b>' as TableRow['code'] })], { ...options, link: () => '/x?"><script>' });
		expect(html).not.toMatch(/<img|<script|<b>/);
		expect(html).toContain('<a href="/x?&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;&quot;&apos;&amp;</a>');
		expect(html).toContain('data-code="GM&quot;&gt;&lt;b&gt;"');
		expect(escapeMarkup(`'s-Hertogenbosch & "Den Bosch"`)).toBe('&apos;s-Hertogenbosch &amp; &quot;Den Bosch&quot;');
	});

	it('is nothing for no rows', () => {
		expect(tableRowsHtml([], options)).toBe('');
	});
});
