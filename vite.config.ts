import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Dutch at /, English at /en/…: every language is its own prerendered page.
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	]
});
