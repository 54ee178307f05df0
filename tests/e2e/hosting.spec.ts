import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mapIdle, recordErrors } from './helpers';

// Runs against `npm run serve:nginx` (the nginx project in playwright.config.ts): the headers, caching
// and compression a real host sends with deploy/nginx/.

test('every page gets the security headers, and only the embed may be framed by other sites', async ({ request }) => {
	for (const path of ['/', '/tabel', '/en/', '/gemeente/GM0363', '/embed', '/en/embed', '/data/crosswalk.json', '/nope']) {
		const response = await request.get(path);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy'], path).toContain('camera=()');
		const embed = /embed$/.test(path);
		expect(headers['content-security-policy'], path).toBe(embed ? 'frame-ancestors *' : "frame-ancestors 'self'");
		expect(headers['x-frame-options'], path).toBe(embed ? undefined : 'SAMEORIGIN');
		// The page's own policy (scripts, styles) is its meta tag: never sent site-wide as a header.
		expect(headers['content-security-policy'], path).not.toContain('script-src');
	}
	const missing = await request.get('/nope');
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('Pagina niet gevonden');
	expect(await (await request.get('/en/nope')).text()).toContain('Page not found');
});

test('hashed assets are cached for a year, pages and data revalidated; responses are brotli or gzip', async ({ page, request }) => {
	await page.goto('/');
	// The scripts the page loaded, once its script has run (response events can trail the load event).
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	const assets = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((url) => url.includes('/_app/immutable/'))
	);
	// A script large enough to have been precompressed (files under 1 KB are sent as they are).
	const sizes = await Promise.all(assets.filter((u) => u.endsWith('.js')).map(async (u) => ({ u, size: (await (await request.get(u)).body()).length })));
	const script = sizes.find((s) => s.size > 2048)!.u;
	const asset = await request.get(script);
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await request.get('/')).headers()['cache-control']).toBe('no-cache');
	expect((await request.get('/data/monitor-2025.json')).headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
	for (const [encoding, expected] of [
		['br, gzip', 'br'],
		['gzip', 'gzip']
	]) {
		for (const path of ['/', '/data/gemeenten-2025.topojson', new URL(script).pathname]) {
			const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
			expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(expected);
			expect(response.headers()['vary'], path).toContain('Accept-Encoding');
		}
	}
});

test('every kind of file the build writes is sent with its own type', async ({ request }) => {
	// nosniff makes the browser trust the type: a module worker sent as application/octet-stream is
	// refused (MapLibre's, a .mjs, was), a CSV so sent is only ever a download of unknown kind.
	const expected: Record<string, RegExp> = {
		html: /^text\/html; charset=utf-8$/,
		js: /^(text|application)\/javascript; charset=utf-8$/,
		mjs: /^(text|application)\/javascript; charset=utf-8$/,
		css: /^text\/css; charset=utf-8$/,
		json: /^application\/json; charset=utf-8$/,
		topojson: /^application\/json; charset=utf-8$/,
		geojson: /^application\/json; charset=utf-8$/,
		csv: /^text\/csv; charset=utf-8$/,
		xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
		svg: /^image\/svg\+xml$/
	};
	const byExtension = new Map<string, string>();
	for (const file of readdirSync('build', { recursive: true, encoding: 'utf8' })) {
		const extension = path.extname(file).slice(1);
		if (!['br', 'gz', ''].includes(extension) && !byExtension.has(extension)) byExtension.set(extension, file);
	}
	expect(
		[...byExtension.keys()].filter((extension) => !expected[extension]),
		'a kind of file this test does not know'
	).toEqual([]);
	for (const [extension, file] of byExtension) {
		const response = await request.get('/' + file.split(path.sep).join('/'));
		expect(response.status(), file).toBe(200);
		expect(response.headers()['content-type'], file).toMatch(expected[extension]);
	}
});

test('MapLibre, its worker too, draws the map as nginx sends it', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	expect(errors).toEqual([]);
});

let host: Server;
let hostOrigin: string;
test.beforeAll(async () => {
	// A news site on another origin that frames the map page and the embed.
	host = createServer((request, response) => {
		const target = request.url === '/map' ? '/' : '/embed?jaar=2022';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><title>Nieuws</title><iframe src="http://127.0.0.1:8080${target}" width="600" height="500"></iframe>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => host.close());

test('/embed loads inside a page of another origin; / does not', async ({ page }) => {
	await page.goto(`${hostOrigin}/embed`);
	await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Lokaal antidiscriminatiebeleid per gemeente, 2022');
	await page.goto(`${hostOrigin}/map`);
	// A refused frame shows the browser's error page, never the map page.
	await page.waitForTimeout(2000);
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	expect(await frame.evaluate(() => document.title)).not.toContain('Beleidskaart');
	await expect(page.frameLocator('iframe').getByText('Lokaal antidiscriminatiebeleid per gemeente')).toHaveCount(0);
});
