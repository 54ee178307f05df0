import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { allDataIn, holdBack, recordRemovedElements, removedElements } from './helpers';
import { STATUS_COLOURS } from '../../src/lib/model/palette';
import { LATER_ROWS_FROM, ROWS_PER_TASK } from '../../src/lib/data/laterRows';

/** The rows of /tabel shown after the first screenful, and the batches they show in (laterRows.ts). */
const LATER_ROWS = 342 - LATER_ROWS_FROM;
const LATER_BATCHES = [...Array(Math.floor(LATER_ROWS / ROWS_PER_TASK)).fill(ROWS_PER_TASK), LATER_ROWS % ROWS_PER_TASK].filter(Boolean);

// Search by former names and the downloads need the indexes, which load after the first view.
const LOADED = { timeout: 20_000 };

test('year columns run in time order, each sortable, and the header stays in view', async ({ page }) => {
	await page.goto('/tabel?jaar=2025');
	const headers = page.locator('thead th');
	await expect(headers).toHaveText(['Gemeente', 'Provincie', 'Antidiscriminatievoorziening', 'Status 2017', 'Status 2022', 'Status 2025']);
	await page.getByRole('button', { name: 'Sorteer op Status 2017' }).click();
	await expect(page).toHaveURL(/sort=status-2017/);
	await expect(page.getByRole('columnheader', { name: 'Status 2017' })).toHaveAttribute('aria-sort', 'ascending');
	await expect(page.locator('tbody tr').first().locator('td[data-year="2017"]')).toContainText('Specifiek beleid');
	await page.getByRole('button', { name: 'Sorteer op Status 2022' }).click();
	await expect(page.locator('tbody tr').first().locator('td[data-year="2022"]')).toContainText('Specifiek beleid');
	// Far down the table the column names are still on screen.
	await page.locator('tbody tr').nth(200).scrollIntoViewIfNeeded();
	const top = await page
		.locator('thead th')
		.first()
		.evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(-1);
	expect(top).toBeLessThan(5);
});

test("a status's dot has its colour, with JavaScript and without", async ({ browser }) => {
	const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/tabel');
		await expect(page.locator('tbody tr:not([data-later])')).toHaveCount(javaScriptEnabled ? 342 : LATER_ROWS_FROM);
		const colours = await page
			.locator('td[data-status]')
			.evaluateAll((cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-status'), getComputedStyle(cell, '::before').backgroundColor])));
		expect(colours).toEqual(Object.fromEntries(Object.entries(STATUS_COLOURS).map(([status, colour]) => [status, rgb(colour)])));
		await context.close();
	}
});

test("the table's search is the map's: Weesp in 2025 finds Amsterdam, and says why", async ({ page }) => {
	await page.goto('/tabel?jaar=2025&q=Weesp');
	await expect(page.locator('tbody tr[data-code]')).toHaveCount(1, LOADED);
	await expect(page.locator('tbody tr[data-code]')).toHaveAttribute('data-code', 'GM0363');
	await expect(page.locator('.former')).toContainText('Weesp (2017 en 2022) is in 2025: Amsterdam.');
});

test('a download of exactly the rows shown, with the notice in every row', async ({ page }) => {
	await page.goto('/tabel?jaar=2022&provincie=Utrecht&sort=status-2022');
	const rows = page.locator('tbody tr[data-code]');
	await expect(rows).toHaveCount(26, LOADED);
	const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download deze 26 rijen (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('beleidskaart-tabel-2022.csv');
	const records: Record<string, string>[] = parse(await readFile(await file.path(), 'utf8'), { columns: true });
	expect(records.map((r) => r.gemeentecode)).toEqual(codes);
	expect(new Set(records.map((r) => r.gegevens))).toEqual(new Set(['SYNTHETISCHE VOORBEELDGEGEVENS / synthetic demonstration data']));
	expect(Object.keys(records[0])).toEqual([
		'gegevens',
		'gemeentecode',
		'gemeentenaam',
		'provincie',
		'antidiscriminatievoorziening',
		'status_2017',
		'status_2022',
		'status_2025'
	]);
});

test('every download link says which file it is', async ({ page }) => {
	await page.goto('/data/');
	const labels = await page.locator('.files a').allTextContents();
	expect(new Set(labels).size).toBe(labels.length);
});

test('before the data files arrive the prerendered rows filter; when they arrive the rows stay as they are', async ({ page }) => {
	const release = await holdBack(page, '**/data/**');
	await page.goto('/tabel');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	const rows = page.locator('tbody tr[data-code]');
	await expect(rows).toHaveCount(342);
	// The filters answer from the rows in the page's own data.
	await page.getByRole('combobox', { name: 'Provincie' }).selectOption('Utrecht');
	await expect(rows).toHaveCount(26);
	await expect(page.locator('caption')).toContainText('26 van 342');
	await page.getByRole('combobox', { name: 'Provincie' }).selectOption('');
	await expect(rows).toHaveCount(342);
	// The data says what the prerendered rows say: the very same row elements stay.
	await rows.first().evaluate((row) => ((row as unknown as { marked: boolean }).marked = true));
	release();
	await allDataIn(page);
	await expect(rows).toHaveCount(342);
	expect(await rows.first().evaluate((row) => (row as unknown as { marked?: boolean }).marked)).toBe(true);
});

interface LaterBatch {
	shown: number;
	rows: number;
	busy: string | null;
}

/** Records each batch of rows shown (data-later taken off), with how many rows showed then and whether the table was busy. */
async function recordLaterBatches(page: Page) {
	await page.addInitScript(() => {
		const batches: LaterBatch[] = [];
		(window as unknown as { laterBatches: LaterBatch[] }).laterBatches = batches;
		new MutationObserver((records) => {
			const shown = records.filter((r) => r.attributeName === 'data-later' && r.oldValue !== null).length;
			if (!shown) return;
			const rows = [...document.querySelectorAll('tbody tr')].filter((row) => row.getClientRects().length).length;
			batches.push({ shown, rows, busy: document.querySelector('table')!.getAttribute('aria-busy') });
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-later'], attributeOldValue: true });
	});
}

/** The batches recorded so far, taken out of the record. */
const takeLaterBatches = (page: Page) => page.evaluate(() => (window as unknown as { laterBatches: LaterBatch[] }).laterBatches.splice(0));

test('the rows after the first screenful show a few per task, the table busy meanwhile, and all reach assistive technology', async ({ page }) => {
	await recordLaterBatches(page);
	await page.goto('/tabel');
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	const batches = await takeLaterBatches(page);
	// The first screenful at once, the others a batch at a time, each batch in a task of its own.
	expect(LATER_BATCHES.length).toBeGreaterThan(5);
	expect(batches.map((b) => b.shown)).toEqual(LATER_BATCHES);
	expect(batches[0]).toEqual({ shown: ROWS_PER_TASK, rows: LATER_ROWS_FROM + ROWS_PER_TASK, busy: 'true' });
	await expect(page.locator('table')).not.toHaveAttribute('aria-busy');
	await expect(page.getByRole('row')).toHaveCount(343);
	await expect(page.getByRole('row', { name: /^Zwolle / })).toBeVisible();
	// A new order writes the rows again: the same, from the first screenful on.
	await page.getByRole('button', { name: 'Sorteer op Provincie' }).click();
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	await expect(page.getByRole('row')).toHaveCount(343);
});

test('a new order while the rows are still being shown: the new rows keep the table busy until they all show', async ({ page }) => {
	await recordLaterBatches(page);
	await page.goto('/tabel');
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	await takeLaterBatches(page);
	// Sort by province; at the first batch of its rows shown, sort by ADV: the province order's rows
	// are replaced while they are still being shown.
	await page.evaluate(() => {
		const sortBy = (column: string) => document.querySelector<HTMLButtonElement>(`button[aria-label="Sorteer op ${column}"]`)!.click();
		const observer = new MutationObserver(() => {
			observer.disconnect();
			sortBy('Antidiscriminatievoorziening');
		});
		observer.observe(document.querySelector('tbody')!, { subtree: true, attributes: true, attributeFilter: ['data-later'] });
		sortBy('Provincie');
	});
	await expect(page).toHaveURL(/sort=adv/);
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	const batches = await takeLaterBatches(page);
	// Some of the province order's batches, then all of the ADV order's: busy throughout.
	expect(batches.length).toBeGreaterThan(LATER_BATCHES.length);
	expect(batches.map((b) => b.busy)).toEqual(batches.map(() => 'true'));
	await expect(page.locator('table')).not.toHaveAttribute('aria-busy');
	await expect(page.getByRole('row')).toHaveCount(343);
});

test('the router starts with the later rows out of the document; they come back in order, and a new order replaces them all', async ({ page }) => {
	await recordLaterBatches(page);
	// How many links SvelteKit's router reads as it starts: it walks every <a> in its container.
	await page.addInitScript(() => {
		const walks: number[] = [];
		(window as unknown as { routerLinkWalks: number[] }).routerLinkWalks = walks;
		const querySelectorAll = Element.prototype.querySelectorAll;
		Element.prototype.querySelectorAll = function (this: Element, selectors: string) {
			const found = querySelectorAll.call(this, selectors);
			if (selectors === 'a' && this === document.documentElement) walks.push(found.length);
			return found;
		} as typeof querySelectorAll;
	});
	await page.goto('/tabel');
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	await expect(page.getByRole('row')).toHaveCount(343);
	const links = await page.locator('a').count();
	const walks = await page.evaluate(() => (window as unknown as { routerLinkWalks: number[] }).routerLinkWalks);
	// The first walk, as the router started: all the page's links but the later rows'.
	expect(walks[0]).toBe(links - LATER_ROWS);
	// Back in the name order, once each.
	const names = await page.locator('tbody th').allTextContents();
	expect(names).toHaveLength(342);
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
	expect(new Set(names).size).toBe(342);
	expect((await takeLaterBatches(page)).map((b) => b.shown)).toEqual(LATER_BATCHES);
});

test("a new order as the rows set aside begin to show: the new order's rows, and none of the old", async ({ page }) => {
	// At the first rows shown (the page's own, put back), sort by province.
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			observer.disconnect();
			document.querySelector<HTMLButtonElement>('button[aria-label="Sorteer op Provincie"]')!.click();
		});
		observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-later'] });
	});
	await page.goto('/tabel');
	await expect(page).toHaveURL(/sort=provincie/);
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(0);
	await expect(page.locator('table')).not.toHaveAttribute('aria-busy');
	await expect(page.getByRole('row')).toHaveCount(343);
	const provinces = await page.locator('tbody tr td:nth-of-type(1)').allTextContents();
	expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'nl')));
	expect(new Set(await page.locator('tbody th').allTextContents()).size).toBe(342);
});

test('a page whose scripts fail to load still shows every row, after 8 s', async ({ page }) => {
	await page.clock.install();
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.goto('/tabel');
	await expect(page.getByRole('row')).toHaveCount(LATER_ROWS_FROM + 1);
	await page.clock.runFor(8_000);
	await expect(page.getByRole('row')).toHaveCount(343);
});

test('the table, its notice, year switch and filters hydrate as islands, taking over the prerendered markup', async ({ page }) => {
	await recordRemovedElements(page);
	await page.goto('/tabel');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	const islands = page.locator('.island');
	// The table itself, and the three in it.
	await expect(islands).toHaveCount(4);
	await expect(islands.first().locator('.island')).toHaveCount(3);
	for (const island of await islands.all()) expect(await island.innerHTML()).not.toBe('');
	// Nothing the server wrote was replaced: what left the document is the later rows, set aside as
	// the page hydrated and put back (laterRows.ts).
	const removed = await removedElements(page);
	expect(removed).toHaveLength(LATER_ROWS);
	expect(removed.filter((element) => !/^<tr data-code="GM\d{4}" data-later="">/.test(element))).toEqual([]);
	// Their controls answer.
	await page.getByRole('combobox', { name: 'Provincie' }).selectOption('Zeeland');
	await expect(page.locator('caption')).toContainText('13 van 342');
	await page.getByRole('radio', { name: '2022' }).check({ force: true });
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2022');
});

// The table body sets the router's link options itself (RowsTable.svelte, why there): its
// links must behave as every other link of the site, the page's data fetched on hover.
test("a row's link fetches its municipality's page on hover, and opens it", async ({ page }) => {
	await page.goto('/tabel');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'yes');
	const link = page.getByRole('row').filter({ hasText: 'Amsterdam' }).getByRole('link', { name: 'Amsterdam' });
	const preload = page.waitForRequest((request) => /\/gemeente\/GM0363\/__data\.json/.test(request.url()));
	await link.hover();
	await preload;
	await link.click();
	await expect(page).toHaveURL(/\/gemeente\/GM0363$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Amsterdam');
});
