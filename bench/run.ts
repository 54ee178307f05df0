/**
 * `npm run bench [-- --runs 5] [-- --check] [-- --skip phone,lighthouse]`: measures the built site (it
 * builds nothing itself). Timings are this machine's; the switch budgets are ratios to two references
 * measured in the same browser and run: the redraw floor (one repaint of the same view until idle)
 * and a naive map of the same data (one GeoJSON source, setData per year: bench/reference.ts).
 * A phone profile (390×844, touch, CPU 4× slower, Fast 3G) and Lighthouse (mobile, the median of at
 * least five runs per page, and of a blank page as this machine's floor) run as well.
 * Serves build/ on localhost (Lighthouse's pages with Debian's nginx and deploy/nginx/, as production
 * does), drives Chromium through cold loads of / and /embed?jaar=2022 and year
 * switches, and reports bytes (gzip and brotli of every served file, as a static host would send
 * them), paint and idle times, switch latency and JS heap: median and spread over several runs.
 * Bytes are counted in three steps: the first view (before MapLibre and map data), the interactive
 * map (every request started before the map is first idle) and the rest the page loads after that
 * (the other survey years, register, indexes, region chart).
 * Writes bench/results/bench-<time>.json and .md (bench/report.ts) and prints the table. With --check it exits non-zero
 * when a budget is broken.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../chromium.ts';
import { SURVEY_YEARS } from '../src/lib/model/geography.ts';
import { REPO_ROOT } from '../geo/lib/config.ts';
import { coldLoad, heapAfterCollection, mapSize, redrawFloor, referenceRun, yearSwitch, type LoadResult, type ReferenceResult } from './measure.ts';
import { phoneLoad, phoneTapAfterData, type PhoneResult } from './phone.ts';
import { lighthouseRun, type LighthouseResult } from './lighthouse.ts';
import { budgetChecks, buildReport, markdown } from './report.ts';
import { BLANK_PAGE, referenceRoutes } from './reference.ts';
import { siteHandler } from '../scripts/lib/siteServer.ts';
import { startNginx } from '../scripts/lib/nginx.ts';
import { BUILD, sizes } from './served.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const CHECK = args.includes('--check');
const SKIP = new Set((args.includes('--skip') ? args[args.indexOf('--skip') + 1] : '').split(',').filter(Boolean));
const LIGHTHOUSE_PAGES = ['/', '/embed?jaar=2022', '/tabel'];
// Lighthouse's own advice: the median of five runs. One run's blocking time for the same build of
// /tabel ranged from 87 to 403 ms on a 2-core machine (4 December), and a median of three moves
// with it more than a median of five: five at least, whatever --runs asks of the rest.
const LIGHTHOUSE_RUNS = Math.max(5, RUNS % 2 ? RUNS : RUNS + 1);

/**
 * Lighthouse on the pages as production serves them: Debian's nginx with deploy/nginx/ (the same
 * headers, precompressed files and caching), in a process of its own. Served from this process
 * instead, each response waited on the event loop that also takes in Lighthouse's trace, and the
 * pages' blocking time came out higher (and more scattered) on a 2-core machine. The blank page
 * (this machine's floor) is the benchmark's own and comes from this process.
 */
async function lighthouseOnNginx(benchOrigin: string): Promise<LighthouseResult[]> {
	const nginx = await startNginx({ root: BUILD, port: await freePort(), stdio: 'pipe' });
	try {
		const pages = [...LIGHTHOUSE_PAGES.map((p) => ({ origin: nginx.origin, path: p })), { origin: benchOrigin, path: BLANK_PAGE }];
		return await lighthouseRun(pages, LIGHTHOUSE_RUNS);
	} finally {
		await nginx.stop();
	}
}

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

async function main() {
	if (!existsSync(path.join(BUILD, 'index.html'))) {
		console.error('bench: build/ is missing; run `npm run build` first (the benchmark builds nothing itself)');
		process.exit(2);
	}
	// As a production host serves the site (compression, caching), plus the naive reference map under /__bench/.
	const site = siteHandler(BUILD);
	const server: Server = createServer((request, response) => referenceRoutes(request, response) || site(request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch(chromiumLaunch);

	const home: LoadResult[] = [];
	const embed: LoadResult[] = [];
	const switches: Record<string, Array<{ mainThreadMs: number; toIdleMs: number }>> = {};
	const floor: number[] = [];
	const reference: ReferenceResult[] = [];
	const phone: PhoneResult[] = [];
	// From the default (latest) year to the first, then through the years in order.
	const sequence = [SURVEY_YEARS.at(-1)!, ...SURVEY_YEARS];
	for (let run = 0; run < RUNS; run++) {
		const { page, result } = await coldLoad(browser, origin, '/', true);
		for (let i = 1; i < sequence.length; i++) {
			const measured = await yearSwitch(page, sequence[i]);
			(switches[`${sequence[i - 1]}→${sequence[i]}`] ??= []).push(measured);
			// Let the map settle before the next switch.
			await page.waitForTimeout(300);
		}
		floor.push(...(await redrawFloor(page, 3)));
		const size = await mapSize(page);
		home.push({ ...result, heapBytes: await heapAfterCollection(page) });
		await page.context().close();
		reference.push(await referenceRun(browser, origin, size, sequence));
		if (!SKIP.has('phone')) phone.push({ ...(await phoneLoad(browser, origin)), tapAfterDataMs: await phoneTapAfterData(browser, origin) });
		// A fixed embed (the default) never loads MapLibre.
		const e = await coldLoad(browser, origin, '/embed?jaar=2022', false);
		embed.push({ ...e.result, heapBytes: await heapAfterCollection(e.page) });
		await e.page.context().close();
		process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
	}
	await browser.close();
	// The blank page last, measured the same way: this machine's floor, printed beside the pages (not a budget).
	const measuredPages: LighthouseResult[] = SKIP.has('lighthouse') ? [] : await lighthouseOnNginx(origin);
	const lighthouse = measuredPages.filter((l) => l.url !== BLANK_PAGE);
	const lighthouseFloor = measuredPages.find((l) => l.url === BLANK_PAGE) ?? null;
	server.close();

	const geometryGzip = Object.fromEntries(SURVEY_YEARS.map((y) => [y, sizes(path.join(BUILD, 'data', `gemeenten-${y}.topojson`)).gzip]));
	const report = buildReport({ runs: RUNS, home, embed, switches, floor, reference, phone, lighthouse, lighthouseFloor, geometryGzip });
	const budgets = budgetChecks(report);
	const md = markdown(report, budgets);

	const outDir = path.join(REPO_ROOT, 'bench', 'results');
	await mkdir(outDir, { recursive: true });
	const stamp = report.date.replace(/[:.]/g, '-');
	await writeFile(path.join(outDir, `bench-${stamp}.json`), JSON.stringify({ ...report, budgets }, null, 2));
	await writeFile(path.join(outDir, `bench-${stamp}.md`), md + '\n');
	console.log(md);
	console.log(`\nwrote bench/results/bench-${stamp}.json and .md`);
	if (CHECK && budgets.some((b) => !b.ok)) {
		console.error(
			`\nbudgets broken: ${budgets
				.filter((b) => !b.ok)
				.map((b) => b.name)
				.join('; ')}`
		);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
