import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { i18nPlugins } from './scripts/lib/i18nPlugins.ts';

export default defineConfig({
	plugins: [...i18nPlugins(), sveltekit()],
	// The data checks' worker (src/lib/data/workerCheck.ts) is a module, like the rest of the code.
	worker: { format: 'es' }
});
