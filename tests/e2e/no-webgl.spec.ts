import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import config from '../../playwright.config';
import { STATUS_COLOURS } from '../../src/lib/model/palette';
import { colourCounts, shareOf } from './helpers';

// A browser without WebGL: MapLibre cannot start, the SVG map must stay and stay usable.
test.use({ launchOptions: { ...config.use!.launchOptions, args: [...(config.use!.launchOptions!.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the SVG map stays interactive: hover, click, keyboard', async ({ page }) => {
	await page.goto('/?jaar=2022');
	const map = page.getByRole('application');
	// MapLibre is asked for by a mouse over the map; it cannot start.
	await map.hover();
	await expect(map).toHaveAttribute('data-map-state', 'error', { timeout: 30_000 });
	await expect(page.getByText('Deze browser toont de eenvoudige kaart (geen WebGL).')).toBeVisible();
	const amsterdam = page.locator('svg.svg-map path[data-code="GM0363"]');
	await expect(amsterdam).toBeVisible();

	await amsterdam.hover();
	await expect(page.locator('.tooltip')).toContainText('Amsterdam, Noord-Holland');
	await amsterdam.click();
	await expect(page.getByRole('region', { name: 'Amsterdam' })).toBeVisible();
	await expect(page).toHaveURL(/gemeente=GM0363/);

	await map.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('map-announcement')).toContainText('Diemen');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Diemen' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('region', { name: 'Diemen' })).toHaveCount(0);
});

test('without WebGL the PNG export draws the SVG map with its legend', async ({ page }) => {
	await page.goto('/?jaar=2022');
	await page.getByRole('application').hover();
	await expect(page.getByRole('application')).toHaveAttribute('data-map-state', 'error', { timeout: 30_000 });
	await expect(page.locator('svg.svg-map')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByText('Afbeelding downloaden').click();
	await page.getByRole('button', { name: 'PNG, 1200 px breed' }).click();
	const png = colourCounts(await readFile(await (await download).path()));
	for (const status of ['beleid-specifiek', 'in-ontwikkeling', 'geen-beleid'] as const) {
		expect(shareOf(png, STATUS_COLOURS[status], 6), status).toBeGreaterThan(0.001);
	}
});
