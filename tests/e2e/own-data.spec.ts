import { expect, test, type Page, type Request } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import writeExcelFile from 'write-excel-file/node';
import { readPng } from '../../src/lib/export/pngText';
import { expectNoAxeViolations, mapIdle, recordErrors } from './helpers';

// /eigen-gegevens: a person's own file, read in the browser only. The fixture is a Dutch-locale
// export (semicolons, Windows-1252, names and answers in words) of 2022.
const FIXTURE = 'tests/fixtures/import/monitor-2022-gemeenten.csv';
const LOADED = { timeout: 30_000 };

/** Counts per status in the fixture, from its answer wordings (not from the import code). */
async function fixtureCounts() {
	const lines = new TextDecoder('latin1').decode(await readFile(FIXTURE)).split('\r\n');
	const count = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).length;
	return {
		'beleid-specifiek': count(/;Ja;Ja, specifiek beleid;/),
		'beleid-bijdragend': count(/;Ja;Ja, beleid dat bijdraagt/),
		'in-ontwikkeling': count(/;Ja;Nee;Ja;/) + count(/;Nee, maar het is in ontwikkeling;/),
		'geen-beleid': count(/;Ja;Nee;Nee;/),
		onbekend: count(/;Nee;;;;/)
	};
}

async function readOwnFile(page: Page, files: Parameters<Page['setInputFiles']>[1], year = '2022') {
	await page.getByRole('combobox', { name: /Jaar van de monitor/ }).selectOption(year);
	await page.getByLabel('Bestand (CSV of Excel .xlsx)').setInputFiles(files);
}

test('a valid file: legend counts equal the file’s, labelled as own data, and no request carries it', async ({ page }) => {
	const errors = recordErrors(page);
	await page.goto('/eigen-gegevens');
	await expect(page.getByText('Nog geen eigen gegevens geladen')).toBeVisible();
	// Everything the page needs to read a file (geography, import code) may load; after that, requests are watched.
	const requests: Request[] = [];
	page.on('request', (request) => requests.push(request));
	await readOwnFile(page, FIXTURE);
	await expect(page.getByRole('status').filter({ hasText: 'monitor-2022-gemeenten.csv: 345 gemeenten van 2022 gelezen; 174 deden mee' })).toBeVisible(LOADED);
	await expect(page).toHaveURL(/\/eigen-gegevens\?jaar=2022$/);
	await mapIdle(page);

	const expected = await fixtureCounts();
	const legend = page.getByRole('region', { name: 'Legenda 2022' });
	for (const status of ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid'] as const) {
		await expect(legend.locator(`[data-status="${status}"]`), status).toContainText(`(${expected[status]} gemeenten)`, LOADED);
	}
	await expect(legend.locator('[data-status="onbekend"]')).toContainText(`${expected.onbekend} van 345 gemeenten`);
	await expect(page.getByRole('note').filter({ hasText: 'Eigen gegevens — niet gepubliceerd: monitor-2022-gemeenten.csv (2022)' }).first()).toBeVisible();
	await expect(page.getByText('Voorbeeldgegevens: status per gemeente verzonnen')).toHaveCount(0);
	await expect(page.locator('.credits')).toContainText('eigen bestand monitor-2022-gemeenten.csv, niet gepubliceerd');
	// Never shared: no embed button, no link to the site's downloads.
	await expect(page.getByRole('button', { name: 'Insluiten' })).toHaveCount(0);

	// The file never left the machine: no request has a body, and none mentions its content.
	const content = ['Den Haag', 'Heeft uw gemeente', 'Ja, specifiek beleid', 'monitor-2022-gemeenten'];
	for (const request of requests) {
		expect(request.method(), request.url()).toBe('GET');
		expect(request.postDataBuffer(), request.url()).toBeNull();
		for (const text of content) expect(decodeURIComponent(request.url())).not.toContain(text);
		expect(new URL(request.url()).hostname).toMatch(/^(localhost|127\.0\.0\.1)$/);
	}
	expect(errors).toEqual([]);
});

test('a mix of own and synthetic years is labelled per year, in the change view and the picture', async ({ page }) => {
	await page.goto('/eigen-gegevens');
	await readOwnFile(page, FIXTURE);
	await expect(page).toHaveURL(/jaar=2022$/, LOADED);
	await mapIdle(page);
	// 2025 is still the published synthetic data: the view says so, and not that it is own data.
	const viewNotice = page.locator('.head').getByRole('note');
	await page.getByRole('radio', { name: '2025' }).first().check();
	await expect(viewNotice).toHaveText([/^Voorbeeldgegevens: status per gemeente verzonnen/], LOADED);
	// The regions over time include the own 2022: the chart says which year is what.
	await expect(page.locator('.regions-row').getByRole('note')).toHaveText(
		[/Voorbeeldgegevens voor 2017 en 2025/, 'Eigen gegevens — niet gepubliceerd: monitor-2022-gemeenten.csv (2022)'],
		LOADED
	);
	// Change 2025 against the own 2022: both labels, each with its year.
	await page.getByRole('radio', { name: 'Verandering' }).check();
	await page.getByRole('group', { name: 'Vergelijk 2025 met' }).getByRole('radio', { name: '2022' }).check();
	await expect(viewNotice).toHaveText(['Eigen gegevens — niet gepubliceerd: monitor-2022-gemeenten.csv (2022)', /^Voorbeeldgegevens voor 2025/], LOADED);

	await page.getByRole('radio', { name: 'Status' }).check();
	await page.getByRole('radio', { name: '2022' }).first().check();
	await mapIdle(page);
	await page.getByText('Afbeelding downloaden').click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^PNG, 1200 px breed/ }).click(LOADED);
	const png = readPng(new Uint8Array(await readFile(await (await download).path())));
	expect(png.text.Disclaimer).toBe('Eigen gegevens — niet gepubliceerd: monitor-2022-gemeenten.csv (2022)');
	expect(png.text.Source).toContain('eigen bestand monitor-2022-gemeenten.csv');
});

test('a broken file lists its problems by line and column, downloadable, and shows nothing of it', async ({ page }) => {
	await page.goto('/eigen-gegevens');
	const broken = [
		'Gemeente;Deelname;Heeft uw gemeente antidiscriminatiebeleid?',
		'Utrecht;Ja;Misschien',
		'Oosterhoutt;Ja;Nee, maar het is in ontwikkeling',
		'Bergen;Nee;'
	];
	await readOwnFile(page, { name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from(broken.join('\n')) }, '2025');
	await expect(page.getByRole('status').filter({ hasText: 'kapot.csv: niet gelezen' })).toBeVisible(LOADED);
	const problems = page.getByRole('region', { name: 'Problemen (regel:kolom)' }).getByRole('listitem');
	await expect(problems.nth(0)).toContainText('2:3 "Heeft uw gemeente antidiscriminatiebeleid?": "Misschien" is geen bekend antwoord');
	await expect(problems.nth(1)).toContainText('3:1 "Oosterhoutt" is geen gemeente van 2025. Bedoelt u "Oosterhout"?');
	await expect(problems.nth(2)).toContainText('4:1 "Bergen" is de naam van meer gemeenten van 2025');
	await expect(problems.nth(3)).toContainText('5:1 GM0014 Groningen ontbreekt');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lijst met problemen downloaden (.txt)' }).click();
	const text = await readFile(await (await download).path(), 'utf8');
	expect(text.split('\n')[0]).toMatch(/^kapot\.csv:2:3: /);
	expect(text.trim().split('\n')).toHaveLength(3 + 341);
	await expect(page.getByText('Nog geen eigen gegevens geladen')).toBeVisible();
});

test('pasted cells, the own table, clearing, and remembering only when asked', async ({ page }) => {
	await page.goto('/eigen-gegevens');
	await page.getByRole('combobox', { name: /Jaar van de monitor/ }).selectOption('2025');
	await page.getByRole('checkbox', { name: 'Gemeenten die niet in het bestand staan, deden niet mee' }).check();
	await page.locator('summary', { hasText: 'Of plak cellen' }).click();
	await page
		.getByRole('textbox', { name: /Of plak cellen/ })
		.fill('Gemeente\tBeleid\nUtrecht\tJa, specifiek beleid\nDen Haag\tNee, maar het is in ontwikkeling\n');
	await page.getByRole('button', { name: 'Geplakte cellen lezen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'geplakte cellen: 342 gemeenten van 2025 gelezen; 2 deden mee' })).toBeVisible(LOADED);

	await page.getByRole('link', { name: 'Tabel van mijn gegevens' }).click();
	await expect(page).toHaveURL(/\/eigen-gegevens\/tabel/);
	await expect(page.locator('tr[data-code="GM0344"] td[data-year="2025"]')).toHaveText(/Specifiek beleid/, LOADED);
	await expect(page.locator('tr[data-code="GM0518"] td[data-year="2025"]')).toHaveText(/Beleid in ontwikkeling/);
	await expect(page.getByRole('note').filter({ hasText: 'Eigen gegevens — niet gepubliceerd: geplakte cellen (2025)' })).toBeVisible();

	// Not remembered: a reload forgets it.
	await page.reload();
	await expect(page.getByText('Nog geen eigen gegevens geladen')).toBeVisible(LOADED);

	// Remembered when asked: it survives a reload, until cleared.
	await page.goto('/eigen-gegevens');
	await page.getByRole('checkbox', { name: 'Onthoud mijn gegevens in deze browser' }).check();
	await readOwnFile(page, FIXTURE);
	await expect(page.getByText('Geladen: 2022: monitor-2022-gemeenten.csv')).toBeVisible(LOADED);
	await page.reload();
	await expect(page.getByText('Geladen: 2022: monitor-2022-gemeenten.csv')).toBeVisible(LOADED);
	await page.getByRole('button', { name: 'Eigen gegevens wissen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Uw gegevens zijn gewist.' })).toBeVisible();
	await page.reload();
	await expect(page.getByText('Nog geen eigen gegevens geladen')).toBeVisible(LOADED);
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('the English page reads the same file', async ({ page }) => {
	await page.goto('/en/eigen-gegevens');
	await page.getByRole('combobox', { name: /Monitor year/ }).selectOption('2022');
	await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles(FIXTURE);
	await expect(page.getByRole('status').filter({ hasText: 'monitor-2022-gemeenten.csv: read 345 municipalities of 2022; 174 took part' })).toBeVisible(LOADED);
	await expect(page.getByRole('note').filter({ hasText: 'Own data — not published: monitor-2022-gemeenten.csv (2022)' }).first()).toBeVisible(LOADED);
});

test('an .xlsx workbook, dropped on the box, is read in the browser too', async ({ page }) => {
	const rows = [
		['CBS-code', 'Gemeente', 'Heeft uw gemeente antidiscriminatiebeleid?'],
		[363, 'Amsterdam', 'Ja, specifiek beleid'],
		[344, 'Utrecht', 'Nee, maar het is in ontwikkeling']
	];
	const workbook = await writeExcelFile(rows.map((row) => row.map((value) => ({ value }))) as never).toBuffer();
	await page.goto('/eigen-gegevens');
	await page.getByRole('checkbox', { name: 'Gemeenten die niet in het bestand staan, deden niet mee' }).check();
	// A drop carries a File like the file input does.
	await page.evaluate(
		async (bytes) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(bytes)], 'antwoorden.xlsx'));
			document.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		},
		[...workbook]
	);
	await expect(page.getByRole('status').filter({ hasText: 'antwoorden.xlsx: 342 gemeenten van 2025 gelezen; 2 deden mee' })).toBeVisible(LOADED);
	await page.getByText('Zo is het bestand gelezen').click();
	await expect(page.getByText('Excel-werkmap (.xlsx), blad "Sheet1"')).toBeVisible();
	await expect(page.getByText('Codes zonder GM aangevuld (2), bijvoorbeeld 363 → GM0363')).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('after reading a file the map with its notice is on screen, and the page passes axe', async ({ page }) => {
		await page.goto('/eigen-gegevens');
		await expectNoAxeViolations(page);
		await readOwnFile(page, FIXTURE);
		await expect(page).toHaveURL(/jaar=2022$/, LOADED);
		const notice = page.locator('.head').getByRole('note');
		await expect(notice).toBeInViewport(LOADED);
		await mapIdle(page);
		await expectNoAxeViolations(page);
		// No sideways scroll on a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});
