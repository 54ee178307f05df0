/**
 * Lighthouse (the npm package, mobile defaults: a simulated 4× slower CPU and slow 4G) on pages of the
 * built site as the benchmark serves them, with the production compression and caching headers.
 * Chromium is Debian's, started by chrome-launcher with the same quiet flags as the tests. One run's
 * blocking time varies by half from run to run on the same build (how the tasks of a load happen to
 * fall), so each page is run several times and the median reported, as Lighthouse itself advises.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from '../chromium.ts';
import { mainThreadTime, type MainThreadTime } from './mainThreadTime.ts';

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
	/** The page's main thread in the median run: its tasks by the wall clock and by CPU time (mainThreadTime.ts). */
	mainThread: MainThreadTime | null;
	/** Every run's performance score and blocking time; the fields above are their medians (the long tasks and main thread of the median run). */
	runs: Array<{ performance: number; totalBlockingTimeMs: number; mainThread: MainThreadTime | null }>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A page to measure: its path, on the server at `origin`. */
export interface LighthousePage {
	origin: string;
	path: string;
}

export async function lighthouseRun(pages: LighthousePage[], runs = 3): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumLaunch.executablePath,
		chromeFlags: ['--headless=new', ...chromiumLaunch.args]
	});
	try {
		const results: LighthouseResult[] = [];
		for (const { origin, path } of pages) {
			const each: Array<Omit<LighthouseResult, 'runs'>> = [];
			for (let run = 0; run < runs; run++) each.push(await lighthouseOnce(chrome.port, origin, path));
			const byBlocking = [...each].sort((a, b) => a.totalBlockingTimeMs - b.totalBlockingTimeMs);
			results.push({
				...byBlocking[Math.floor(each.length / 2)],
				performance: median(each.map((r) => r.performance)),
				largestContentfulPaintMs: median(each.map((r) => r.largestContentfulPaintMs)),
				firstContentfulPaintMs: median(each.map((r) => r.firstContentfulPaintMs)),
				runs: each.map((r) => ({ performance: r.performance, totalBlockingTimeMs: r.totalBlockingTimeMs, mainThread: r.mainThread }))
			});
		}
		return results;
	} finally {
		chrome.kill();
	}
}

async function lighthouseOnce(port: number, origin: string, p: string): Promise<Omit<LighthouseResult, 'runs'>> {
	const url = `${origin}${p}`;
	const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
	const lhr = runner!.lhr;
	const trace = runner!.artifacts.Trace;
	return {
		url: p,
		performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
		totalBlockingTimeMs: lhr.audits['total-blocking-time'].numericValue ?? NaN,
		largestContentfulPaintMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
		firstContentfulPaintMs: lhr.audits['first-contentful-paint'].numericValue ?? NaN,
		longTasks: ((lhr.audits['long-tasks']?.details as { items?: Array<{ url: string; duration: number; startTime: number }> } | undefined)?.items ?? [])
			.slice(0, 6)
			.map((t) => ({ url: t.url.replace(origin, ''), durationMs: Math.round(t.duration), startMs: Math.round(t.startTime) })),
		benchmarkIndex: lhr.environment.benchmarkIndex,
		mainThread: trace ? mainThreadTime(trace.traceEvents, url) : null
	};
}
