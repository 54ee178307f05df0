import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { afterPaintTask } from './afterNextPaint.svelte';
import type { UrlPort } from './urlPort';

/** In a task after the next paint (the next task in a hidden tab, which does not paint). */
const afterPaint = () => new Promise<void>((resolve) => void afterPaintTask(resolve));

// Back and Forward while a change waits for its paint: the reader's step through history wins.
let historySteps = 0;
if (browser) addEventListener('popstate', () => historySteps++);
// Changes reach the URL in the order they were made.
let queue = Promise.resolve();

/**
 * The URL port in the app: SvelteKit's page.url, and goto() for changes, so that Back and Forward
 * restore a view like any other navigation. Focus and scroll stay where they are: the page is the
 * same, only its view changed. The navigation waits for the next paint: the router measures the
 * scroll position (a forced layout) and writes history, which need not delay the view the reader
 * asked for; the shell shows the URL-to-be meanwhile.
 */
export const sveltekitUrl: UrlPort = {
	url: () => page.url,
	go: (search, { history }) => {
		const steps = historySteps;
		queue = queue
			.then(afterPaint)
			.then(() => {
				if (historySteps !== steps) return;
				return goto(`${page.url.pathname}${search}`, { keepFocus: true, noScroll: true, replaceState: !history });
			})
			.catch(() => undefined);
		return queue;
	}
};
