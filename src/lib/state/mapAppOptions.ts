/** How a route's map shell (mapApp.svelte.ts) loads its data and keeps its history. */
export interface MapAppOptions {
	/** The route draws a map: the year shown loads first, then (once the map is up) the others. */
	map: boolean;
	/**
	 * The map shows the one year its URL says, for good (an embed has no year switch): the other years'
	 * geometry is never loaded. Their statuses come with the rest of the data (details, change view).
	 */
	fixedYear?: boolean;
	/** Resolves when the page has painted, so that loading does not compete with the first view. */
	afterPaint?: () => Promise<void>;
	/**
	 * Whether view changes are history entries. Not in an embed: an iframe's entries are the host
	 * page's too, and its Back button would step through the reader's clicks on the map.
	 */
	history?: boolean;
}
