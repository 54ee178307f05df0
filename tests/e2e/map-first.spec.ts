import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STATUS_COLOURS } from '../../src/lib/model/palette';
import {
	allDataIn,
	colourCounts,
	differingShare,
	holdBack,
	mapIdle,
	recordRemovedElements,
	recordRequests,
	removedElements,
	shareOf,
	svgMapReady
} from './helpers';

// How readers meet the map: a desktop at 1440×900 and a phone at 390×844 with touch.
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function mapBox(page: Page) {
	return (await page.locator('.map-stack').boundingBox())!;
}

/** Share of the map canvas in a status colour: the country is in the frame when it is well above 0. */
async function countryShown(page: Page) {
	const shot = colourCounts(await page.locator('canvas.maplibregl-canvas').screenshot());
	return (['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid'] as const).reduce(
		(sum, s) => sum + shareOf(shot, STATUS_COLOURS[s], 8),
		0
	);
}

async function searchFor(page: Page, name: string) {
	const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
	await search.fill(name);
	await expect(page.getByRole('option').first()).toContainText(name);
	await search.press('Enter');
}

test.describe('desktop', () => {
	test.use(DESKTOP);

	test('the map fills the first screen, and a search answers beside it', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const box = await mapBox(page);
		expect(box.y).toBeLessThanOrEqual(900 * 0.25);
		expect(box.height).toBeGreaterThanOrEqual(900 * 0.5);
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		await expect(page.getByRole('region', { name: 'Legenda 2025' })).toBeInViewport();

		await searchFor(page, 'Utrecht');
		const panel = page.getByRole('region', { name: 'Utrecht' });
		await expect(panel.getByText('Antidiscriminatievoorziening', { exact: false }).first()).toBeInViewport();
		// Beside the map, never below it.
		expect((await panel.boundingBox())!.x).toBeGreaterThan(box.x + box.width);
	});

	test('the wheel scrolls the page, Ctrl+wheel zooms, and the country never leaves the map', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const canvas = page.locator('canvas.maplibregl-canvas');
		const box = await mapBox(page);
		// Place names come with the data: let them settle first. Pictures are taken with the pointer off
		// the map (over it, the municipality under it is outlined and named).
		await expect(page.locator('.place-labels span').first()).toBeVisible();
		await page.mouse.move(5, 5);
		const before = await canvas.screenshot();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		// The map says how to zoom instead, then fades that out; it did not zoom.
		const hint = page.locator('.maplibregl-cooperative-gesture-screen');
		await expect(hint).toContainText('Gebruik Ctrl + scrollen om in te zoomen op de kaart');
		await expect(hint).not.toHaveClass(/maplibregl-show/, { timeout: 5000 });
		await page.waitForTimeout(2200);
		await page.mouse.move(5, 5);
		expect(differingShare(before, await canvas.screenshot())).toBeLessThan(0.01);

		await page.evaluate(() => scrollTo(0, 0));
		const start = await mapBox(page);
		await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -600);
		await page.keyboard.up('Control');
		await page.waitForTimeout(800);
		expect(differingShare(before, await canvas.screenshot())).toBeGreaterThan(0.05);

		// Drag far away in every direction: some of the country stays in the frame.
		for (const [dx, dy] of [
			[2000, 0],
			[-4000, 0],
			[2000, 2000],
			[0, -4000]
		]) {
			await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
			await page.mouse.down();
			await page.mouse.move(start.x + start.width / 2 + dx / 4, start.y + start.height / 2 + dy / 4, { steps: 10 });
			await page.mouse.up();
			await page.waitForTimeout(300);
			expect(await countryShown(page)).toBeGreaterThan(0.02);
		}
		// Zooming out stops at the whole country.
		await page.getByRole('button', { name: 'Heel Nederland' }).click();
		await page.waitForTimeout(300);
		const whole = await canvas.screenshot();
		await page.getByRole('application').press('-');
		await page.getByRole('application').press('-');
		await page.waitForTimeout(300);
		expect(differingShare(whole, await canvas.screenshot())).toBeLessThan(0.02);
	});

	test('place names are on the map, drawn by us', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const labels = page.locator('.place-labels span');
		await expect(labels.filter({ hasText: /^Amsterdam$/ })).toHaveCount(1);
		await expect(labels.filter({ hasText: /^Maastricht$/ })).toHaveCount(1);
		const atCountryZoom = await labels.count();
		expect(atCountryZoom).toBeLessThanOrEqual(16);
		await searchFor(page, 'Amersfoort');
		await expect.poll(() => labels.count()).toBeGreaterThan(3);
		await expect(labels.filter({ hasText: /^Amersfoort$/ })).toHaveCount(1);
	});
});

test.describe('phone', () => {
	test.use(PHONE);

	test('a phone that reads and taps never loads MapLibre; the first + does, and zooms', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('/');
		await svgMapReady(page);
		// All the data in: a selection made before that is framed when it arrives (as a shared link's is).
		await allDataIn(page);
		const map = page.getByRole('application');
		// The prerendered map is the interactive map: a tap selects, the selection is outlined over it
		// with the municipality's own path, and place names are there.
		await expect(map).toHaveAttribute('data-renderer', 'prerendered');
		const utrecht = page.locator('.ssr-map path[data-code="GM0344"]');
		await utrecht.tap();
		await expect(page.getByRole('region', { name: 'Utrecht' })).toBeVisible();
		await expect(page.locator('.ssr-map svg.outlines path').nth(1)).toHaveAttribute('d', (await utrecht.getAttribute('d'))!);
		await expect(page.locator('.ssr-map .place-labels span').first()).toBeVisible();
		// Another year is drawn by the live SVG map, still without MapLibre.
		await page.getByRole('radio', { name: '2017' }).check();
		await expect(map).toHaveAttribute('data-renderer', 'svg');
		await expect(page.locator('svg.svg-map path[data-code="GM0344"]')).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(0);
		// No MapLibre: neither its code nor its worker (the data checks have a small worker of their own).
		expect(requests.filter((u) => /maplibre/i.test(u.pathname))).toEqual([]);

		// The first tap on + asks for MapLibre, which comes up zoomed in: Amsterdam and Utrecht are
		// both named, the country's far corners are out of the frame.
		await page.getByRole('button', { name: 'Inzoomen' }).tap();
		await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
		await expect(map).toHaveAttribute('data-renderer', 'maplibre');
		await expect(page.getByRole('button', { name: 'Heel Nederland' })).toBeVisible();
		const names = page.locator('.maplibre .place-labels span');
		await expect(names.filter({ hasText: 'Utrecht' })).toBeVisible();
		await expect(names.filter({ hasText: 'Maastricht' })).toHaveCount(0);
		await expect(names.filter({ hasText: 'Groningen' })).toHaveCount(0);
	});

	test('the map takes at most two thirds of the screen, and a search brings the answer on screen', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		const box = await mapBox(page);
		expect(box.y).toBeLessThanOrEqual(844 * 0.25);
		expect(box.height).toBeGreaterThanOrEqual(844 * 0.35);
		expect(box.height).toBeLessThanOrEqual(844 * 0.65);
		await searchFor(page, 'Utrecht');
		const panel = page.getByRole('region', { name: 'Utrecht' });
		await expect(panel.getByRole('heading', { name: 'Utrecht', level: 2 })).toBeInViewport();
		await expect(panel.getByRole('heading', { name: 'Utrecht', level: 2 })).toBeFocused();
	});

	test('one finger on the map scrolls the page; two fingers pan the map', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		await expect(page.locator('.place-labels span').first()).toBeVisible();
		const canvas = page.locator('canvas.maplibregl-canvas');
		const box = await mapBox(page);
		const cdp = await page.context().newCDPSession(page);
		const before = await canvas.screenshot();
		const [x, y] = [box.x + box.width / 2, box.y + box.height * 0.8];
		// One finger drawn upwards over the map, through the browser's own touch input.
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 30 }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		await page.waitForTimeout(2500);
		expect(differingShare(before, await canvas.screenshot())).toBeLessThan(0.01);

		// At the whole country there is nothing to pan to: zoom in first.
		await page.evaluate(() => scrollTo(0, 0));
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await page.waitForTimeout(600);
		const zoomed = await canvas.screenshot();
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForTimeout(300);
		const top = await mapBox(page);
		const [cx, cy] = [top.x + top.width / 2, top.y + top.height / 2];
		const fingers = (dx: number) => [
			{ x: cx - 40 + dx, y: cy, id: 1 },
			{ x: cx + 40 + dx, y: cy, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
		for (let step = 1; step <= 10; step++) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(step * 12) });
			await page.waitForTimeout(16);
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await page.waitForTimeout(600);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(differingShare(zoomed, await canvas.screenshot())).toBeGreaterThan(0.05);
	});
});

test('no route scrolls sideways on a 320 px screen', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	for (const route of ['/', '/tabel', '/data/', '/over', '/gemeente', '/gemeente/GM0363', '/embed', '/en/', '/en/tabel', '/404']) {
		await page.goto(route);
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(320);
	}
	// Controls a finger can hit.
	await page.goto('/tabel');
	for (const control of await page.locator('select, input[type="search"]').all()) expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await context.close();
});

test('an unknown page is a real 404 with a way back, in both languages', async ({ page }) => {
	const response = await page.goto('/gemeente/GM9999');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await expect(page.getByRole('link', { name: 'Naar de kaart' })).toHaveAttribute('href', '/');
	await expect(page.getByRole('banner')).toBeVisible();
	const english = await page.goto('/en/gemeente/GM9999');
	expect(english!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'To the map' })).toHaveAttribute('href', '/en/');
});

test('offline, a page that cannot load says so in words with a retry', async ({ page, context }) => {
	await page.goto('/');
	await mapIdle(page);
	await context.setOffline(true);
	await page.locator('.actions').getByRole('link', { name: 'Tabel' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
	await expect(page.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
	await context.setOffline(false);
});

test('nothing below the map moves as the page settles: the data, the picture menu and the islands take the room they had', async ({ browser }) => {
	// Where the parts below the map are once the page is parsed, and where they are once it has settled.
	// (The regions chart at the bottom may grow once it is built: where it starts is what must stay.)
	const places = () =>
		['.actions', '.side-area', '.more'].map((selector) => {
			const box = document.querySelector(selector)!.getBoundingClientRect();
			return `${selector} ${Math.round(box.top + scrollY)}${selector === '.actions' ? `+${Math.round(box.height)}` : ''}`;
		});
	const phoneLikeLighthouse = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
	for (const options of [PHONE, phoneLikeLighthouse, { viewport: { width: 1440, height: 900 } }]) {
		const context = await browser.newContext(options);
		const page = await context.newPage();
		await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => (window.parsed = (${places.toString()})()));`);
		await page.goto('/');
		await allDataIn(page);
		await page.waitForLoadState('networkidle');
		// The picture menu's choices are built when the reader reaches for it (here the keyboard's focus), inside the menu (closed).
		const choices = page.locator('details.export .options');
		await expect(choices).not.toBeAttached();
		await page.locator('details.export summary').focus();
		await expect(choices).toBeAttached();
		await expect(page.locator('details.export')).not.toHaveAttribute('open');
		const parsed = await page.evaluate(() => (window as unknown as { parsed: string[] }).parsed);
		expect(await page.evaluate(places), JSON.stringify(options.viewport)).toEqual(parsed);
		await context.close();
	}
});

test('on a phone the picture menu opens on screen, whole, and downloads', async ({ browser }) => {
	for (const width of [320, 390]) {
		const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
		const page = await context.newPage();
		await page.goto('/');
		await allDataIn(page);
		await page.getByText('Afbeelding downloaden').click();
		const choices = page.locator('details.export .options');
		await expect(choices).toBeVisible();
		const box = (await choices.boundingBox())!;
		expect(box.x, `${width} px`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
		expect(box.y, `${width} px`).toBeGreaterThanOrEqual(0);
		// The summary stays uncovered, to close the menu again.
		const summary = page.locator('details.export summary');
		const at = (await summary.boundingBox())!;
		const uncovered = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('summary') !== null, [at.x + 20, at.y + at.height / 2]);
		expect(uncovered, `${width} px`).toBe(true);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'SVG (vector, te bewerken)' }).click();
		expect((await download).suggestedFilename()).toBe('beleidskaart-2025.svg');
		await summary.click();
		await expect(choices).toBeHidden();
		await context.close();
	}
});

test('a tap on the prerendered map answers at once, before the data is in, without loading the page again', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	// The map's data arrives late, as on a slow phone network.
	await page.route('**/data/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 4000));
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	// Before the data: the map tells a screen reader how many municipalities it shows (the page's counts), not none.
	await expect(page.getByRole('application')).toHaveAttribute('aria-label', 'Kaart van de 342 gemeenten in 2025');
	await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
	const utrecht = page.locator('.ssr-map [data-code="GM0344"]').first();
	const box = (await utrecht.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	// Name and status from the prerendered map, in view, long before the 4 s delay is over.
	const answer = page.locator('.quick-answer[data-code="GM0344"]');
	await expect(answer).toContainText('Utrecht', { timeout: 1500 });
	await expect(answer).toBeInViewport();
	await expect(page).toHaveURL(/gemeente=GM0344/);
	expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
	// Then the full details replace it.
	await expect(page.locator('section.panel[data-code="GM0344"]')).toBeVisible({ timeout: 30_000 });
	await expect(answer).toHaveCount(0);
	// The data's arrival does not move the map the reader tapped on.
	await allDataIn(page);
	await expect(page.getByRole('application')).toHaveAttribute('data-renderer', 'prerendered');
	await context.close();
});

test('once the data is in, a tap on the map answers with the details, their code already fetched', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.goto('/');
	await allDataIn(page);
	await svgMapReady(page);
	// The panel's code is fetched when the browser is idle after the data: by now the network is quiet.
	await page.waitForLoadState('networkidle');
	const requests = recordRequests(page);
	const amersfoort = page.locator('[data-renderer] svg [data-code="GM0307"]').first();
	const box = (await amersfoort.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	const panel = page.getByRole('region', { name: 'Amersfoort' });
	await expect(panel).toBeVisible();
	await expect(panel).toBeInViewport();
	// Nothing was fetched for the answer: no script, no data.
	expect(requests.filter((u) => u.pathname.startsWith('/_app/') || u.pathname.startsWith('/data/')).map((u) => u.pathname)).toEqual([]);
	await context.close();
});

test("where scripts run, the prerendered map's links are gone before any of the app's code runs", async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	// None of the app's code has run: the page's own inline script took the links out.
	const release = await holdBack(page, '**/_app/**');
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const map = page.locator('.ssr-map svg.prerendered-map');
	await expect(map.locator('path[data-code]')).toHaveCount(342);
	await expect(map.locator('a')).toHaveCount(0);
	expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
	release();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	await expect(map.locator('a')).toHaveCount(0);
	await context.close();
});

test('the parts hydrated after the page (islands) take over the prerendered markup and answer', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await recordRemovedElements(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	const islands = page.locator('.island');
	expect(await islands.count()).toBeGreaterThanOrEqual(6);
	for (const island of await islands.all()) expect(await island.innerHTML()).not.toBe('');
	expect(await removedElements(page)).toEqual([]);
	// An island's own controls answer: the legend highlights, the year switch switches.
	const none = page.getByRole('button', { name: /^Geen beleid/ });
	await none.click();
	await expect(none).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('radio', { name: '2022' }).check({ force: true });
	await expect(page).toHaveURL(/jaar=2022/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2022');
	await context.close();
});

test('a tap on the prerendered map before the app has started is answered once it has', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const release = await holdBack(page, '**/_app/**');
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const amersfoort = page.locator('.ssr-map svg.prerendered-map [data-code="GM0307"]');
	const box = (await amersfoort.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
	release();
	await expect(page).toHaveURL(/[?&]gemeente=GM0307\b/);
	const panel = page.getByRole('region', { name: 'Amersfoort' });
	await expect(panel).toBeVisible();
	await expect(panel).toBeInViewport();
	// Only that tap: the page's own listener is gone once the app answers taps.
	expect(await page.locator('.ssr-map svg.prerendered-map').getAttribute('data-early-tap')).toBeNull();
	await context.close();
});

// Svelte sets an attribute given a number or a boolean through the element's property when it has one,
// and the first such look at an element type reads the setters of all its prototypes: a few ms of a
// phone's main thread per type, inside the one task that hydrates the page (README § Performance).
// The first view's attributes are written as strings, or left out, so that the look never happens.
for (const path of ['/', '/embed?jaar=2022']) {
	test(`${path} hydrates, takes its data in and shows what follows the map without reading any element type's setters`, async ({ browser }) => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.addInitScript(() => {
			const reads: string[] = [];
			(window as unknown as { setterReads: string[] }).setterReads = reads;
			const describe = Object.getOwnPropertyDescriptors;
			Object.getOwnPropertyDescriptors = function <T>(object: T) {
				// An element, or a prototype between it and Element.prototype.
				if (Object.prototype.isPrototypeOf.call(Element.prototype, object as object)) reads.push(String((object as object).constructor?.name));
				return describe(object);
			};
		});
		await page.goto(path);
		await allDataIn(page);
		await svgMapReady(page);
		// To the end of the page: the map page's regions chart comes as the reader nears it.
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
		if (path === '/') await expect(page.locator('.regions')).toBeVisible({ timeout: 20_000 });
		expect(await page.evaluate(() => (window as unknown as { setterReads: string[] }).setterReads)).toEqual([]);
		await context.close();
	});
}

// SvelteKit's router reads the tab's session storage as its module starts, and loads the error page
// with every page (to show it offline). The first read of session storage waits for the browser
// process, and a stylesheet added to the page restyles the whole prerendered map: either would be
// work in the tasks after the first paint that hold up a tap (README § Performance).
for (const path of ['/', '/tabel?jaar=2022', '/embed?jaar=2022']) {
	test(`${path} opens session storage while its head is parsed, and its start adds no stylesheet`, async ({ browser }) => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.addInitScript(() => {
			const record = window as unknown as { storageOpenedWhile?: string; stylesheetsAdded: string[] };
			record.stylesheetsAdded = [];
			const owner = Object.getOwnPropertyDescriptor(window, 'sessionStorage') ? window : Window.prototype;
			const storage = Object.getOwnPropertyDescriptor(owner, 'sessionStorage')!;
			Object.defineProperty(owner, 'sessionStorage', {
				...storage,
				get() {
					record.storageOpenedWhile ??= document.readyState;
					return storage.get!.call(this);
				}
			});
			new MutationObserver((changes) => {
				for (const change of changes)
					for (const node of change.addedNodes)
						if (node instanceof HTMLLinkElement && node.rel === 'stylesheet' && document.readyState !== 'loading') record.stylesheetsAdded.push(node.href);
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes', { timeout: 30_000 });
		const record = await page.evaluate(() => {
			const { storageOpenedWhile, stylesheetsAdded } = window as unknown as { storageOpenedWhile?: string; stylesheetsAdded: string[] };
			return { storageOpenedWhile, stylesheetsAdded };
		});
		expect(record.storageOpenedWhile).toBe('loading');
		expect(record.stylesheetsAdded).toEqual([]);
		await context.close();
	});
}

test('the first frame shows the map whole, on a slow phone with the page arriving in pieces', async ({ browser, baseURL }) => {
	// The page as a slow network delivers it: the document up to the middle of the prerendered map,
	// then the rest a while later; everything else from the site as it is. Parsed on a phone's CPU,
	// the browser would paint the part it has parsed (heading, half a map) and the rest frames later.
	const html = await (await fetch(`${baseURL}/`)).text();
	const map = html.indexOf('<svg class="prerendered-map');
	const cut = map + Math.floor((html.indexOf('id="map-credits"') - map) / 2);
	expect(map).toBeGreaterThan(0);
	const proxy = createServer(async (request, response) => {
		if (request.url === '/') {
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			response.write(html.slice(0, cut));
			await new Promise((resolve) => setTimeout(resolve, 500));
			return response.end(html.slice(cut));
		}
		const upstream = await fetch(`${baseURL}${request.url}`);
		response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
		response.end(Buffer.from(await upstream.arrayBuffer()));
	});
	await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	try {
		const page = await browser.newPage(PHONE);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`);
		await svgMapReady(page);
		const paints = await page.evaluate(
			() =>
				new Promise<{ first: number; largest: Array<{ id: string; at: number }> }>((resolve) => {
					// Largest-paint entries are kept for an observer only (buffered), not in the timeline.
					new PerformanceObserver((list) =>
						resolve({
							first: performance.getEntriesByName('first-contentful-paint')[0].startTime,
							largest: (list.getEntries() as Array<PerformanceEntry & { element: Element | null }>).map((e) => ({ id: e.element?.id ?? '', at: e.startTime }))
						})
					).observe({ type: 'largest-contentful-paint', buffered: true });
				})
		);
		// The largest text on the first screen is the credits line under the map: it painted in the
		// first frame, with all above it (a smaller candidate of the same frame may be listed before it).
		expect(paints.largest.at(-1)).toEqual({ id: 'map-credits', at: paints.first });
		expect(paints.largest.filter((entry) => entry.at !== paints.first)).toEqual([]);
		await page.close();
	} finally {
		await new Promise<void>((resolve) => proxy.close(() => resolve()));
	}
});
