import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlPort } from './urlPort';

/**
 * The URL port in the app: SvelteKit's page.url, and goto() for changes, so that Back and Forward
 * restore a view like any other navigation. Focus and scroll stay where they are: the page is the
 * same, only its view changed.
 */
export const sveltekitUrl: UrlPort = {
	url: () => page.url,
	go: (search, { history }) => void goto(`${page.url.pathname}${search}`, { keepFocus: true, noScroll: true, replaceState: !history })
};
