import { execSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The app's version is the commit it was built from, not the build time: two builds of one commit
// are byte-identical (version.json and every hashed file name included).
const commit = (() => {
	if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT;
	try {
		return execSync('git rev-parse HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return 'unversioned';
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; `strict` fails the build if one is not.
		// BUILD_DIR: the real-data variant of the end-to-end tests builds next to the site (scripts/realDataBuild.ts).
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build' }),
		version: { name: commit },
		// Stylesheets this small go into the page itself: on a slow phone network each one would be a
		// render-blocking round trip (over half a second on Fast 3G) before the prerendered map paints.
		inlineStyleThreshold: 16 * 1024,
		// Absolute asset paths: /en/ and /en serve the same page, and relative paths would resolve
		// differently from each.
		paths: { relative: false },
		// Content-Security-Policy as a meta tag in every prerendered page, with hashes for SvelteKit's
		// inline scripts: no inline scripts of ours, no eval, nothing from other origins. Headers that a
		// meta tag cannot carry (frame-ancestors and others) are in README.md for the host to set.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'sha256-…': the one-line script in app.html that marks the page as running scripts, and
				// the one after the prerendered map that takes its links out and notes a tap made before the app
				// can answer it (src/lib/server/staticMap.ts).
				'script-src': ['self', 'sha256-z5puBL7ClpOSVUmXOJQka18wv1n2a4E0XbJ+JxnJ4Io=', 'sha256-yvAexZ7AMx4fVi5PQmE1//yY5hMCFrk4hUWDNmN2yeE='],
				// Svelte writes style attributes (style: directives); styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The English pages are reached through the language link; list the root explicitly too.
			entries: ['*', '/en', '/embed', '/en/embed', '/404', '/en/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
