import { describe, expect, it } from 'vitest';
import { ADOPTED_ROWS_MARKUP, rowsMarkup } from './adoptedRows';
import type { TableRow } from './tableRows';

const row = (code: string) => ({ code, naam: code }) as unknown as TableRow;
const [a, b, c] = [row('GM0001'), row('GM0002'), row('GM0003')];

describe('rowsMarkup', () => {
	it('while hydrating, adopts the first rows shown and the same rows again; writes once they differ, and from then on', () => {
		const markup = rowsMarkup(true);
		let writes = 0;
		const write = () => `markup ${++writes}`;
		expect(markup.of([a, b, c], write)).toBe(ADOPTED_ROWS_MARKUP);
		// The URL read after hydration gives the same rows in a new list.
		expect(markup.of([a, b, c], write)).toBe(ADOPTED_ROWS_MARKUP);
		expect(markup.of([a, b], write)).toBe('markup 1');
		// Back to the first rows: the page now holds other markup, so it is written.
		expect(markup.of([a, b, c], write)).toBe('markup 2');
	});
	it('writes every time when not hydrating, or for rows first shown after hydration', () => {
		const write = () => 'written';
		expect(rowsMarkup(false).of([a], write)).toBe('written');
		const later = rowsMarkup(true);
		later.hydrated();
		expect(later.of([a], write)).toBe('written');
	});
});
