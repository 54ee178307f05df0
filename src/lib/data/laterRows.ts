/**
 * A long table's rows after the first screenful, shown a few per task once the page runs scripts.
 *
 * Laying out all 342 rows of /tabel at once held the main thread for one task of 100–150 ms of CPU
 * on the benchmark machine (a phone four times slower: most of the page's blocking time), with only
 * the first screenful to see. The rows' markup marks those after the first LATER_ROWS_FROM
 * (tableRowsHtml.ts); where scripts run, CSS hides them (MunicipalityTable.svelte) and
 * `revealLaterRows` shows them a slice per task, each slice laid out in its own task. A page without
 * scripts shows every row at once, as before; one whose scripts fail to load, after 8 s (app.html).
 */
import { nextTask } from '../nextTask';

/** Rows shown at once: more than the first screenful of the table on a tall screen. */
export const LATER_ROWS_FROM = 30;
/** Rows per task: ten took 5–8 ms of CPU to lay out on the benchmark machine. */
export const ROWS_PER_TASK = 10;
export const LATER_ROW_ATTRIBUTE = 'data-later';

export interface LaterRow {
	removeAttribute(name: string): void;
}

export interface Reveal {
	/** Resolves true once every row shows, false if cancelled first. */
	done: Promise<boolean>;
	/** Stops before the next slice (the rows were replaced). */
	cancel(): void;
}

/**
 * Shows `rows` (marked later) `perTask` at a time, none in the calling task. `layout` forces the
 * layout of a slice in its own task: left to the next frame, several tasks' rows would be laid out
 * together in one long task again.
 */
export function revealLaterRows(
	rows: readonly LaterRow[],
	{ layout, yieldTask = nextTask, perTask = ROWS_PER_TASK }: { layout: () => void; yieldTask?: () => Promise<void>; perTask?: number }
): Reveal {
	let cancelled = false;
	const done = (async () => {
		for (let start = 0; start < rows.length; start += perTask) {
			await yieldTask();
			if (cancelled) return false;
			for (const row of rows.slice(start, start + perTask)) row.removeAttribute(LATER_ROW_ATTRIBUTE);
			layout();
		}
		return true;
	})();
	return {
		done,
		cancel: () => {
			cancelled = true;
		}
	};
}

/**
 * An attachment for the table body: shows its later rows, and again each time its rows are
 * rewritten (`markup`, the rows' markup, is what tells: a new value re-runs the attachment). The
 * table is `aria-busy` meanwhile, so a screen reader waits for the rows rather than reads half.
 */
export function laterRowsShown(markup: string) {
	return (body: HTMLTableSectionElement) => {
		void markup;
		const rows = [...body.querySelectorAll(`:scope > tr[${LATER_ROW_ATTRIBUTE}]`)];
		if (!rows.length) return;
		const table = body.closest('table');
		table?.setAttribute('aria-busy', 'true');
		const reveal = revealLaterRows(rows, { layout: () => void body.offsetHeight });
		// Only a reveal that ended: a cancelled one's rows were replaced, and their reveal is busy now.
		void reveal.done.then((all) => all && table?.removeAttribute('aria-busy'));
		return () => {
			reveal.cancel();
			table?.removeAttribute('aria-busy');
		};
	};
}
