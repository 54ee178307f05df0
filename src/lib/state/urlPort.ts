/**
 * How the view reaches the URL, and back: the shell reads the current URL and asks for a new query
 * string through this port. In the app it is SvelteKit's page and goto (sveltekitUrl.ts); in unit
 * tests a plain object, so the shell can be tested without a router.
 */
export interface UrlPort {
	/** The current URL; read inside a $derived, it must be reactive. */
	url(): URL;
	/**
	 * The same path with this query string: a new history entry, or a replacement of the current one.
	 * May finish later (the app lets the view paint first); resolves when url() says it.
	 */
	go(search: string, options: { history: boolean }): Promise<void> | void;
}
