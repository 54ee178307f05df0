/**
 * A long table's rows after the first screenful, shown a few per task once the page runs scripts.
 *
 * Laying out all 342 rows of /tabel at once held the main thread for one task of 100–150 ms of CPU
 * on the benchmark machine (a phone four times slower: most of the page's blocking time), with only
 * the first screenful to see. The rows' markup marks those after the first LATER_ROWS_FROM
 * (tableRowsHtml.ts); where scripts run, CSS hides them (RowsTable.svelte) and
 * `revealLaterRows` shows them a slice per task, each slice laid out in its own task. A page without
 * scripts shows every row at once, as before; one whose scripts fail to load, after 8 s (app.html).
 *
 * The prerendered page's later rows also wait out of the document while the app starts
 * (`setAsideLaterRows`): SvelteKit's router reads every link of the page as it starts (the address,
 * whether it leaves the site, six options looked up on the link and each of its ancestors), and for
 * /tabel's 342 row links that walk was 40% of the task that hydrates the page (a CPU profile at 4×).
 */
import { nextTask } from '../nextTask';

/**
 * Rows shown at once: the first screenful of the table on a phone and on a 900-pixel-high screen (a
 * taller one sees the next rows a task after the page hydrates). Each row laid out with the page is
 * in its first layout, the task Lighthouse finds longest on /tabel; 15 rather than 30 cut a fifth of
 * the page's main-thread CPU with the slices below (traced loads, benchmark machine).
 */
export const LATER_ROWS_FROM = 15;
/**
 * Rows per task. Each slice is a layout of the whole document and a frame to paint (≈ 2 ms of it
 * whatever the rows), so ten per task spent twice the CPU of one layout of them all (6 ms a slice, 32
 * slices); 25 take ≈ 10 ms of CPU on the benchmark machine, a task still well short of a long one.
 */
export const ROWS_PER_TASK = 25;
export const LATER_ROW_ATTRIBUTE = 'data-later';

export interface LaterRow {
	removeAttribute(name: string): void;
}

/** Later rows taken out of the document, by the table body they belong to, and the comment that keeps their place. */
const setAside = new WeakMap<Element, { rows: Element[]; place: Comment }>();

/**
 * Takes the later rows of the prerendered tables in `root` out of the document, to be shown by
 * `laterRowsShown` as usual. Called as the page hydrates, before the router starts. A comment keeps
 * their place among the rows {@html} adopts (Svelte adopts every node up to its own empty end
 * comment), so the rows put back before it are replaced with the others when the table is written
 * again.
 */
export function setAsideLaterRows(root: ParentNode) {
	for (const body of root.querySelectorAll('tbody')) {
		const rows = [...body.querySelectorAll(`:scope > tr[${LATER_ROW_ATTRIBUTE}]`)];
		if (!rows.length || setAside.has(body)) continue;
		const place = body.ownerDocument.createComment('later rows');
		rows[0].before(place);
		// One range for the lot: they follow each other, the last rows of the body's markup.
		const range = body.ownerDocument.createRange();
		range.setStartBefore(rows[0]);
		range.setEndAfter(rows[rows.length - 1]);
		range.deleteContents();
		setAside.set(body, { rows, place });
	}
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
 * together in one long task again. `insert`, where the rows were set aside, puts a slice back into
 * the document first (still marked, so hidden until the mark goes in the same task).
 */
export function revealLaterRows<Row extends LaterRow>(
	rows: readonly Row[],
	{
		layout,
		insert,
		yieldTask = nextTask,
		perTask = ROWS_PER_TASK
	}: { layout: () => void; insert?: (slice: Row[]) => void; yieldTask?: () => Promise<void>; perTask?: number }
): Reveal {
	let cancelled = false;
	const done = (async () => {
		for (let start = 0; start < rows.length; start += perTask) {
			await yieldTask();
			if (cancelled) return false;
			const slice = rows.slice(start, start + perTask);
			insert?.(slice);
			for (const row of slice) row.removeAttribute(LATER_ROW_ATTRIBUTE);
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
		// The prerendered rows set aside, the first time; the rows in the body, marked, otherwise.
		const aside = setAside.get(body);
		setAside.delete(body);
		const rows = aside?.rows ?? [...body.querySelectorAll(`:scope > tr[${LATER_ROW_ATTRIBUTE}]`)];
		if (!rows.length) return;
		const table = body.closest('table');
		table?.setAttribute('aria-busy', 'true');
		const insert = aside && ((slice: Element[]) => aside.place.before(...slice));
		const reveal = revealLaterRows(rows, { layout: () => void body.offsetHeight, insert });
		// Only a reveal that ended: a cancelled one's rows were replaced, and their reveal is busy now.
		void reveal.done.then((all) => all && table?.removeAttribute('aria-busy'));
		return () => {
			reveal.cancel();
			table?.removeAttribute('aria-busy');
		};
	};
}
