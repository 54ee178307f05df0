import { expect, test } from '@playwright/test';
import { LATER_ROWS_FROM } from '../../src/lib/data/laterRows';

test.use({ javaScriptEnabled: false });

test('without JavaScript the home page shows the SVG map, the legend and the national figures', async ({ page }) => {
	await page.goto('/');
	const svg = page.locator('[data-ssr-map] svg[role="img"]');
	await expect(svg).toBeVisible();
	await expect(svg).toHaveAttribute('aria-label', 'Kaart van de 342 gemeenten in 2025');
	await expect(svg.locator('path[data-code]')).toHaveCount(342);
	const box = await svg.boundingBox();
	expect(box!.width).toBeGreaterThan(300);
	await expect(page.getByRole('heading', { name: 'Legenda 2025' })).toBeVisible();
	await expect(page.locator('.legend [data-status]')).toHaveCount(5);
	await expect(page.getByRole('heading', { name: 'Landelijke cijfers 2025' })).toBeVisible();
	await expect(page.locator('[data-figure="2025-policy"]')).toContainText('37%');
	await expect(page.getByRole('note')).toContainText('Voorbeeldgegevens');
	// Every municipality leads to its own page, and the page says which year it shows.
	await expect(svg.locator('a[href="/gemeente/GM0344"] path[data-code="GM0344"]')).toHaveCount(1);
	await expect(svg.locator('a[href^="/gemeente/GM"]')).toHaveCount(342);
	await page.goto('/?jaar=2017');
	await expect(page.getByText('Zonder JavaScript toont deze kaart alleen 2025')).toBeVisible();
	await svg.locator('a[href="/gemeente/GM0344"]').dispatchEvent('click');
	await expect(page).toHaveURL(/\/gemeente\/GM0344$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Utrecht');
});

test('without JavaScript a municipality page is readable, with its locator map', async ({ page }) => {
	await page.goto('/gemeente/GM0788');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Haaren');
	await expect(page.getByText('In 2025 hoort het gebied bij Vught, Oisterwijk, Tilburg en Boxtel.')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Ligging van Haaren in Nederland' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Antidiscriminatievoorziening' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Meld discriminatie op discriminatie.nl' })).toHaveAttribute('href', 'https://www.discriminatie.nl/');
});

test('without JavaScript the table shows every municipality', async ({ page }) => {
	await page.goto('/tabel');
	await expect(page.getByRole('row')).toHaveCount(343);
	// Every row shows, those marked to be shown later by scripts (laterRows.ts) included.
	await expect(page.locator('tbody tr[data-later]')).toHaveCount(342 - LATER_ROWS_FROM);
	await expect(page.locator('tbody tr[data-later]').last()).toBeVisible();
});
