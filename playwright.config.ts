import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium';

const PORT = 4173;

/**
 * End-to-end tests run in Debian's Chromium (Playwright's own browser download does not work in our
 * environments) against the built static site, served as a static host would serve it.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	retries: 0,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1200, height: 900 },
		launchOptions: chromiumLaunch
	},
	webServer: {
		command: `npx tsx scripts/serve.ts`,
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
