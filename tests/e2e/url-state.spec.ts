import { expect, test } from '@playwright/test';
import { PERF_MARKS, REPAINT_EVENT } from '../../src/lib/perfMarks';
import { allDataIn, differingShare, holdBack, mapIdle, recordErrors, recordRequests, settleMap } from './helpers';

// The URL owns the view: every choice is a history entry that Back and Forward restore.

test('Back after choosing Utrecht and then Amersfoort shows Utrecht again; Forward Amersfoort', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/?jaar=2025');
	await mapIdle(page);
	const search = page.getByRole('combobox', { name: 'Zoek een gemeente' });
	for (const name of ['Utrecht', 'Amersfoort']) {
		await search.fill(name);
		await expect(page.getByRole('option').first()).toContainText(name);
		await search.press('Enter');
		await expect(page.getByRole('region', { name })).toBeVisible();
	}
	await expect(page).toHaveURL(/\?jaar=2025&gemeente=GM0307$/);

	await page.goBack();
	await expect(page).toHaveURL(/\?jaar=2025&gemeente=GM0344$/);
	await expect(page.getByRole('region', { name: 'Utrecht' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Amersfoort' })).toHaveCount(0);

	await page.goForward();
	await expect(page.getByRole('region', { name: 'Amersfoort' })).toBeVisible();

	// A year is a history entry too.
	await page.getByRole('radio', { name: '2017' }).check();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2017');
	await expect(page).toHaveURL(/jaar=2017/);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
	await expect(page.getByRole('radio', { name: '2025' })).toBeChecked();
	expect(errors).toEqual([]);
});

test('a dismissed notice stays dismissed: the wrong parameter leaves the URL', async ({ page }) => {
	await page.goto('/?jaar=2019&gemeente=GM0344');
	await expect(page.locator('.notices li')).toHaveCount(1);
	await page.getByRole('button', { name: 'Melding sluiten' }).click();
	await expect(page.locator('.notices')).toHaveCount(0);
	await expect(page).toHaveURL(/\?jaar=2025&gemeente=GM0344$/);
	await page.reload();
	// The details need the register and indexes, which load after the map is drawn.
	await expect(page.getByRole('region', { name: 'Utrecht' })).toBeVisible({ timeout: 20_000 });
	await expect(page.locator('.notices')).toHaveCount(0);
});

test('table filters survive Back, Forward and reload; the table loads no geometry', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto('/tabel?jaar=2022');
	const caption = page.locator('caption');
	await expect(caption).toContainText('345 van 345');
	await page.getByRole('combobox', { name: 'Provincie' }).selectOption('Utrecht');
	await expect(page).toHaveURL(/provincie=Utrecht/);
	await page.getByRole('combobox', { name: 'Status 2022' }).selectOption('geen-beleid');
	await expect(page).toHaveURL(/status=geen-beleid/);
	const filtered = await caption.textContent();
	expect(filtered).not.toContain('345 van 345');

	await page.goBack();
	await expect(page).not.toHaveURL(/status=/);
	await expect(page.getByRole('combobox', { name: 'Status 2022' })).toHaveValue('');
	await expect(page.getByRole('combobox', { name: 'Provincie' })).toHaveValue('Utrecht');
	await page.goForward();
	await expect(page.getByRole('combobox', { name: 'Status 2022' })).toHaveValue('geen-beleid');
	await expect(caption).toHaveText(filtered!);

	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Provincie' })).toHaveValue('Utrecht');
	await expect(page.getByRole('combobox', { name: 'Status 2022' })).toHaveValue('geen-beleid');
	await expect(caption).toHaveText(filtered!);
	expect(requests.filter((u) => u.pathname.endsWith('.topojson')).map((u) => u.pathname)).toEqual([]);
	expect(requests.some((u) => u.pathname === '/data/gemeenten-2022.json')).toBe(true);
});

test('a shared link frames its municipality once the data is in, but not after the reader moved the map', async ({ browser }) => {
	for (const readerZooms of [false, true]) {
		const page = await browser.newPage();
		// Hold back the crosswalk: the year shown is drawn, the rest (and with it the framing) waits.
		const release = await holdBack(page, '**/data/crosswalk.json');
		await page.goto('/?jaar=2022&gemeente=GM1959');
		await mapIdle(page);
		// Place names come with the rest of the data: hidden, so the pictures compare the camera.
		await page.addStyleTag({ content: '.place-labels { visibility: hidden; }' });
		const canvas = page.locator('canvas.maplibregl-canvas');
		if (readerZooms) await settleMap(page, () => page.getByRole('button', { name: 'Inzoomen' }).click());
		const before = await canvas.screenshot();

		release();
		await allDataIn(page);
		await expect(page.getByRole('region', { name: 'Altena' })).toBeVisible();
		// The first render after the data is in ends the fit to Altena, if there is one.
		const dataIn = await page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, PERF_MARKS.dataLoaded);
		// A map left where the reader put it may not render at all after the data: a repaint asked for
		// here ends with the map idle, after the fit if there is one.
		await settleMap(page, () => page.evaluate((event) => document.querySelector('.maplibre')!.dispatchEvent(new Event(event)), REPAINT_EVENT), dataIn);
		const moved = differingShare(before, await canvas.screenshot());
		// Untouched, the map zooms to Altena; zoomed by the reader, it stays (Altena's outline aside).
		if (readerZooms) expect(moved, 'reader zoomed').toBeLessThan(0.02);
		else expect(moved, 'untouched').toBeGreaterThan(0.2);
		await page.close();
	}
});
