/**
 * The table's rows as HTML (RowsTable.svelte puts them in with {@html}). 342 rows of
 * components cost a phone more than a second and a half of hydration (a profile at 4x CPU): every
 * cell an effect, for rows that are plain text and links. As markup they are hydrated by adopting
 * the prerendered nodes, and a filter or sort replaces them in one go. Every text and attribute is
 * escaped: names come from data files.
 */
import { escapeMarkup } from '../escapeMarkup';
import type { SurveyYear } from '../model/geography';
import type { DisplayStatus } from '../model/status';
import type { TableRow } from './tableRows';
import { LATER_ROW_ATTRIBUTE } from './laterRows';

export interface RowsHtmlOptions {
	/** The table's year: its column is marked. */
	year: SurveyYear;
	/** Where a row's name leads. */
	link: (code: string) => string;
	statusLabel: (status: DisplayStatus) => string;
	/** Words of the current language. */
	words: { advUnknown: string; predecessors: string; successors: string };
	/** Rows from this index on are marked to be shown later, a few per task (laterRows.ts). */
	laterFrom?: number;
}

function statusCell(entry: TableRow['statusByYear'][number], o: RowsHtmlOptions): string {
	const current = entry.year === o.year ? ' class="current"' : '';
	const open = (attributes = '') => `<td${current} data-year="${entry.year}"${attributes}>`;
	if (entry.relation === 'self') {
		const status = entry.items[0].status;
		// The status's colour is the table's style (RowsTable.svelte), by this attribute: an
		// element and an inline style for each of 1,026 cells were a quarter of /tabel's HTML to parse.
		return `${open(` data-status="${escapeMarkup(status)}"`)}${escapeMarkup(o.statusLabel(status))}</td>`;
	}
	const relation = entry.relation === 'predecessors' ? o.words.predecessors : o.words.successors;
	const items = entry.items.map((item) => `<li>${escapeMarkup(item.naam)}: ${escapeMarkup(o.statusLabel(item.status))}</li>`).join('');
	return `${open()}<span class="relation">${escapeMarkup(relation)}</span><ul>${items}</ul></td>`;
}

export function tableRowsHtml(rows: readonly TableRow[], o: RowsHtmlOptions): string {
	return rows
		.map(
			(row, index) =>
				`<tr data-code="${escapeMarkup(row.code)}"${index >= (o.laterFrom ?? Infinity) ? ` ${LATER_ROW_ATTRIBUTE}` : ''}><th scope="row"><a href="${escapeMarkup(o.link(row.code))}">${escapeMarkup(row.naam)}</a></th>` +
				`<td>${escapeMarkup(row.provincie)}</td><td>${escapeMarkup(row.advNaam ?? o.words.advUnknown)}</td>` +
				row.statusByYear.map((entry) => statusCell(entry, o)).join('') +
				'</tr>'
		)
		.join('');
}
