/** The i18n build steps of the site and of the unit tests: Paraglide's compiler and its formatter cache. */
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideIntlCache } from './intlCache.ts';

export const i18nPlugins = () => [
	paraglideVitePlugin({
		project: './project.inlang',
		outdir: './src/lib/paraglide',
		// Dutch at /, English at /en/…: every language is its own prerendered page.
		strategy: ['url', 'baseLocale']
	}),
	paraglideIntlCache()
];
