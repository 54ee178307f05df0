import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium';

const PORT = 4173;
const NGINX_PORT = 8080;
/** The site built with a real 2022 imported (scripts/realDataBuild.ts). */
const REAL_DATA_PORT = 4174;

/**
 * End-to-end tests run in Debian's Chromium (Playwright's own browser download does not work in our
 * environments) against the built static site, served as a static host would serve it; the hosting
 * tests run once against Debian's nginx with the configuration in deploy/ (`npm run serve:nginx`).
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
	projects: [
		{ name: 'site', testIgnore: /(hosting|real-data)\.spec\.ts/ },
		{ name: 'real-data', testMatch: /real-data\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${REAL_DATA_PORT}` } },
		{ name: 'nginx', testMatch: /hosting\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } }
	],
	webServer: [
		{
			command: `npx tsx scripts/serve.ts`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `npx tsx scripts/serve.ts`,
			env: { PORT: String(REAL_DATA_PORT), BUILD_DIR: 'build-real' },
			url: `http://127.0.0.1:${REAL_DATA_PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `npx tsx scripts/serveNginx.ts`,
			env: { PORT: String(NGINX_PORT) },
			url: `http://127.0.0.1:${NGINX_PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
