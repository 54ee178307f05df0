import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime.js';
import { statusLabel } from '$lib/i18n/labels';
import { injectStaticMap } from '$lib/server/staticMap';
import { DEFAULT_YEAR } from '$lib/state/viewState';

// Sets the page language from the URL (/ = Dutch, /en/… = English) while prerendering, and writes
// the static SVG map into pages that have a map placeholder.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				injectStaticMap(html.replace('%paraglide.lang%', locale), DEFAULT_YEAR, {
					label: (count, year) => m.map_label({ count, year }),
					title: (naam, status) => `${naam}: ${statusLabel(status)}`,
					href: (code) => localizeHref(`/gemeente/${code}`, { locale })
				})
		});
	});
