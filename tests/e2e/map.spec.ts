import { expect, test, type Page } from '@playwright/test';
import { PERF_MARKS } from '../../src/lib/perfMarks';
import { STATUS_COLOURS } from '../../src/lib/model/palette';
import {
	allDataIn,
	colourCounts,
	differingShare,
	expectNoAxeViolations,
	holdBack,
	mapComplete,
	mapIdle,
	offsite,
	recordErrors,
	recordRequests,
	settleMap,
	shareOf
} from './helpers';

test('the home page draws the latest survey year with MapLibre, all from localhost', async ({ page }) => {
	const requests = recordRequests(page);
	const errors = recordErrors(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokaal antidiscriminatiebeleid per gemeente, 2025');
	await expect(page.getByRole('note')).toContainText('Voorbeeldgegevens: status per gemeente verzonnen');
	await expect(page.getByRole('note').getByRole('link', { name: 'Wat betekent dit?' })).toHaveAttribute('href', '/over#voorbeeldgegevens');
	await mapIdle(page);

	// Not blank: the canvas shows the status colours and the white background.
	const shot = colourCounts(await page.locator('canvas.maplibregl-canvas').screenshot());
	for (const status of ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid'] as const) {
		expect(shareOf(shot, STATUS_COLOURS[status], 8), status).toBeGreaterThan(0.005);
	}
	expect(shareOf(shot, '#ffffff', 2)).toBeGreaterThan(0.1);
	expect(offsite(requests)).toEqual([]);
	expect(errors).toEqual([]);
});

test('switching years changes colours and legend, keeps the selection through mergers, and refetches no geometry', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto('/?jaar=2022&gemeente=GM1959');
	await mapIdle(page);
	const panel = page.getByRole('region', { name: 'Altena' });
	await expect(panel).toBeVisible();
	const legend = page.getByRole('region', { name: 'Legenda 2022' });
	await expect(legend.locator('[data-status="onbekend"]')).toContainText('183 van 345 gemeenten deden niet mee');
	const canvas = page.locator('canvas.maplibregl-canvas');
	// Every year on the map and drawn once: what follows compares pictures of a map that is done.
	await mapComplete(page);
	await settleMap(page, () => page.getByRole('button', { name: 'Heel Nederland' }).click());
	const before = await canvas.screenshot();

	await settleMap(page, () => page.getByRole('radio', { name: '2017' }).check());
	await expect(page).toHaveURL(/\?jaar=2017&gemeente=GM1959$/);
	await expect(page.getByRole('region', { name: 'Legenda 2017' }).locator('[data-status="onbekend"]')).toContainText('234 van 388 gemeenten deden niet mee');
	await expect(panel).toContainText('Altena bestond in 2017 nog niet. Het is ontstaan uit Aalburg, Werkendam en Woudrichem');
	// Other boundaries and other statuses: a good part of the map looks different; back to 2022
	// it looks as before.
	const after = await canvas.screenshot();
	expect(differingShare(before, after)).toBeGreaterThan(0.05);
	await settleMap(page, () => page.getByRole('radio', { name: '2022' }).check());
	expect(differingShare(before, await canvas.screenshot())).toBeLessThan(0.01);
	await page.getByRole('radio', { name: '2017' }).check();

	await page.getByRole('radio', { name: '2025' }).check();
	await expect(page).toHaveURL(/\?jaar=2025&gemeente=GM1959$/);
	for (const year of [2017, 2022, 2025]) {
		expect(
			requests.filter((u) => u.pathname === `/data/gemeenten-${year}.topojson`),
			`${year}`
		).toHaveLength(1);
	}
});

test("a year switch draws the map in the click's own task; the tab's title and MapLibre's idle follow in later tasks", async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2025');
	await mapIdle(page);
	await mapComplete(page);
	await expect(page).toHaveTitle(/2025/);
	const inTask = await page.evaluate(async (marks) => {
		performance.clearMarks(marks.mapUpdated);
		performance.clearMarks(marks.mapIdle);
		const title = document.title;
		document.querySelector<HTMLInputElement>('input[name="jaar"][value="2017"]')!.click();
		// Svelte applies the change in a microtask of this task: wait for it without leaving the task.
		for (let i = 0; i < 20 && !performance.getEntriesByName(marks.mapUpdated).length; i++) await Promise.resolve();
		return {
			updated: performance.getEntriesByName(marks.mapUpdated).length,
			idle: performance.getEntriesByName(marks.mapIdle).length,
			heading: document.querySelector('h1')!.textContent,
			titleKept: document.title === title
		};
	}, PERF_MARKS);
	// The map and the heading change at once; MapLibre's second render (nothing new on screen) and the tab's
	// title come after, each outside the click's task.
	expect(inTask).toEqual({ updated: 1, idle: 0, heading: expect.stringContaining('2017'), titleKept: true });
	await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF_MARKS.mapIdle);
	await expect(page).toHaveTitle(/2017/);
	expect(errors).toEqual([]);
});

const searchIndexBuilt = (page: Page) => page.evaluate((name) => performance.getEntriesByName(name).length, PERF_MARKS.searchIndexBuilt);

test('search finds names in any spelling and former municipalities, with explanations', async ({ page }) => {
	await page.goto('/?jaar=2025');
	const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
	const choose = async (query: string, option: string) => {
		await search.fill(query);
		await expect(page.getByRole('option').first()).toContainText(option);
		await search.press('Enter');
	};
	// The index of names is built at the first search, not as the data comes in (≈ 10 ms of a laptop's CPU).
	await allDataIn(page);
	expect(await searchIndexBuilt(page)).toBe(0);
	await choose('altena', 'Altena');
	expect(await searchIndexBuilt(page)).toBe(1);
	await expect(page.getByRole('region', { name: 'Altena' })).toBeVisible();
	await expect(page).toHaveURL(/gemeente=GM1959/);

	await choose('s-hertogenbosch', "'s-Hertogenbosch");
	await expect(page.getByRole('region', { name: "'s-Hertogenbosch" })).toBeVisible();

	await choose('Súdwest', 'Súdwest-Fryslân');
	await expect(page.getByRole('region', { name: 'Súdwest-Fryslân' })).toBeVisible();

	await search.fill('Haaren');
	await expect(page.getByRole('option').first()).toContainText('gemeente in 2017; in 2025: Vught, Oisterwijk, Tilburg en Boxtel');
	await search.press('Enter');
	const haaren = page.getByRole('region', { name: 'Haaren' });
	await expect(haaren).toContainText('Haaren bestaat in 2025 niet meer. Het gebied hoort nu bij Vught, Oisterwijk, Tilburg en Boxtel');

	await search.fill('Weesp');
	await expect(page.getByRole('option').first()).toContainText('in 2025: Amsterdam');
	await search.press('Enter');
	await expect(page.getByRole('region', { name: 'Weesp' })).toContainText('Weesp bestaat in 2025 niet meer. Het gebied hoort nu bij Amsterdam');
});

test('the embed builds its search index at the first search too', async ({ page }) => {
	await page.goto('/embed?jaar=2022&search=1');
	await allDataIn(page);
	expect(await searchIndexBuilt(page)).toBe(0);
	await page.getByRole('combobox', { name: 'Zoek een gemeente' }).fill('utrecht');
	await expect(page.getByRole('option').first()).toContainText('Utrecht');
	expect(await searchIndexBuilt(page)).toBe(1);
});

test('the URL restores the view on reload, and hostile values fall back with a notice', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2017&gemeente=GM0017');
	await expect(page.getByRole('radio', { name: '2017' })).toBeChecked();
	// The details panel needs the indexes and the register, which load after the map is drawn.
	await expect(page.getByRole('region', { name: 'Haren' })).toBeVisible({ timeout: 20_000 });
	await page.reload();
	await expect(page.getByRole('radio', { name: '2017' })).toBeChecked();
	await expect(page.getByRole('region', { name: 'Haren' })).toBeVisible({ timeout: 20_000 });
	await page.getByRole('region', { name: 'Haren' }).getByRole('button', { name: 'Sluiten' }).click();
	await expect(page).toHaveURL(/\?jaar=2017$/);

	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/?jaar=<script>alert(1)</script>&gemeente=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
	await expect(page.getByRole('radio', { name: '2025' })).toBeChecked();
	// Values from the URL are isolated (FSI … PDI) inside the sentence.
	await expect(page.getByText('De waarde „\u2068<script>alert(1)</script>\u2069” voor „\u2068jaar\u2069” in de link is ongeldig en genegeerd.')).toBeVisible();
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	await page.goto('/?gemeente=GM9999');
	await expect(page.getByText('Gemeentecode „\u2068GM9999\u2069” bestaat in geen van de onderzoeksjaren; de keuze is genegeerd.')).toBeVisible();
	expect(dialogs).toBe(0);
	expect(errors).toEqual([]);
});

test('keyboard only: tab to the map, move with arrows, select, read the panel, close it', async ({ page }) => {
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	const map = page.getByRole('application');
	for (let i = 0; i < 40 && !(await map.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(map).toBeFocused();
	await page.keyboard.press('ArrowRight');
	const announcement = page.getByTestId('map-announcement');
	await expect(announcement).not.toBeEmpty();
	const first = await announcement.textContent();
	await page.keyboard.press('ArrowUp');
	await expect(announcement).not.toHaveText(first!);
	const name = (await announcement.textContent())!.split(',')[0];
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name });
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(/gemeente=GM\d{4}/);
	const close = panel.getByRole('button', { name: 'Sluiten' });
	for (let i = 0; i < 40 && !(await close.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(close).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel).toHaveCount(0);
	await map.focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Escape');
	await expect(announcement).toBeEmpty();
});

test('axe finds no violations on the map page and a municipality page', async ({ page }) => {
	await page.goto('/?jaar=2022&gemeente=GM0363');
	await mapIdle(page);
	await expectNoAxeViolations(page);
	await page.goto('/gemeente/GM0363');
	await expectNoAxeViolations(page);
});

test('the English page is prerendered with English text, reached through the language link', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2017&gemeente=GM0017');
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en\/?\?jaar=2017&gemeente=GM0017$/);
	await mapIdle(page);
	await expect(page.getByRole('region', { name: 'Haren' })).toContainText('Status per survey year');
	expect(errors).toEqual([]);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Local anti-discrimination policy per municipality, 2017');
	await expect(page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' })).toHaveAttribute('href', '/');
});

test('the site serves the geography and data contracts, marked synthetic', async ({ request }) => {
	for (const [year, count] of [
		[2017, 388],
		[2022, 345],
		[2025, 342]
	]) {
		const topology = await (await request.get(`/data/gemeenten-${year}.topojson`)).json();
		expect(topology.objects.gemeenten.geometries).toHaveLength(count);
		expect(await (await request.get(`/data/gemeenten-${year}.json`)).json()).toHaveLength(count);
		const monitor = await (await request.get(`/data/monitor-${year}.json`)).json();
		expect(monitor.synthetic).toBe(true);
		const csv = await (await request.get(`/data/monitor-${year}.csv`)).text();
		expect(csv.split('\n')[1]).toMatch(/^SYNTHETISCHE VOORBEELDGEGEVENS/);
	}
	expect(Object.keys(await (await request.get('/data/crosswalk.json')).json())).toEqual(['2017-2022', '2022-2025']);
	expect((await (await request.get('/data/voorzieningen.json')).json()).byMunicipality['2025']['GM0363']).toBe('mdra');
	expect((await (await request.get('/data/published.json')).json()).figures.length).toBeGreaterThan(5);
	// The schemas the build and the browser check these files against, as JSON Schema.
	for (const name of ['monitor', 'gemeenten', 'gemeenten-topojson', 'crosswalk', 'voorzieningen', 'published', 'kenmerken']) {
		const schema = await (await request.get(`/data/schema/${name}.schema.json`)).json();
		expect(schema, name).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: name });
	}
});

test('the year shown loads first; the rest after the map is drawn, and a switch before it is all in draws the right year', async ({ page }) => {
	const requests = recordRequests(page);
	// Hold back the crosswalk: the indexes, register and change view wait for it, single years do not.
	const release = await holdBack(page, '**/data/crosswalk.json');
	await page.goto('/');
	await mapIdle(page);

	// Until the map showed 2025's data (the prerendered map, then coloured from the data), only 2025's
	// geometry and monitor data were requested.
	const timeline = await page.evaluate(() => ({
		firstDrawn: performance.getEntriesByName('beleidskaart:map-drawn')[0].startTime,
		data: performance
			.getEntriesByType('resource')
			.filter((r) => new URL(r.name).pathname.startsWith('/data/'))
			.map((r) => ({ path: new URL(r.name).pathname, start: r.startTime }))
	}));
	expect(
		timeline.data
			.filter((r) => r.start < timeline.firstDrawn)
			.map((r) => r.path)
			.sort()
	).toEqual(['/data/gemeenten-2025.topojson', '/data/monitor-2025.json']);

	// The rest is still loading (the crosswalk is held): switching to 2017 draws 2017 all the same.
	const canvas = page.locator('canvas.maplibregl-canvas');
	const in2025 = await canvas.screenshot();
	await page.getByRole('radio', { name: '2017' }).check();
	await expect.poll(async () => differingShare(in2025, await canvas.screenshot()), { timeout: 20_000 }).toBeGreaterThan(0.05);
	await mapIdle(page);
	await page.addStyleTag({ content: '.place-labels { visibility: hidden; }' });
	const early2017 = await canvas.screenshot();

	// Once everything is in, 2017 looks just the same (place names aside: they come with the index),
	// and no year was fetched twice.
	release();
	await mapComplete(page);
	await page.getByRole('radio', { name: '2022' }).check();
	await page.getByRole('radio', { name: '2017' }).check();
	await expect.poll(async () => differingShare(early2017, await canvas.screenshot()), { timeout: 10_000 }).toBeLessThan(0.01);
	for (const path of ['/data/gemeenten-2017.topojson', '/data/monitor-2017.json', '/data/gemeenten-2025.topojson']) {
		expect(
			requests.filter((u) => u.pathname === path),
			path
		).toHaveLength(1);
	}
});
