import { defineConfig } from 'vitest/config';

// Unit tests only: pure TypeScript, no SvelteKit plugin needed. End-to-end tests run in Playwright.
export default defineConfig({
	test: {
		include: ['geo/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
		globalSetup: ['scripts/globalSetup.ts'],
		testTimeout: 30_000
	}
});
