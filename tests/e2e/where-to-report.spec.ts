import { expect, test } from '@playwright/test';
import { mapIdle } from './helpers';

// The details panel needs the register and indexes, which load after the map is drawn.
const LOADED = { timeout: 20_000 };

test("an ADV's phone and e-mail are links a reader can tap", async ({ page }) => {
	await page.goto('/?jaar=2025&gemeente=GM0344');
	await mapIdle(page);
	const adv = page.getByRole('region', { name: 'Utrecht' }).locator('[data-adv]');
	await expect(adv.locator('a[href^="tel:+31"]')).toHaveCount(1, LOADED);
	await expect(adv.locator('a[href^="mailto:"]')).toHaveCount(1);
	// The name a reader finds today first, the name in the sources after it.
	await expect(adv.locator('.adv-name')).toHaveText('Discriminatie.nl Provincie Utrecht');
	await expect(adv).toContainText('eerder: Stichting Art.1 Midden Nederland');
	// How old the fact is stays visible.
	await expect(adv.getByTestId('adv-source')).toContainText(/\((bron uit \d{4}|bron zonder datum)\)/);
	// The same on the municipality's own page, which works without JavaScript.
	await page.goto('/gemeente/GM0344');
	await expect(page.locator('[data-adv] a[href^="tel:+31"]')).toHaveCount(1);
});

test('Weesp in 2025 shows where its residents report now: the ADV of Amsterdam, and why', async ({ page }) => {
	await page.goto('/?jaar=2025&gemeente=GM0457');
	await mapIdle(page);
	const panel = page.getByRole('region', { name: 'Weesp' });
	await expect(panel.locator('[data-adv="mdra"]')).toBeVisible(LOADED);
	await expect(panel).toContainText('Weesp hoort sinds een herindeling na 1 januari 2022 bij Amsterdam');
	await page.goto('/?jaar=2022&gemeente=GM0457');
	await mapIdle(page);
	await expect(page.getByRole('region', { name: 'Weesp' }).locator('[data-adv="gooi"]')).toBeVisible(LOADED);
	await expect(page.getByRole('region', { name: 'Weesp' }).locator('[data-adv="mdra"]')).toHaveCount(0);
});

test('an old source says how old it is; an unknown ADV keeps the national route first', async ({ page }) => {
	// Venlo's only source is ADV Limburg's regulation of 2009.
	await page.goto('/?jaar=2025&gemeente=GM0983');
	await mapIdle(page);
	const venlo = page.getByRole('region', { name: 'Venlo' }).locator('[data-adv="adv-limburg"]');
	await expect(venlo.getByTestId('adv-source')).toContainText('bron uit 2009', LOADED);
	await expect(venlo.getByTestId('adv-source')).toContainText('meer dan 5 jaar ouder dan de meting van 2025');
	// Tilburg: no source, so no ADV is named; the national route is the first link.
	await page.goto('/?jaar=2025&gemeente=GM0855');
	await mapIdle(page);
	const unknown = page.getByRole('region', { name: 'Tilburg' }).locator('.adv-unknown');
	await expect(unknown.getByRole('link', { name: 'Meld discriminatie via discriminatie.nl' })).toHaveAttribute('href', 'https://www.discriminatie.nl/', LOADED);
});
