import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { i18nPlugins } from './scripts/lib/i18nPlugins.ts';

// Unit tests: pure TypeScript, and the runes shells (*.svelte.test.ts) compiled by Svelte for the
// browser, so $state and $derived behave as in the app. End-to-end tests run in Playwright.
const plugins = [...i18nPlugins(), sveltekit()];

export default defineConfig({
	plugins,
	test: {
		globalSetup: ['scripts/globalSetup.ts'],
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['geo/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts', 'bench/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'runes', include: ['src/**/*.svelte.test.ts'], environment: './scripts/vitest/runesEnvironment.ts' }
			}
		]
	}
});
