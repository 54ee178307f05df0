/** What the benchmark measures in the browser: a cold load of a page, and a year switch. */
import type { Browser, Page } from '@playwright/test';
import { PERF_MARKS, REPAINT_EVENT } from '../src/lib/perfMarks.ts';
import { fileFor, sizes, type Served } from './served.ts';

export const INSTRUMENT = () => {
	const w = window as unknown as { __bench: Record<string, number> };
	w.__bench = {};
	const check = () => {
		if (!w.__bench.svg && document.querySelector('[data-ssr-map] svg path, svg.svg-map path')) {
			requestAnimationFrame(() => (w.__bench.svg ??= performance.now()));
		}
		if (!w.__bench.interactive && document.querySelector('[data-map-state="svg"]')) w.__bench.interactive = performance.now();
		if (!w.__bench.idle && document.querySelector('[data-map-state="idle"]')) w.__bench.idle = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
	document.addEventListener('DOMContentLoaded', check);
	// The reader's first request for MapLibre: a mouse over the map, or a tap on a zoom button.
	document.addEventListener('pointerenter', (e) => (e.target as Element).closest?.('.map-stack') && (w.__bench.asked ??= performance.now()), { capture: true });
	document.addEventListener('pointerdown', (e) => (e.target as Element).closest?.('.controls') && (w.__bench.asked ??= performance.now()), { capture: true });
};

/**
 * In every page the benchmark times (ours and the naive reference): `settle` waits until the browser
 * has drawn what it owed (two frames in a row within 25 ms, at most 3 s). With software WebGL a frame
 * can take the GPU thread longer than the main thread, and a measurement started while it catches up
 * would time the backlog, not the change. Every switch and every redraw starts settled.
 */
export const FRAME_HELPERS = `window.__frames = {
	async settle() {
		const end = performance.now() + 3000;
		let last = performance.now();
		let quick = 0;
		while (quick < 2 && performance.now() < end) {
			await new Promise((r) => requestAnimationFrame(r));
			const now = performance.now();
			quick = now - last < 25 ? quick + 1 : 0;
			last = now;
		}
	}
};`;
const settle = (page: Page) => page.evaluate('window.__frames.settle()');

export interface LoadResult {
	fcpMs: number;
	svgVisibleMs: number;
	/** The data is in and the SVG map answers taps, hovers, keys and years. */
	interactiveMs: number;
	/** JS heap after a full collection (heapAfterCollection), once the page's switches are timed. */
	heapBytes: number;
	/** From the reader's first request (a mouse over the map) to MapLibre drawing; NaN where not asked (a fixed embed). */
	mapLibreMs: number;
	served: Served[];
	firstViewGzip: number;
	firstViewBrotli: number;
	interactiveGzip: number;
	interactiveBrotli: number;
	/** With MapLibre, once the reader has asked for it (the same as interactive where not asked). */
	withMapLibreGzip: number;
	withMapLibreBrotli: number;
	totalGzip: number;
	totalBrotli: number;
	/** MapLibre is loaded only when the reader asks for it (and the data only after the first paint). */
	mapLibreOnRequest: boolean;
	prerenderedChoropleth: boolean;
}

/**
 * A cold load of `url` at 1280×900. The page is interactive when the SVG map has the data; with
 * `startMapLibre` the mouse then goes over the map, as a desktop reader's does, and the load ends when
 * MapLibre has drawn every year once.
 */
export async function coldLoad(
	browser: Browser,
	origin: string,
	url: string,
	startMapLibre: boolean
): Promise<{ page: Page; result: Omit<LoadResult, 'heapBytes'> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	// tsx names functions with a helper that does not exist in the page; give it one.
	await page.addInitScript('globalThis.__name = (f) => f;');
	await page.addInitScript(INSTRUMENT);
	await page.addInitScript(FRAME_HELPERS);
	const response = await page.goto(`${origin}${url}`);
	const html = (await response!.text()) ?? '';
	await page.waitForSelector('[data-map-state="svg"]', { timeout: 90_000 });
	await page.waitForLoadState('networkidle');
	if (startMapLibre) {
		await page.locator('.map-stack').hover();
		await page.mouse.move(5, 5);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 90_000 });
		// Then the map taking in the rest of the data: every year added and drawn once.
		await page.waitForFunction((complete) => performance.getEntriesByName(complete).length > 0, PERF_MARKS.mapComplete, { timeout: 90_000 });
	}
	await page.waitForTimeout(300);
	const timing = await page.evaluate((loadMark) => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const resources = performance
			.getEntriesByType('resource')
			.map((r) => ({ name: r.name, start: r.startTime, type: (r as PerformanceResourceTiming).initiatorType }));
		const loadStarted = performance.getEntriesByName(loadMark)[0]?.startTime ?? Infinity;
		return { fcp, loadStarted, resources, bench: (window as unknown as { __bench: Record<string, number> }).__bench };
	}, PERF_MARKS.loadStarted);

	const served: Served[] = [{ name: `${origin}${url}`, start: 0, type: 'document' }, ...timing.resources].flatMap((r) => {
		const u = new URL(r.name);
		if (u.origin !== origin) return [];
		const file = fileFor(u.pathname);
		if (!file) return [];
		return [{ path: u.pathname + (r.type === 'document' ? u.search : ''), type: r.type, startMs: r.start, ...sizes(file) }];
	});
	const mapLibreStart = Math.min(...served.filter((s) => s.mapLibre).map((s) => s.startMs));
	// The first view is what the page needs to show the prerendered map, legend and figures: all
	// requests before the app starts loading its data (after painting), or MapLibre.
	const dataStart = Math.min(...served.filter((s) => s.type === 'fetch' && s.path.startsWith('/data/')).map((s) => s.startMs));
	// (The code that loads the data, its schemas among it, is requested by the load itself: not first view.)
	const before = served.filter((s) => s.startMs < Math.min(mapLibreStart, dataStart, timing.loadStarted));
	const untilInteractive = served.filter((s) => s.startMs < timing.bench.interactive);
	const withMapLibre = startMapLibre ? served.filter((s) => s.startMs < timing.bench.idle || s.mapLibre) : untilInteractive;
	const sum = (list: Served[], key: 'gzip' | 'brotli') => list.reduce((n, s) => n + s[key], 0);
	return {
		page,
		result: {
			fcpMs: timing.fcp,
			svgVisibleMs: timing.bench.svg ?? NaN,
			interactiveMs: timing.bench.interactive ?? NaN,
			mapLibreMs: startMapLibre ? timing.bench.idle - timing.bench.asked : NaN,
			served,
			firstViewGzip: sum(before, 'gzip'),
			firstViewBrotli: sum(before, 'brotli'),
			interactiveGzip: sum(untilInteractive, 'gzip'),
			interactiveBrotli: sum(untilInteractive, 'brotli'),
			withMapLibreGzip: sum(withMapLibre, 'gzip'),
			withMapLibreBrotli: sum(withMapLibre, 'brotli'),
			totalGzip: sum(served, 'gzip'),
			totalBrotli: sum(served, 'brotli'),
			mapLibreOnRequest: mapLibreStart >= (startMapLibre ? timing.bench.asked : Infinity) && dataStart > timing.fcp,
			prerenderedChoropleth: /data-ssr-map="\d{4}"><svg[^>]*role="img"/.test(html) && (html.match(/<path d="[mM]/g)?.length ?? 0) > 300
		}
	};
}

/**
 * The page's JS heap after a full garbage collection. It runs once the page's switches are timed, not
 * before: DevTools' forced collection is one no reader's page goes through, and a switch timed after it
 * ran slower (the first one 12.8–19.6 ms of main thread against 9.2–13.8 without it, four loads each).
 */
export async function heapAfterCollection(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize;
}

/** Main-thread time of a year switch (click to the map being updated) and time until MapLibre is idle again. */
export async function yearSwitch(page: Page, year: number): Promise<{ mainThreadMs: number; toIdleMs: number }> {
	await settle(page);
	return page.evaluate(
		async ({ y, marks }) => {
			const input = document.querySelector<HTMLInputElement>(`input[name="jaar"][value="${y}"]`)!;
			performance.clearMarks();
			const t0 = performance.now();
			input.click();
			const marked = (name: string) =>
				new Promise<number>((resolve) => {
					const poll = () => {
						const mark = performance.getEntriesByName(name).find((e) => e.startTime >= t0);
						if (mark) resolve(mark.startTime);
						else setTimeout(poll, 1);
					};
					poll();
				});
			const updated = await marked(marks.mapUpdated);
			const idle = await marked(marks.mapIdle);
			return { mainThreadMs: updated - t0, toIdleMs: idle - t0 };
		},
		{ y: year, marks: PERF_MARKS }
	);
}

/** Redraw floor: one repaint of the unchanged view, from the request to the map being idle again. */
export async function redrawFloor(page: Page, times: number): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < times; i++) {
		await settle(page);
		out.push(
			await page.evaluate(
				async ([idleMark, repaintEvent]) => {
					performance.clearMarks(idleMark);
					const t0 = performance.now();
					document.querySelector('.maplibre')!.dispatchEvent(new Event(repaintEvent));
					return new Promise<number>((resolve) => {
						const poll = () => {
							const mark = performance.getEntriesByName(idleMark).find((e) => e.startTime >= t0);
							if (mark) resolve(mark.startTime - t0);
							else setTimeout(poll, 1);
						};
						poll();
					});
				},
				[PERF_MARKS.mapIdle, REPAINT_EVENT] as const
			)
		);
	}
	return out;
}

/** The size of the map on the page, so the reference map draws the same number of pixels. */
export const mapSize = (page: Page) =>
	page.evaluate(() => {
		const box = document.querySelector('.maplibre')!.getBoundingClientRect();
		return { width: Math.round(box.width), height: Math.round(box.height) };
	});

export interface ReferenceResult {
	switches: Array<{ from: number; to: number; mainThreadMs: number; toIdleMs: number }>;
	redrawMs: number[];
}

/** The naive reference map (bench/reference.ts), switched through the same years as ours. */
export async function referenceRun(browser: Browser, origin: string, size: { width: number; height: number }, sequence: number[]): Promise<ReferenceResult> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(FRAME_HELPERS);
	await page.goto(`${origin}/__bench/reference.html?w=${size.width}&h=${size.height}&year=${sequence[0]}`);
	await page.waitForSelector('body[data-ready="yes"]', { state: 'attached', timeout: 90_000 });
	const switches: ReferenceResult['switches'] = [];
	for (let i = 1; i < sequence.length; i++) {
		await settle(page);
		const measured = await page.evaluate(
			(year) => (window as unknown as { __reference: { switchTo(y: number): Promise<{ mainThreadMs: number; toIdleMs: number }> } }).__reference.switchTo(year),
			sequence[i]
		);
		switches.push({ from: sequence[i - 1], to: sequence[i], ...measured });
	}
	const redrawMs: number[] = [];
	for (let i = 0; i < 3; i++) {
		await settle(page);
		redrawMs.push(await page.evaluate(() => (window as unknown as { __reference: { repaint(): Promise<number> } }).__reference.repaint()));
	}
	await context.close();
	return { switches, redrawMs };
}
