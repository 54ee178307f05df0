/** What the benchmark measures on a mid-range phone: the first view, a tap, and MapLibre when asked for. */
import type { Browser, Page } from '@playwright/test';
import { INSTRUMENT } from './measure.ts';

export interface PhoneResult {
	svgPaintedMs: number;
	tapToAnswerMs: number;
	/** A first tap once the data is in → the details panel on screen (a load of its own: phoneTapAfterData). */
	tapAfterDataMs: number;
	/** The data is in: the SVG map answers every tap, year and view. */
	interactiveMs: number;
	/** From the first tap on the zoom button (the reader asks for MapLibre) to MapLibre drawing, zoomed. */
	zoomToMapLibreMs: number;
}

/** A page in a new context with the mid-range phone's screen, CPU and network (see phoneLoad). */
async function phonePage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 562.5,
		downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
		uploadThroughput: (750 * 1000 * 0.9) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript('globalThis.__name = (f) => f;');
	await page.addInitScript(INSTRUMENT);
	return page;
}

/** Taps the middle of a municipality of the map shown; returns the time of the tap (the page's clock). */
async function tapMunicipality(page: Page, selector: string): Promise<number> {
	const box = (await page.locator(selector).first().boundingBox())!;
	await page.evaluate(() => {
		const w = window as unknown as { __bench: Record<string, number> };
		delete w.__bench.tap;
		document.addEventListener('pointerdown', () => (w.__bench.tap ??= performance.now()), { capture: true, once: true });
	});
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	return page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench.tap);
}

/**
 * A mid-range phone: 390×844 with touch, CPU throttled 4× and DevTools' "Fast 3G" network (562.5 ms
 * latency, 1.44 Mbit/s down, 675 kbit/s up) through the DevTools protocol. Measures when the
 * prerendered choropleth is painted, the time from a tap on a municipality of that map to its answer
 * (the details panel with its name) on screen, and when the interactive map (MapLibre) is idle.
 */
export async function phoneLoad(browser: Browser, origin: string, code = 'GM0344'): Promise<Omit<PhoneResult, 'tapAfterDataMs'>> {
	const page = await phonePage(browser);
	const context = page.context();
	await page.goto(`${origin}/`, { waitUntil: 'commit' });
	await page.waitForFunction(() => (window as unknown as { __bench: Record<string, number> }).__bench.svg, undefined, { timeout: 60_000, polling: 50 });
	// The tap waits for the page's script to have started (hydrated): before that, a tap is only noted
	// (src/lib/server/staticMap.ts) and answered once the app has started, which is not what this times.
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'yes', undefined, { timeout: 60_000, polling: 50 });
	const tapped = await tapMunicipality(page, `.ssr-map [data-code="${code}"]`);
	// The answer: the details panel, or the name and status the prerendered map already holds while the details load.
	await page.waitForFunction((c) => document.querySelector(`section.panel[data-code="${c}"], section.quick-answer[data-code="${c}"]`) !== null, code, {
		timeout: 60_000,
		polling: 'raf'
	});
	const answered = await page.evaluate(() => performance.now());
	await page.waitForSelector('[data-map-state="svg"]', { timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Inzoomen' }).tap();
	await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
	const bench = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
	await context.close();
	return { svgPaintedMs: bench.svg, tapToAnswerMs: answered - tapped, interactiveMs: bench.interactive, zoomToMapLibreMs: bench.idle - bench.asked };
}

/**
 * The phone's first tap once the data is in (a reader who looks a while first): from the tap on a
 * municipality of the SVG map to its details panel on screen. Nothing the answer needs may still be
 * on the network then.
 */
export async function phoneTapAfterData(browser: Browser, origin: string, code = 'GM0307'): Promise<number> {
	const page = await phonePage(browser);
	await page.goto(`${origin}/`, { waitUntil: 'commit' });
	await page.waitForSelector('[data-map-state="svg"]', { timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	const tapped = await tapMunicipality(page, `[data-renderer] svg [data-code="${code}"]`);
	await page.waitForFunction((c) => document.querySelector(`section.panel[data-code="${c}"]`) !== null, code, { timeout: 60_000, polling: 'raf' });
	const answered = await page.evaluate(() => performance.now());
	await page.context().close();
	return answered - tapped;
}
