import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { STATUS_COLOURS } from '../../src/lib/model/palette';
import { slug } from '../../src/lib/model/regions';
import { colourCounts, differingShare, expectNoAxeViolations, mapIdle, offsite, recordRequests, shareOf, svgMapReady } from './helpers';

test('the region chart shows the shares recomputed from the data; a province filters map and table', async ({ page, request }) => {
	const monitor = await (await request.get('/data/monitor-2022.json')).json();
	const index = await (await request.get('/data/gemeenten-2022.json')).json();
	const provinceOf = new Map(index.map((m: { code: string; provincie: string }) => [m.code, m.provincie]));
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	const bars = page.locator('.regions [data-region]');
	await expect(bars).toHaveCount(12);
	for (const bar of await bars.all()) {
		const id = (await bar.getAttribute('data-region'))!;
		const members = monitor.municipalities.filter((m: { code: string }) => `provincie-${slug(String(provinceOf.get(m.code)))}` === id);
		const participants = members.filter((m: { status: string }) => m.status !== 'onbekend');
		const policy = participants.filter((m: { status: string }) => m.status.startsWith('beleid'));
		const share = await bar.getAttribute('data-share');
		if (participants.length >= 5) expect(Number(share), id).toBeCloseTo(policy.length / participants.length, 10);
		else expect(share, id).toBe('');
	}
	await page.locator('[data-region="provincie-utrecht"]').click();
	await expect(page).toHaveURL(/regio=provincie-utrecht/);
	await expect(page.locator('[data-region="provincie-utrecht"]')).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('link', { name: 'Tabel' }).first().click();
	await expect(page).toHaveURL(/\/tabel\?jaar=2022&regio=provincie-utrecht/);
	await expect(page.getByText('Regio: Utrecht')).toBeVisible();
	const rows = page.locator('tbody tr[data-code]');
	await expect(rows).toHaveCount(26);
	for (const cell of await page.locator('tbody tr[data-code] td:nth-of-type(1)').allTextContents()) expect(cell).toBe('Utrecht');
});

test('the change view gives every municipality of the later year one transition; a merger shows its predecessors', async ({ page }) => {
	await page.goto('/?jaar=2022&weergave=verandering&gemeente=GM1959');
	await mapIdle(page);
	await expect(page.getByTestId('change-total')).toHaveText('Samen 345 gemeenten van 2022.');
	const counts = await page.locator('[data-transition] .count').allTextContents();
	expect(counts.map((c) => Number(c.match(/\d+/)![0])).reduce((a, b) => a + b, 0)).toBe(345);
	const panel = page.getByRole('region', { name: 'Altena' });
	await expect(panel.locator('[data-year="2017"]')).toContainText('voorgangers');
	await expect(panel.locator('[data-year="2017"] li')).toHaveCount(3);
	await page.getByRole('radio', { name: '2017' }).check();
	await expect(page.getByRole('radio', { name: 'Verandering' })).toBeDisabled();
});

let host: Server;
let hostOrigin: string;
test.beforeAll(async () => {
	// A news site on another origin that pastes the snippet.
	host = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="nl"><body><h1>Nieuws</h1>${embedSnippet('http://127.0.0.1:4173', '/embed', '?jaar=2022&gemeente=GM0363', 'Kaart', 700)}<p>Einde</p></body></html>`
		);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('an embed on another origin sizes its iframe to its content and shows source and notice', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto(`${hostOrigin}/`);
	const iframe = page.locator('iframe');
	const embed = page.frameLocator('iframe');
	// A fixed embed never needs MapLibre: the SVG map draws the data.
	await expect(embed.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'svg', { timeout: 45_000 });
	await expect(embed.getByText('Voorbeeldgegevens: status per gemeente verzonnen')).toBeVisible();
	await expect(embed.getByText(/^Bron: Monitor lokaal antidiscriminatiebeleid/)).toBeVisible();
	await expect(embed.getByTestId('embed-selection')).toContainText('Amsterdam');
	// An embed's year is fixed: only that year's geometry comes, with every year's statuses for the details.
	const dataFiles = requests.filter((u) => u.pathname.startsWith('/data/')).map((u) => u.pathname);
	expect(dataFiles.filter((p) => p.endsWith('.topojson'))).toEqual(['/data/gemeenten-2022.topojson']);
	expect(dataFiles).toEqual(expect.arrayContaining(['/data/monitor-2017.json', '/data/monitor-2022.json', '/data/monitor-2025.json']));
	await expect(embed.getByRole('link', { name: 'Bekijk de volledige kaart' })).toHaveAttribute('href', '/?jaar=2022&gemeente=GM0363');
	const contentHeight = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
	await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(contentHeight);
	const cookies = await page.context().cookies();
	expect(cookies).toEqual([]);
	expect(offsite(requests).filter((u) => !u.startsWith(hostOrigin))).toEqual([]);
});

test('the embed dialog offers options, a preview and a snippet that points at this site', async ({ page }) => {
	await page.goto('/?jaar=2022&gemeente=GM0363');
	await page.getByRole('button', { name: 'Insluiten' }).click();
	const dialog = page.getByRole('dialog', { name: 'Deze kaart insluiten' });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel('Zoekveld tonen').check();
	await dialog.getByLabel('Titel (optioneel)').fill('Beleid in Amsterdam');
	const code = await dialog.getByRole('textbox', { name: 'Code' }).inputValue();
	expect(code).toContain('<iframe src="http://127.0.0.1:4173/embed?jaar=2022&amp;gemeente=GM0363&amp;search=1&amp;title=Beleid+in+Amsterdam"');
	await expect(dialog.frameLocator('iframe').getByRole('heading', { name: 'Beleid in Amsterdam' })).toBeVisible();
	await expect(dialog.frameLocator('iframe').getByRole('combobox')).toBeVisible();
});

test('downloads: CSV and GeoJSON parse, list every municipality once, and carry source, licence and the synthetic notice', async ({ page, request }) => {
	await page.goto('/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gegevens downloaden');
	const csvHref = await page.getByRole('link', { name: 'Status per gemeente 2022 (CSV)' }).getAttribute('href');
	const rows = parse(await (await request.get(csvHref!)).text(), { columns: true }) as Array<Record<string, string>>;
	expect(rows).toHaveLength(345);
	expect(new Set(rows.map((r) => r.gemeentecode)).size).toBe(345);
	for (const row of rows) {
		expect(row.gegevens).toBe('SYNTHETISCHE VOORBEELDGEGEVENS / synthetic demonstration data');
		expect(row.bron).toMatch(/Monitor lokaal antidiscriminatiebeleid 2022/);
		expect(row.licentie).toMatch(/CC-BY 4.0/);
	}
	const geoHref = await page.getByRole('link', { name: 'Gemeentegrenzen met status 2022 (GeoJSON)' }).getAttribute('href');
	const geojson = await (await request.get(geoHref!)).json();
	expect(geojson.type).toBe('FeatureCollection');
	expect(geojson.gegevens).toMatch(/SYNTHETISCHE VOORBEELDGEGEVENS/);
	expect(geojson.licentie).toMatch(/CC-BY 4.0/);
	expect(geojson.bron.status).toMatch(/Monitor lokaal antidiscriminatiebeleid 2022/);
	expect(new Set(geojson.features.map((f: { id: string }) => f.id)).size).toBe(345);
	expect(geojson.features.every((f: { properties: { gegevens: string } }) => /SYNTHETISCHE/.test(f.properties.gegevens))).toBe(true);
	for (const name of [
		'Koppeltabel tussen de indelingen (JSON)',
		'Register antidiscriminatievoorzieningen (JSON)',
		'Gepubliceerde landelijke cijfers met bronnen (JSON)'
	]) {
		const href = await page.getByRole('link', { name }).getAttribute('href');
		expect((await request.get(href!)).ok(), name).toBe(true);
	}
});

test('the PNG export is a picture of the map with its legend', async ({ page }) => {
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	const download = page.waitForEvent('download');
	await page.getByText('Afbeelding downloaden').click();
	await page.getByRole('button', { name: 'PNG, 1200 px breed' }).click();
	const file = await (await download).path();
	const png = colourCounts(await readFile(file));
	expect(png.counts.size).toBeGreaterThan(20);
	for (const status of ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid'] as const) {
		expect(shareOf(png, STATUS_COLOURS[status], 6), status).toBeGreaterThan(0.001);
	}
	expect(shareOf(png, '#b45309', 4)).toBeGreaterThan(0);
});

test('axe finds no violations on /tabel, /embed, /data/ and /over', async ({ page }) => {
	await page.goto('/tabel?jaar=2022');
	await expectNoAxeViolations(page);
	await page.goto('/embed?jaar=2022&gemeente=GM0363');
	await svgMapReady(page);
	await expectNoAxeViolations(page);
	await page.goto('/data/');
	await expectNoAxeViolations(page);
	await page.goto('/over');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over deze kaart');
	await expectNoAxeViolations(page);
});

test('an embed with zoom=static has no zoom controls, does not pan and never loads MapLibre; the interactive embed does', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto('/embed?jaar=2017&zoom=static');
	await svgMapReady(page);
	await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Heel Nederland' })).toBeHidden();
	const map = page.locator('.map-stack');
	// Place names come with the data; pictures are taken with the pointer off the map (over it, a
	// municipality is outlined and named).
	await expect(page.locator('.place-labels span').first()).toBeVisible();
	await page.mouse.move(1, 1);
	const before = await map.screenshot();
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 80, { steps: 8 });
	await page.mouse.up();
	await page.getByRole('application').press('+');
	await page.mouse.move(1, 1);
	await page.waitForTimeout(500);
	expect(differingShare(before, await map.screenshot())).toBeLessThan(0.01);
	await expect(page.getByRole('application')).toHaveAttribute('data-map-state', 'svg');
	// No MapLibre worker (the data checks have a small worker of their own).
	expect(requests.filter((u) => /maplibre/i.test(u.pathname))).toEqual([]);
	await expect(page.locator('canvas')).toHaveCount(0);

	await page.goto('/embed?jaar=2017&zoom=interactive');
	await mapIdle(page);
	await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Heel Nederland' })).toBeVisible();
});
