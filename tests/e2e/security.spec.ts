import { expect, test, type Page } from '@playwright/test';
import { mapIdle, offsite, recordErrors, recordRequests, svgMapReady } from './helpers';
import { EMBED_CODEC, MAP_CODEC, TABLE_CODEC, type Param } from '../../src/lib/state/viewState';

/** Collects Content-Security-Policy violations the page reports. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective}: ${e.blockedURI}`)
		);
	});
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

const ROUTES = ['/', '/en', '/tabel?jaar=2022', '/data/', '/over', '/en/over', '/gemeente', '/gemeente/GM0363', '/en/gemeente/GM0788', '/embed?jaar=2022'];

test('every route carries the CSP, works under it, and requests nothing from another origin', async ({ page }) => {
	test.setTimeout(120_000);
	const requests = recordRequests(page);
	const errors = recordErrors(page);
	await watchCsp(page);
	for (const route of ROUTES) {
		await page.goto(route);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp, route).toMatch(/default-src 'self'/);
		expect(csp, route).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp, route).not.toMatch(/unsafe-eval/);
		if (route === '/') await mapIdle(page);
		// A fixed embed never loads MapLibre.
		if (route.startsWith('/embed')) await svgMapReady(page);
		expect(await cspViolations(page), route).toEqual([]);
	}
	expect(offsite(requests)).toEqual([]);
	expect(errors).toEqual([]);
	expect(await page.context().cookies()).toEqual([]);
});

const PAYLOADS = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"javascript:alert('x')",
	'\u202e\u0000%00',
	// Long, but within what a server accepts for a whole query of ~14 parameters.
	`${'🙂'.repeat(20)}${'x'.repeat(300)}`,
	"' onmouseover='alert(1)"
];

const FREE_TEXT_MAX: Partial<Record<string, number>> = { title: 120, q: 60 };

for (const [route, params] of [
	['/', MAP_CODEC.accepted],
	['/embed', EMBED_CODEC.accepted],
	['/tabel', TABLE_CODEC.accepted]
] as Array<[string, readonly Param[]]>) {
	test(`hostile values in every parameter of ${route} fall back safely`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = recordErrors(page);
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		for (const payload of PAYLOADS) {
			const query = new URLSearchParams(params.map((p) => [p, payload] as [string, string]));
			await page.goto(`${route}?${query}`);
			await expect(page.locator('h1')).toBeVisible();
			await page.waitForTimeout(300);
			await expect(page.locator('img[src="x"]')).toHaveCount(0);
			expect(await page.locator('script:not([src])').evaluateAll((nodes) => nodes.filter((n) => n.textContent?.includes('alert(')).length)).toBe(0);
			// Free text (title, search) is taken as text when it has no control characters and fits;
			// every other value is ignored and reported, as (isolated) text.
			const value = payload.trim();
			const taken = params.filter((p) => p in FREE_TEXT_MAX && value !== '' && !/\p{Cc}/u.test(value) && value.length <= FREE_TEXT_MAX[p]!);
			await expect(page.locator('.notices li')).toHaveCount(params.length - taken.length);
			await expect(page.locator('.notices li').first()).toContainText('„\u2068jaar\u2069”');
		}
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
	});
}

test('hostile text in the embed dialog title ends up encoded, never as markup', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/?jaar=2022');
	await page.getByRole('button', { name: 'Insluiten' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Titel (optioneel)').fill('"></iframe><script>alert(1)</script>');
	const code = await dialog.getByRole('textbox', { name: 'Code' }).inputValue();
	expect(code).not.toContain('<script>alert(1)</script>');
	expect(code).toContain('title=%22%3E%3C%2Fiframe%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E');
	expect(code.match(/<iframe/g)).toHaveLength(1);
	// In the embed the title is the reader's text, shown as text.
	await expect(dialog.frameLocator('iframe').locator('h1')).toHaveText('"></iframe><script>alert(1)</script>');
	expect(dialogs).toBe(0);
});

test('a data file that fails to load is named, with a retry; the prerendered map and figures stay', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	let block = true;
	await page.route('**/data/monitor-2025.json', (route) => (block ? route.abort() : route.continue()));
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('De monitorgegevens van 2025: laden mislukt');
	await expect(page.locator('[data-ssr-map] svg[role="img"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Legenda 2025' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Landelijke cijfers 2025' })).toBeVisible();
	block = false;
	await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
	await mapIdle(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a data file that is not JSON is named too; the map drawn before it stays, and a retry loads the rest', async ({ page }) => {
	let corrupt = true;
	await page.route('**/data/crosswalk.json', (route) =>
		corrupt ? route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json' }) : route.continue()
	);
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('De koppeltabel tussen de gemeentelijke indelingen: niet wat de kaart verwacht');
	await expect(alert).toContainText('not valid JSON');
	// The crosswalk loads after the map has drawn the year shown: that map is still there.
	await mapIdle(page);
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
	corrupt = false;
	await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('radio', { name: 'Verandering' }).check();
	await expect(page.getByRole('heading', { name: 'Verandering 2022–2025' })).toBeVisible();
});

test('losing the WebGL context brings back the SVG map; restoring it brings back MapLibre', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	await page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
		(window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
		(window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
	});
	await expect(page.getByRole('application')).toHaveAttribute('data-map-state', 'error');
	await expect(page.locator('svg.svg-map')).toBeVisible();
	await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
	await mapIdle(page);
	expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
});

test('free text in the URL is taken as text: punctuation accepted, bidi overrides isolated', async ({ page }) => {
	const title = 'Beleid: hoe staat uw gemeente ervoor? – "ja" voor 100%';
	await page.goto(`/embed?jaar=2022&title=${encodeURIComponent(title)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('.notices')).toHaveCount(0);
	await page.goto(`/tabel?jaar=2022&q=${encodeURIComponent("'s-Hertogenbosch?")}`);
	await expect(page.locator('.notices')).toHaveCount(0);
	// A right-to-left override in a parameter stays inside its isolate: the sentence reads normally.
	await page.goto('/?jaar=%E2%80%AE2022');
	await expect(page.locator('.notices li')).toHaveText('De waarde „\u2068\u202e2022\u2069” voor „\u2068jaar\u2069” in de link is ongeldig en genegeerd.');
});
