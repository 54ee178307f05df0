import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readPng } from '../../src/lib/export/pngText';
import { mapIdle } from './helpers';

// The legend, the region chart and the export need the indexes and the register, which load after the map.
const LOADED = { timeout: 20_000 };

type Monitor = { municipalities: Array<{ code: string; status: string }> };
type IndexEntry = { code: string; provincie: string };

/** Status counts of one province, recomputed from the published files. */
async function provinceCounts(page: Page, year: number, province: string) {
	const monitor: Monitor = await (await page.request.get(`/data/monitor-${year}.json`)).json();
	const index: IndexEntry[] = await (await page.request.get(`/data/gemeenten-${year}.json`)).json();
	const members = new Set(index.filter((m) => m.provincie === province).map((m) => m.code));
	const counts: Record<string, number> = {};
	for (const m of monitor.municipalities) if (members.has(m.code)) counts[m.status] = (counts[m.status] ?? 0) + 1;
	return { counts, total: members.size };
}

const countIn = (text: string) => Number(text.match(/\((\d+) gemeenten?\)/)?.[1] ?? NaN);

test('a region view counts that region: legend, title and national reference', async ({ page }) => {
	const { counts, total } = await provinceCounts(page, 2022, 'Noord-Brabant');
	await page.goto('/?jaar=2022&regio=provincie-noord-brabant');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokaal antidiscriminatiebeleid per gemeente in Noord-Brabant, 2022', LOADED);
	const legend = page.getByRole('region', { name: 'Legenda Noord-Brabant, 2022' });
	for (const status of ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid']) {
		expect(countIn(await legend.locator(`[data-status="${status}"]`).innerText()), status).toBe(counts[status] ?? 0);
	}
	await expect(legend.locator('[data-status="onbekend"]')).toContainText(`${counts.onbekend ?? 0} van ${total} gemeenten`);
	// The faded surroundings are named, and the national figure stands beside the region's.
	await expect(legend.locator('[data-outside]')).toContainText('Buiten Noord-Brabant');
	await expect(legend.getByTestId('national-reference')).toContainText('Heel Nederland');
	await expect(legend.getByTestId('national-reference')).toContainText('162 deelnemende gemeenten');
	await expect(page.locator('.region-bar')).toContainText('De kaart toont Noord-Brabant');
});

test('an embed of a region shows that region in its title and legend', async ({ page }) => {
	const { counts } = await provinceCounts(page, 2022, 'Noord-Brabant');
	await page.goto('/embed?jaar=2022&regio=provincie-noord-brabant');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokaal antidiscriminatiebeleid per gemeente in Noord-Brabant, 2022', LOADED);
	const legend = page.getByRole('region', { name: 'Legenda Noord-Brabant, 2022' });
	for (const status of ['beleid-specifiek', 'geen-beleid']) {
		await expect(legend.locator(`[data-status="${status}"]`)).toContainText(`(${counts[status] ?? 0})`);
	}
	await expect(legend.locator('[data-outside]')).toBeVisible();
});

test('the exported picture names the region, comes in two PNG widths and as SVG, with the notice', async ({ page }) => {
	await page.goto('/?jaar=2022&regio=provincie-noord-brabant&gemeente=GM0796');
	await mapIdle(page);
	await page.getByText('Afbeelding downloaden').click();
	const title = 'Lokaal antidiscriminatiebeleid per gemeente in Noord-Brabant, 2022';
	for (const width of [1200, 2400]) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: new RegExp(`^PNG, ${width} px breed`) }).click(LOADED);
		const file = await download;
		expect(file.suggestedFilename()).toBe(`beleidskaart-2022-noord-brabant-GM0796-${width}px.png`);
		const png = readPng(new Uint8Array(await readFile(await file.path())));
		expect(png.width).toBe(width);
		expect(png.text.Title).toBe(title);
		expect(png.text.Disclaimer).toContain('Voorbeeldgegevens');
	}
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^SVG/ }).click();
	const svg = await readFile(await (await download).path(), 'utf8');
	expect(svg).toContain(`<title>${title}</title>`);
	expect(svg).toContain('Buiten Noord-Brabant');
	expect(svg).toContain('Uitgelicht: ’s-Hertogenbosch'.replace('’', "'").replace("'", '&apos;'));
	expect(svg).toContain('Voorbeeldgegevens');
	expect(svg).toContain('Heel Nederland');
});

test('change shows movement: contributing → specific is more policy, and the reader picks the years', async ({ page }) => {
	const before: Monitor = await (await page.request.get('/data/monitor-2022.json')).json();
	const after: Monitor = await (await page.request.get('/data/monitor-2025.json')).json();
	const then = new Map(before.municipalities.map((m) => [m.code, m.status]));
	const stepUp = after.municipalities.find((m) => m.status === 'beleid-specifiek' && then.get(m.code) === 'beleid-bijdragend');
	expect(stepUp, 'the data has a municipality that went from contributing to specific policy').toBeDefined();
	await page.goto(`/embed?jaar=2025&weergave=verandering&gemeente=${stepUp!.code}`);
	await mapIdle(page);
	await expect(page.getByTestId('embed-selection')).toContainText('Meer beleid', LOADED);

	await page.goto('/?jaar=2025&weergave=verandering');
	await mapIdle(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verandering in lokaal antidiscriminatiebeleid per gemeente, 2022–2025', LOADED);
	for (const label of ['Meer beleid', 'Minder beleid', 'Gelijk, met beleid', 'Gelijk, zonder beleid'])
		await expect(page.getByRole('button', { name: new RegExp(label) })).toBeVisible();
	await page.getByRole('group', { name: 'Vergelijk 2025 met' }).getByRole('radio', { name: '2017' }).check();
	await expect(page).toHaveURL(/sinds=2017/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verandering in lokaal antidiscriminatiebeleid per gemeente, 2017–2025');
	await expect(page.getByRole('heading', { name: 'Verandering 2017–2025' })).toBeVisible();
	await expect(page.getByTestId('change-total')).toHaveText('Samen 342 gemeenten van 2025.');
	// The region chart counts change per region.
	await expect(page.getByRole('heading', { name: 'Verandering per regio, 2017–2025' })).toBeVisible();
	const rows = page.locator('.regions [data-counts]');
	await expect(rows).toHaveCount(12);
	let sum = 0;
	for (const row of await rows.all())
		sum += Object.values(JSON.parse((await row.getAttribute('data-counts'))!) as Record<string, number>).reduce((a, b) => a + b, 0);
	expect(sum).toBe(342);
});

test('the regions over time: every province visible without an inner scroll box, three years each', async ({ page }) => {
	await page.goto('/?jaar=2025');
	await mapIdle(page);
	const rows = page.locator('.regions button[data-share]');
	await expect(rows).toHaveCount(12, LOADED);
	const list = page.locator('.regions .rows');
	const box = await list.evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, scroll: el.scrollHeight, client: el.clientHeight }));
	expect(['visible', 'clip']).toContain(box.overflow);
	expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
	const utrecht = page.locator('[data-region="provincie-utrecht"]');
	await expect(utrecht.locator('.values span')).toHaveCount(3);
	await expect(utrecht.locator('.values')).toContainText(/2017: .*van \d+/);
});

test('on a phone, choosing a region in the chart brings the map into view and says so', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	// The chart is built as the reader scrolls towards it.
	await page.locator('section.more').scrollIntoViewIfNeeded();
	const row = page.locator('[data-region="provincie-limburg"]');
	await row.scrollIntoViewIfNeeded(LOADED);
	await row.click();
	await expect(page).toHaveURL(/regio=provincie-limburg/);
	await expect(page.locator('.region-bar')).toBeInViewport();
	await expect(page.locator('.region-bar')).toBeFocused();
	await expect(page.locator('.region-bar')).toContainText('De kaart is ingezoomd op Limburg');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('in Limburg, 2022');
	await page.close();
});
