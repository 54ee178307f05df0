import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { readPng } from '../../src/lib/export/pngText';
import { REAL_DATA_LABEL, SYNTHETIC_LABEL } from '../../src/lib/data/tableCsv';
import { mapIdle } from './helpers';

// The site after the data owner imported a real 2022 (npm run data:import of the real-looking
// export in tests/fixtures/import, then a build: scripts/realDataBuild.ts), served from build-real/.
// 2022 is real data; 2017 and 2025 are still the synthetic demonstration data.
const LOADED = { timeout: 30_000 };

test('the map and the embed: 2022 without the synthetic notice, 2017 and 2025 with it', async ({ page }) => {
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	await expect(page.locator('.head').getByRole('heading', { level: 1 })).toHaveText('Lokaal antidiscriminatiebeleid per gemeente, 2022');
	await expect(page.locator('.head').getByRole('note')).toHaveCount(0);
	await expect(page.locator('.credits')).toHaveText(/Bron status: Monitor lokaal antidiscriminatiebeleid \(Movisie\)$/);
	// The regions over time include the synthetic years: the chart says so.
	await expect(page.locator('.regions-row').getByRole('note')).toContainText('Voorbeeldgegevens voor 2017 en 2025', LOADED);
	for (const year of ['2017', '2025']) {
		await page.getByRole('radio', { name: year }).check();
		await expect(page.locator('.head').getByRole('note')).toHaveText(/^Voorbeeldgegevens: status per gemeente verzonnen/);
		await expect(page.locator('.credits')).toContainText('voorbeeldgegevens');
	}
	// Change 2025 against 2022 names the synthetic year only.
	await page.getByRole('radio', { name: 'Verandering' }).check();
	await page.getByRole('group', { name: 'Vergelijk 2025 met' }).getByRole('radio', { name: '2022' }).check();
	await expect(page.locator('.head').getByRole('note')).toHaveText(/^Voorbeeldgegevens voor 2025/);

	await page.goto('/embed?jaar=2022');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('note')).toHaveCount(0);
	await expect(page.locator('.source')).not.toContainText('voorbeeldgegevens');
	await page.goto('/embed?jaar=2025');
	await expect(page.getByRole('note')).toContainText('Voorbeeldgegevens');
});

test('the picture of 2022 carries no disclaimer; that of 2025 does', async ({ page }) => {
	for (const [year, disclaimer] of [
		['2022', undefined],
		['2025', 'Voorbeeldgegevens: status per gemeente verzonnen']
	] as const) {
		await page.goto(`/?jaar=${year}`);
		await mapIdle(page);
		await page.getByText('Afbeelding downloaden').click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /^PNG, 1200 px breed/ }).click(LOADED);
		const png = readPng(new Uint8Array(await readFile(await (await download).path())));
		expect(png.text.Disclaimer, year).toBe(disclaimer);
	}
});

test('the table, a municipality page and the downloads say which years are synthetic', async ({ page, request }) => {
	await page.goto('/tabel');
	await expect(page.getByRole('complementary', { name: 'Voorbeeldgegevens' })).toContainText(
		'Dit geldt voor 2017 en 2025; de andere jaren zijn echte gegevens.'
	);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Download deze/ }).click(LOADED);
	const csv = await readFile(await (await download).path(), 'utf8');
	const labels = new Set((parse(csv, { from_line: 2 }) as string[][]).map((row) => row[0]));
	expect(labels).toEqual(new Set([`${SYNTHETIC_LABEL} (2017, 2025)`]));

	await page.goto('/gemeente/GM0518');
	await expect(page.getByRole('complementary', { name: 'Voorbeeldgegevens' })).toContainText('Dit geldt voor 2017 en 2025');

	const rows = async (year: number) =>
		new Set((parse(await (await request.get(`/data/monitor-${year}.csv`)).text(), { from_line: 2 }) as string[][]).map((row) => row[0]));
	expect(await rows(2022)).toEqual(new Set([REAL_DATA_LABEL]));
	expect(await rows(2025)).toEqual(new Set([SYNTHETIC_LABEL]));
	const monitor = await (await request.get('/data/monitor-2022.json')).json();
	expect(monitor.synthetic).toBe(false);
	expect(monitor.source.publisher).toBe('Beleidskaart tests');
});
