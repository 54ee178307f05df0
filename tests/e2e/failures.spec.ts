import { expect, test, type Page } from '@playwright/test';
import { failDownloads, mapIdle, recordErrors, svgMapReady } from './helpers';

// Every route that loads data meets every kind of failure the same way: a named alert with a retry
// that works, and no page error.
const ROUTES = ['/?jaar=2025', '/embed?jaar=2025', '/tabel?jaar=2025'];
const FAILURES: Record<string, { body?: string; status?: number; abort?: boolean; says: string }> = {
	'an empty object': { body: '{}', says: 'niet wat de kaart verwacht' },
	null: { body: 'null', says: 'niet wat de kaart verwacht' },
	'a truncated file': { body: '{"year":2025,"synthetic":tr', says: 'niet wat de kaart verwacht' },
	'a server error': { status: 500, body: 'boom', says: 'laden mislukt, de server gaf een fout' },
	'no network': { abort: true, says: 'laden mislukt, er is geen verbinding' }
};

async function failing(page: Page, file: string, failure: (typeof FAILURES)[string]) {
	let broken = true;
	await page.route(`**${file}`, (route) => {
		if (!broken) return route.continue();
		if (failure.abort) return route.abort('internetdisconnected');
		return route.fulfill({ status: failure.status ?? 200, contentType: 'application/json', body: failure.body });
	});
	return () => (broken = false);
}

for (const route of ROUTES) {
	test(`${route}: a monitor file that fails in any way is named, and the retry loads it`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = recordErrors(page);
		for (const [name, failure] of Object.entries(FAILURES)) {
			await page.unrouteAll();
			const repair = await failing(page, '/data/monitor-2025.json', failure);
			await page.goto(route);
			const alert = page.getByRole('alert');
			await expect(alert, name).toContainText(`De monitorgegevens van 2025: ${failure.says}`, { timeout: 20_000 });
			await expect(alert).toHaveAttribute('data-file', '/data/monitor-2025.json');
			repair();
			await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
			await expect(page.getByRole('alert'), name).toHaveCount(0, { timeout: 20_000 });
			if (route.startsWith('/tabel')) await expect(page.locator('tbody tr[data-code]')).toHaveCount(342);
			// A fixed embed never loads MapLibre: its SVG map drawing the data is the end.
			else if (route.startsWith('/embed')) await svgMapReady(page);
			else await mapIdle(page);
		}
		// The browser logs the failed requests we caused (500, offline) itself: those are not the page's errors.
		expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
	});
}

test('the data checks run in a worker; where it cannot start, the page checks the files itself', async ({ page }) => {
	const errors = recordErrors(page);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
	// A file that is JSON but not what the schema says: only the check can tell.
	await failing(page, '/data/monitor-2025.json', FAILURES['an empty object']);
	await page.goto('/tabel?jaar=2025');
	await expect(page.getByRole('alert')).toContainText('De monitorgegevens van 2025: niet wat de kaart verwacht', { timeout: 20_000 });
	expect(workers.filter((w) => /dataCheckWorker/.test(w))).toHaveLength(1);

	// The worker's code does not arrive: the same file is caught all the same, and good files load.
	await page.unrouteAll();
	await page.route('**/dataCheckWorker*', (route) => route.abort());
	const repair = await failing(page, '/data/monitor-2025.json', FAILURES['an empty object']);
	await page.goto('/tabel?jaar=2025');
	await expect(page.getByRole('alert')).toContainText('De monitorgegevens van 2025: niet wat de kaart verwacht', { timeout: 20_000 });
	repair();
	await page.getByRole('alert').getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(page.locator('tbody tr[data-code]')).toHaveCount(342, { timeout: 20_000 });
	expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
});

test('a request that never answers ends in a timeout alert, on the map, in the embed and in the table', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = recordErrors(page);
	for (const route of ['/?jaar=2025', '/embed?jaar=2025', '/tabel?jaar=2025']) {
		let hang = true;
		await page.unrouteAll();
		await page.route('**/data/voorzieningen.json', (r) => (hang ? undefined : r.continue()));
		await page.goto(route);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Het register van antidiscriminatievoorzieningen: kwam niet binnen 20 seconden binnen', { timeout: 30_000 });
		hang = false;
		await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 20_000 });
	}
	expect(errors).toEqual([]);
});

test('offline after the first load: the embed dialog, the picture export and the details panel say so and retry', async ({ page, context }) => {
	const errors = recordErrors(page);
	// The details panel's code is fetched ahead, when the browser is idle after the data, so going
	// offline later would not stop it: here its download fails (as offline) until the retry. Its file
	// name is a hash: it is the chunk with the panel's markup. Offline, every chunk fails.
	let offline = false;
	let panelFails = true;
	await failDownloads(
		page,
		'**/_app/immutable/chunks/*.js',
		(_, body) => offline || (panelFails && body.includes('aria-labelledby="panel-title"')),
		'internetdisconnected'
	);
	const setOffline = async (value: boolean) => {
		offline = value;
		await context.setOffline(value);
	};
	await page.goto('/?jaar=2022');
	await mapIdle(page);
	await expect(page.locator('.regions')).toBeVisible({ timeout: 20_000 });
	await setOffline(true);
	await page.getByRole('button', { name: 'Insluiten' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Een onderdeel van deze pagina: laden mislukt (bent u offline?)');
	await setOffline(false);
	await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

	await page
		.getByRole('button', { name: 'Zoek een gemeente' })
		.or(page.getByRole('combobox', { name: /Zoek/ }))
		.first()
		.fill('Utrecht');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('laden mislukt (bent u offline?)');
	panelFails = false;
	await page.getByRole('alert').getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(page.getByRole('region', { name: 'Utrecht' })).toBeVisible();
	expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/.test(e))).toEqual([]);
});

test('with MapLibre blocked the SVG map takes over, without an unhandled error', async ({ page }) => {
	const errors = recordErrors(page);
	// MapLibre's code is the one large chunk (its name is a hash): it and its worker fail to download.
	await failDownloads(page, '**/_app/immutable/**', (url, body) => /maplibre-gl-worker/i.test(url) || body.length > 400_000);
	await page.goto('/?jaar=2022');
	await page.getByRole('application').hover();
	await expect(page.getByRole('application')).toHaveAttribute('data-map-state', 'error', { timeout: 30_000 });
	await expect(page.locator('svg.svg-map')).toBeVisible();
	expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
