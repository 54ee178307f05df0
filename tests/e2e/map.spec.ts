import { expect, test } from '@playwright/test';
import { colours } from '../../src/lib/map/style';
import { colourCounts, offsite, recordRequests, shareOf } from './helpers';

test('the home page draws the 2022 municipalities with MapLibre, all from localhost', async ({ page }) => {
	const requests = recordRequests(page);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeenten in 2022');
	const map = page.locator('[data-map-state]');
	await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
	await expect(page.getByRole('status')).toHaveText('Kaart geladen: 345 gemeenten');

	// Not blank: the canvas shows the municipality fill over a large part of it, the background
	// around the country and white borders between municipalities.
	const shot = colourCounts(await page.locator('canvas.maplibregl-canvas').screenshot());
	expect(shareOf(shot, colours.municipalityFill)).toBeGreaterThan(0.15);
	expect(shareOf(shot, '#f4f6f8')).toBeGreaterThan(0.1);
	expect(shareOf(shot, colours.municipalityLine, 20)).toBeGreaterThan(0.005);

	expect(requests.some((u) => u.pathname === '/data/gemeenten-2022.topojson')).toBe(true);
	expect(offsite(requests)).toEqual([]);
	expect(errors).toEqual([]);
});

test('the English page is prerendered with English text', async ({ page }) => {
	await page.goto('/en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipalities in 2022');
	await expect(page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' })).toHaveAttribute('href', '/');
});

test('the site serves the geography contract', async ({ request }) => {
	for (const [year, count] of [[2017, 388], [2022, 345], [2025, 342]]) {
		const topology = await (await request.get(`/data/gemeenten-${year}.topojson`)).json();
		expect(topology.objects.gemeenten.geometries).toHaveLength(count);
		const index = await (await request.get(`/data/gemeenten-${year}.json`)).json();
		expect(index).toHaveLength(count);
	}
	const crosswalk = await (await request.get('/data/crosswalk.json')).json();
	expect(Object.keys(crosswalk)).toEqual(['2017-2022', '2022-2025']);
});

test('the site serves the data layer, marked synthetic', async ({ request }) => {
	for (const year of [2017, 2022, 2025]) {
		const monitor = await (await request.get(`/data/monitor-${year}.json`)).json();
		expect(monitor.synthetic).toBe(true);
		const csv = await (await request.get(`/data/monitor-${year}.csv`)).text();
		expect(csv.split('\n')[1]).toMatch(/^SYNTHETISCHE VOORBEELDGEGEVENS/);
	}
	const voorzieningen = await (await request.get('/data/voorzieningen.json')).json();
	expect(voorzieningen.byMunicipality['2025']['GM0363']).toBe('mdra');
	const published = await (await request.get('/data/published.json')).json();
	expect(published.figures.length).toBeGreaterThan(5);
});
