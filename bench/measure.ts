/** What the benchmark measures in the browser: a cold load of a page, and a year switch. */
import type { Browser, Page } from '@playwright/test';
import { PERF_MARKS } from '../src/lib/perfMarks.ts';
import { fileFor, sizes, type Served } from './served.ts';

const INSTRUMENT = () => {
	const w = window as unknown as { __bench: Record<string, number> };
	w.__bench = {};
	const check = () => {
		if (!w.__bench.svg && document.querySelector('[data-ssr-map] svg path, svg.svg-map path')) {
			requestAnimationFrame(() => (w.__bench.svg ??= performance.now()));
		}
		if (!w.__bench.idle && document.querySelector('[data-map-state="idle"]')) w.__bench.idle = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
	document.addEventListener('DOMContentLoaded', check);
};

export interface LoadResult {
	fcpMs: number;
	svgVisibleMs: number;
	mapIdleMs: number;
	heapBytes: number;
	served: Served[];
	firstViewGzip: number;
	firstViewBrotli: number;
	interactiveGzip: number;
	interactiveBrotli: number;
	totalGzip: number;
	totalBrotli: number;
	mapLibreAfterPaint: boolean;
	prerenderedChoropleth: boolean;
}

export async function coldLoad(browser: Browser, origin: string, url: string): Promise<{ page: Page; result: LoadResult }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	// tsx names functions with a helper that does not exist in the page; give it one.
	await page.addInitScript('globalThis.__name = (f) => f;');
	await page.addInitScript(INSTRUMENT);
	const response = await page.goto(`${origin}${url}`);
	const html = (await response!.text()) ?? '';
	await page.waitForSelector('[data-map-state="idle"]', { timeout: 90_000 });
	// Then the rest of the data, and the map taking it in: every year added and drawn once.
	await page.waitForFunction((complete) => performance.getEntriesByName(complete).length > 0, PERF_MARKS.mapComplete, { timeout: 90_000 });
	await page.waitForTimeout(300);
	const timing = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const resources = performance
			.getEntriesByType('resource')
			.map((r) => ({ name: r.name, start: r.startTime, type: (r as PerformanceResourceTiming).initiatorType }));
		return { fcp, resources, bench: (window as unknown as { __bench: Record<string, number> }).__bench };
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

	const served: Served[] = [{ name: `${origin}${url}`, start: 0, type: 'document' }, ...timing.resources].flatMap((r) => {
		const u = new URL(r.name);
		if (u.origin !== origin) return [];
		const file = fileFor(u.pathname);
		if (!file) return [];
		return [{ path: u.pathname + (r.type === 'document' ? u.search : ''), type: r.type, startMs: r.start, ...sizes(file) }];
	});
	const mapLibreStart = Math.min(...served.filter((s) => s.mapLibre).map((s) => s.startMs));
	// The first view is what the page needs to show the prerendered map, legend and figures: all
	// requests before the app starts loading MapLibre and the map data, which it does after painting.
	const dataStart = Math.min(...served.filter((s) => s.type === 'fetch' && s.path.startsWith('/data/')).map((s) => s.startMs));
	const before = served.filter((s) => s.startMs < Math.min(mapLibreStart, dataStart));
	const untilIdle = served.filter((s) => s.startMs < timing.bench.idle);
	const sum = (list: Served[], key: 'gzip' | 'brotli') => list.reduce((n, s) => n + s[key], 0);
	return {
		page,
		result: {
			fcpMs: timing.fcp,
			svgVisibleMs: timing.bench.svg ?? NaN,
			mapIdleMs: timing.bench.idle ?? NaN,
			heapBytes: heap.usedSize,
			served,
			firstViewGzip: sum(before, 'gzip'),
			firstViewBrotli: sum(before, 'brotli'),
			interactiveGzip: sum(untilIdle, 'gzip'),
			interactiveBrotli: sum(untilIdle, 'brotli'),
			totalGzip: sum(served, 'gzip'),
			totalBrotli: sum(served, 'brotli'),
			mapLibreAfterPaint: mapLibreStart > timing.fcp && dataStart > timing.fcp,
			prerenderedChoropleth: /data-ssr-map="\d{4}"><svg[^>]*role="img"/.test(html) && (html.match(/<path d="[mM]/g)?.length ?? 0) > 300
		}
	};
}

/** Main-thread time of a year switch (click to the map being updated) and time until MapLibre is idle again. */
export async function yearSwitch(page: Page, year: number): Promise<{ mainThreadMs: number; toIdleMs: number }> {
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
