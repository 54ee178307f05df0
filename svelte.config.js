import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; `strict` fails the build if one is not.
		adapter: adapter({ strict: true }),
		// Absolute asset paths: /en/ and /en serve the same page, and relative paths would resolve
		// differently from each.
		paths: { relative: false },
		prerender: {
			// The English pages are reached through the language link; list the root explicitly too.
			entries: ['*', '/en', '/embed', '/en/embed'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
