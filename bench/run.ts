/**
 * `npm run bench [-- --runs 5] [-- --check]`: measures the built site (it builds nothing itself).
 * Serves build/ on localhost, drives Chromium through cold loads of / and /embed?jaar=2022 and year
 * switches, and reports bytes (gzip and brotli of every served file, as a static host would send
 * them), paint and idle times, switch latency and JS heap: median and spread over several runs.
 * Bytes are counted in three steps: the first view (before MapLibre and map data), the interactive
 * map (every request started before the map is first idle) and the rest the page loads after that
 * (the other survey years, register, indexes, region chart).
 * Writes bench/results/bench-<time>.json and .md and prints the table. With --check it exits non-zero
 * when a budget is broken.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../chromium.ts';
import { SURVEY_YEARS } from '../src/lib/model/geography.ts';
import { REPO_ROOT } from '../geo/lib/config.ts';
import { coldLoad, yearSwitch, type LoadResult } from './measure.ts';
import { BUILD, sizes } from './served.ts';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const CHECK = args.includes('--check');
const KB = 1024;

export const BUDGETS = {
	firstViewGzip: 120 * KB,
	interactiveGzip: 550 * KB,
	switchMainThreadMs: 16,
	switchToIdleMs: 60,
	geometryGzip: 50 * KB
};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

async function main() {
	if (!existsSync(path.join(BUILD, 'index.html'))) {
		console.error('bench: build/ is missing; run `npm run build` first (the benchmark builds nothing itself)');
		process.exit(2);
	}
	const server: Server = createServer(sirv(BUILD, { dev: false, etag: true }));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch(chromiumLaunch);

	const home: LoadResult[] = [];
	const embed: LoadResult[] = [];
	const switches: Record<string, Array<{ mainThreadMs: number; toIdleMs: number }>> = {};
	for (let run = 0; run < RUNS; run++) {
		const { page, result } = await coldLoad(browser, origin, '/');
		home.push(result);
		// From the default (latest) year to the first, then through the years in order.
		const sequence = [SURVEY_YEARS.at(-1)!, ...SURVEY_YEARS];
		for (let i = 1; i < sequence.length; i++) {
			const measured = await yearSwitch(page, sequence[i]);
			(switches[`${sequence[i - 1]}→${sequence[i]}`] ??= []).push(measured);
			// Let the map settle before the next switch.
			await page.waitForTimeout(300);
		}
		await page.context().close();
		const e = await coldLoad(browser, origin, '/embed?jaar=2022');
		embed.push(e.result);
		await e.page.context().close();
		process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
	}
	await browser.close();
	server.close();

	const geometry = Object.fromEntries(SURVEY_YEARS.map((y) => [y, sizes(path.join(BUILD, 'data', `gemeenten-${y}.topojson`))]));
	const summarize = (list: LoadResult[]) => ({
		fcpMs: stat(list.map((r) => r.fcpMs)),
		svgVisibleMs: stat(list.map((r) => r.svgVisibleMs)),
		mapIdleMs: stat(list.map((r) => r.mapIdleMs)),
		heapBytes: stat(list.map((r) => r.heapBytes)),
		firstViewGzip: stat(list.map((r) => r.firstViewGzip)),
		firstViewBrotli: stat(list.map((r) => r.firstViewBrotli)),
		interactiveGzip: stat(list.map((r) => r.interactiveGzip)),
		interactiveBrotli: stat(list.map((r) => r.interactiveBrotli)),
		totalGzip: stat(list.map((r) => r.totalGzip)),
		totalBrotli: stat(list.map((r) => r.totalBrotli)),
		mapLibreAfterPaint: list.every((r) => r.mapLibreAfterPaint),
		prerenderedChoropleth: list.every((r) => r.prerenderedChoropleth),
		files: list[0].served.map(({ path: p, type, startMs, bytes, gzip, brotli, mapLibre }) => ({
			path: p,
			type,
			startMs: Math.round(startMs),
			bytes,
			gzip,
			brotli,
			mapLibre
		})),
		byType: Object.entries(
			list[0].served.reduce<Record<string, { gzip: number; brotli: number; count: number }>>((acc, s) => {
				const t = (acc[s.type] ??= { gzip: 0, brotli: 0, count: 0 });
				t.gzip += s.gzip;
				t.brotli += s.brotli;
				t.count++;
				return acc;
			}, {})
		).map(([type, v]) => ({ type, ...v }))
	});
	const report = {
		date: new Date().toISOString(),
		runs: RUNS,
		home: summarize(home),
		embed: summarize(embed),
		yearSwitch: Object.fromEntries(
			Object.entries(switches).map(([k, v]) => [k, { mainThreadMs: stat(v.map((x) => x.mainThreadMs)), toIdleMs: stat(v.map((x) => x.toIdleMs)) }])
		),
		geometryGzip: Object.fromEntries(Object.entries(geometry).map(([y, s]) => [y, s.gzip]))
	};

	const worstSwitchMain = Math.max(...Object.values(report.yearSwitch).map((s) => s.mainThreadMs.median));
	const worstSwitchIdle = Math.max(...Object.values(report.yearSwitch).map((s) => s.toIdleMs.median));
	const budgets = [
		{ name: 'First view of / before MapLibre and map data (gzip)', value: report.home.firstViewGzip.median, budget: BUDGETS.firstViewGzip, unit: 'B' },
		{ name: 'Choropleth in the prerendered HTML', value: report.home.prerenderedChoropleth ? 1 : 0, budget: 1, unit: 'yes', atLeast: true },
		{ name: 'MapLibre requested after first paint', value: report.home.mapLibreAfterPaint ? 1 : 0, budget: 1, unit: 'yes', atLeast: true },
		{ name: 'Everything for the interactive map (gzip)', value: report.home.interactiveGzip.median, budget: BUDGETS.interactiveGzip, unit: 'B' },
		{ name: 'Year switch, main thread (worst median)', value: worstSwitchMain, budget: BUDGETS.switchMainThreadMs, unit: 'ms' },
		{ name: 'Year switch, until map idle (worst median)', value: worstSwitchIdle, budget: BUDGETS.switchToIdleMs, unit: 'ms' },
		...SURVEY_YEARS.map((y) => ({ name: `Geometry ${y} (gzip)`, value: report.geometryGzip[y], budget: BUDGETS.geometryGzip, unit: 'B' }))
	].map((b) => ({ ...b, ok: 'atLeast' in b ? b.value >= b.budget : b.value <= b.budget }));

	// KB here is 1024 bytes (KiB), as in the budgets.
	const fmt = (v: number, unit: string) => (unit === 'B' ? `${(v / KB).toFixed(1)} KB` : unit === 'ms' ? `${v.toFixed(1)} ms` : v ? 'yes' : 'no');
	const range = (s: { median: number; min: number; max: number }, unit: string) => `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
	const md = [
		`# Benchmark ${report.date} (${RUNS} runs, median (min–max))`,
		'',
		'| measure | / | /embed?jaar=2022 |',
		'|---|---|---|',
		...(['fcpMs', 'svgVisibleMs', 'mapIdleMs'] as const).map(
			(k) => `| ${k.replace('Ms', '')} | ${range(report.home[k], 'ms')} | ${range(report.embed[k], 'ms')} |`
		),
		`| JS heap after load | ${range(report.home.heapBytes, 'B')} | ${range(report.embed.heapBytes, 'B')} |`,
		`| first view (before MapLibre and map data), gzip / brotli | ${fmt(report.home.firstViewGzip.median, 'B')} / ${fmt(report.home.firstViewBrotli.median, 'B')} | ${fmt(report.embed.firstViewGzip.median, 'B')} / ${fmt(report.embed.firstViewBrotli.median, 'B')} |`,
		`| interactive map (requests before the map is idle), gzip / brotli | ${fmt(report.home.interactiveGzip.median, 'B')} / ${fmt(report.home.interactiveBrotli.median, 'B')} | ${fmt(report.embed.interactiveGzip.median, 'B')} / ${fmt(report.embed.interactiveBrotli.median, 'B')} |`,
		`| everything the page loads (with the other years, register, chart), gzip / brotli | ${fmt(report.home.totalGzip.median, 'B')} / ${fmt(report.home.totalBrotli.median, 'B')} | ${fmt(report.embed.totalGzip.median, 'B')} / ${fmt(report.embed.totalBrotli.median, 'B')} |`,
		...Object.entries(report.yearSwitch).map(
			([k, v]) => `| year switch ${k}: main thread / until idle | ${range(v.mainThreadMs, 'ms')} / ${range(v.toIdleMs, 'ms')} | |`
		),
		'',
		'| bytes by type (/, gzip / brotli) | files |',
		'|---|---|',
		...report.home.byType.map((t) => `| ${t.type}: ${fmt(t.gzip, 'B')} / ${fmt(t.brotli, 'B')} | ${t.count} |`),
		'',
		'| budget | value | limit | |',
		'|---|---|---|---|',
		...budgets.map((b) => `| ${b.name} | ${fmt(b.value, b.unit)} | ${'atLeast' in b ? 'yes' : fmt(b.budget, b.unit)} | ${b.ok ? 'ok' : '**over**'} |`)
	].join('\n');

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
