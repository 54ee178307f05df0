import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { PERF_MARKS } from '../../src/lib/perfMarks';

/** Records every request the page makes, to prove nothing leaves the served origin. */
export function recordRequests(page: Page): URL[] {
	const urls: URL[] = [];
	page.on('request', (request) => urls.push(new URL(request.url())));
	return urls;
}

export function offsite(urls: URL[]): string[] {
	return urls.filter((u) => !['data:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname)).map((u) => u.href);
}

/**
 * Records every element taken out of the page once it is parsed (the app's modules run after that):
 * hydration that did not match the prerendered markup would build parts again. Read with `removedElements`.
 */
export async function recordRemovedElements(page: Page) {
	await page.addInitScript(`(() => {
		window.removedElements = [];
		document.addEventListener('DOMContentLoaded', () => {
			new MutationObserver((records) => {
				for (const record of records)
					for (const node of record.removedNodes) if (node.nodeType === 1) window.removedElements.push(node.outerHTML.slice(0, 80));
			}).observe(document, { childList: true, subtree: true });
		});
	})()`);
}

export function removedElements(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { removedElements: string[] }).removedElements);
}

/** Collects uncaught exceptions and console errors. */
export function recordErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/** Pixel colours of a screenshot, counted, as "r,g,b" keys. */
export function colourCounts(png: Buffer): { total: number; counts: Map<string, number> } {
	const image = PNG.sync.read(png);
	const counts = new Map<string, number>();
	for (let i = 0; i < image.data.length; i += 4) {
		const key = `${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return { total: image.width * image.height, counts };
}

/** Share of pixels within `tolerance` (per channel) of an RGB colour given as #rrggbb. */
export function shareOf(colours: ReturnType<typeof colourCounts>, hex: string, tolerance = 6): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (const [key, count] of colours.counts) {
		const [pr, pg, pb] = key.split(',').map(Number);
		if (Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance) n += count;
	}
	return n / colours.total;
}

/**
 * The map with its data drawn, as a reader with a mouse meets it: MapLibre loads only on a first mouse
 * over the map (or a pinch, or a zoom), so this moves the mouse over the map and off again (no tooltip
 * over what a test looks at) and waits until MapLibre draws. A fixed embed never loads MapLibre: there
 * the SVG map with the data is the end.
 */
export async function mapIdle(page: Page) {
	const map = page.locator('[data-map-state]');
	await expect(map).toHaveAttribute('data-map-state', /svg|idle/, { timeout: 45_000 });
	if (await page.locator('.map-frame .controls').isHidden()) return;
	await map.hover();
	await page.mouse.move(0, 0);
	await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
}

/**
 * Does `action`, then waits until MapLibre has finished rendering what it changed: an idle mark later
 * than the action (or than `since`, a time on the page's clock). Fixed waits are too short on a slow
 * machine, where an animated fit or a year's redraw can take seconds.
 */
export async function settleMap(page: Page, action: () => Promise<unknown> = async () => {}, since?: number) {
	const start = since ?? (await page.evaluate(() => performance.now()));
	await action();
	await page.waitForFunction(
		([name, after]) => performance.getEntriesByName(name).some((entry) => entry.startTime > after),
		[PERF_MARKS.mapIdle, start] as const,
		{ timeout: 45_000 }
	);
}

/**
 * Holds back the page's requests for `pattern` until the returned function is called: a slow network
 * for just those files, as long as the test needs.
 */
export async function holdBack(page: Page, pattern: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Lets the page's downloads for `pattern` fail where `fails` says so, seeing each response's address
 * and body (code files are named by a hash); the others are passed on. Playwright hands the body back
 * decoded, so it goes on without the server's content-encoding.
 */
export async function failDownloads(page: Page, pattern: string, fails: (url: string, body: Buffer) => boolean, errorCode?: string) {
	await page.route(pattern, async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.body();
			if (fails(route.request().url(), body)) return await route.abort(errorCode);
			const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
			return await route.fulfill({ status: response.status(), headers, body });
		} catch (error) {
			// A request still in flight when the test has ended: its response is gone, nothing to pass on.
			if (!/disposed|closed/i.test(String(error))) throw error;
		}
	});
}

/** Waits until every year is on the MapLibre map and drawn once (the change joins it only in the change view). */
export async function mapComplete(page: Page) {
	await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF_MARKS.mapComplete, { timeout: 45_000 });
}

/**
 * Waits until everything the page loads is in (the page's own perf mark, set when the last file
 * arrived and the view asked for in the URL was framed). A quiet network is no such signal: the rest
 * of the data is asked for only once the map has drawn, which on a slow machine can be after a pause.
 */
export async function allDataIn(page: Page) {
	await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF_MARKS.dataLoaded, { timeout: 45_000 });
}

/** Waits until the data is in and the SVG map draws it (MapLibre not asked for). */
export async function svgMapReady(page: Page) {
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'svg', { timeout: 45_000 });
}

export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')})`
		)
	).toEqual([]);
}

/** Share of pixels that differ between two screenshots of the same size. */
export function differingShare(a: Buffer, b: Buffer): number {
	const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
	let differ = 0;
	for (let i = 0; i < x.data.length; i += 4) {
		if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 30) differ++;
	}
	return differ / (x.width * x.height);
}
