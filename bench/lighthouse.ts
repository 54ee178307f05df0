/**
 * Lighthouse (the npm package, mobile defaults: a simulated 4× slower CPU and slow 4G) on pages of the
 * built site as the benchmark serves them, with the production compression and caching headers.
 * Chromium is Debian's, started by chrome-launcher with the same quiet flags as the tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from '../chromium.ts';

export interface LighthouseResult {
	url: string;
	performance: number;
	totalBlockingTimeMs: number;
	largestContentfulPaintMs: number;
	firstContentfulPaintMs: number;
	/** The longest main-thread tasks (simulated phone): where the blocking time comes from. */
	longTasks: Array<{ url: string; durationMs: number; startMs: number }>;
	/** Lighthouse's measure of this machine's CPU (a mid-range phone scores about 1000). */
	benchmarkIndex: number;
}

export async function lighthouseRun(origin: string, paths: string[]): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumLaunch.executablePath,
		chromeFlags: ['--headless=new', ...chromiumLaunch.args]
	});
	try {
		const results: LighthouseResult[] = [];
		for (const p of paths) {
			const runner = await lighthouse(`${origin}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
			const lhr = runner!.lhr;
			results.push({
				url: p,
				performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
				totalBlockingTimeMs: lhr.audits['total-blocking-time'].numericValue ?? NaN,
				largestContentfulPaintMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
				firstContentfulPaintMs: lhr.audits['first-contentful-paint'].numericValue ?? NaN,
				longTasks: ((lhr.audits['long-tasks']?.details as { items?: Array<{ url: string; duration: number; startTime: number }> } | undefined)?.items ?? [])
					.slice(0, 6)
					.map((t) => ({ url: t.url.replace(origin, ''), durationMs: Math.round(t.duration), startMs: Math.round(t.startTime) })),
				benchmarkIndex: lhr.environment.benchmarkIndex
			});
		}
		return results;
	} finally {
		chrome.kill();
	}
}
