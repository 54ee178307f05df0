/**
 * The table's rows as markup for {@html}, except while the page hydrates. Svelte then adopts the
 * prerendered rows whatever markup it is given (it reads none), and they are the rows shown: the URL
 * is read only once the page has hydrated (mapApp). So the markup is written only once the rows shown
 * differ from those, and never skipped after: writing it for all 342 rows was a third of the task
 * that hydrates /tabel.
 */
import { sameItems, type TableRow } from './tableRows';

/** What {@html} is given while it adopts the prerendered rows: any markup would do; never written into a page. */
export const ADOPTED_ROWS_MARKUP = '<!-- the prerendered rows -->';

export interface RowsMarkup {
	/** The markup for the rows shown: `write()`, or ADOPTED_ROWS_MARKUP while they are the adopted ones. */
	of(shown: readonly TableRow[], write: () => string): string;
	/** The page has hydrated: rows first shown from now on have no markup to adopt. */
	hydrated(): void;
}

/** `hydrating`: the page is hydrating prerendered rows (false on the server and after a client navigation). */
export function rowsMarkup(hydrating: boolean): RowsMarkup {
	// undefined: the rows of the first render are to be adopted; null: nothing is (any more).
	let adopted: readonly TableRow[] | null | undefined = hydrating ? undefined : null;
	return {
		of(shown, write) {
			if (adopted === undefined) adopted = shown;
			if (adopted && sameItems(adopted, shown)) return ADOPTED_ROWS_MARKUP;
			adopted = null;
			return write();
		},
		hydrated() {
			adopted ??= null;
		}
	};
}
