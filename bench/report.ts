/**
 * The benchmark's report (bench/run.ts measures): medians and spreads over the runs, the ratios of
 * each year switch to the references measured in the same run, the budgets, and the Markdown table
 * that is printed and written next to the JSON.
 */
import { SURVEY_YEARS } from '../src/lib/model/geography.ts';
import type { LoadResult, ReferenceResult } from './measure.ts';
import type { PhoneResult } from './phone.ts';
import type { LighthouseResult } from './lighthouse.ts';

const KB = 1024;

export const BUDGETS = {
	firstViewGzip: 120 * KB,
	interactiveGzip: 550 * KB,
	switchMainThreadMs: 16,
	/** Until idle, as a multiple of the redraw floor (a repaint of the same view) measured in the same run. */
	switchToFloor: 1.5,
	/** Until idle, as a share of the naive reference map's switch measured in the same run. */
	switchToNaive: 1 / 3,
	geometryGzip: 50 * KB,
	phoneSvgPaintedMs: 2500,
	phoneTapToAnswerMs: 300,
	lighthousePerformance: 90,
	lighthouseTbtMs: 200
};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

const summarize = (list: LoadResult[]) => ({
	fcpMs: stat(list.map((r) => r.fcpMs)),
	svgVisibleMs: stat(list.map((r) => r.svgVisibleMs)),
	interactiveMs: stat(list.map((r) => r.interactiveMs)),
	mapLibreMs: stat(list.map((r) => r.mapLibreMs)),
	heapBytes: stat(list.map((r) => r.heapBytes)),
	firstViewGzip: stat(list.map((r) => r.firstViewGzip)),
	firstViewBrotli: stat(list.map((r) => r.firstViewBrotli)),
	interactiveGzip: stat(list.map((r) => r.interactiveGzip)),
	interactiveBrotli: stat(list.map((r) => r.interactiveBrotli)),
	withMapLibreGzip: stat(list.map((r) => r.withMapLibreGzip)),
	withMapLibreBrotli: stat(list.map((r) => r.withMapLibreBrotli)),
	totalGzip: stat(list.map((r) => r.totalGzip)),
	totalBrotli: stat(list.map((r) => r.totalBrotli)),
	mapLibreOnRequest: list.every((r) => r.mapLibreOnRequest),
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

/** What one benchmark measured, run by run. */
export interface Measured {
	runs: number;
	home: LoadResult[];
	embed: LoadResult[];
	switches: Record<string, Array<{ mainThreadMs: number; toIdleMs: number }>>;
	floor: number[];
	reference: ReferenceResult[];
	phone: PhoneResult[];
	lighthouse: LighthouseResult[];
	/** Lighthouse on a blank page (bench/reference.ts): this machine's floor, not a budget. */
	lighthouseFloor: LighthouseResult | null;
	/** Gzip bytes of each year's geometry. */
	geometryGzip: Record<string, number>;
}

export function buildReport({ runs, home, embed, switches, floor, reference, phone, lighthouse, lighthouseFloor, geometryGzip }: Measured) {
	return {
		date: new Date().toISOString(),
		runs,
		home: summarize(home),
		embed: summarize(embed),
		yearSwitch: Object.fromEntries(
			Object.entries(switches).map(([k, v]) => {
				const naive = reference.flatMap((r) => r.switches.filter((s) => `${s.from}→${s.to}` === k));
				const toIdle = stat(v.map((x) => x.toIdleMs));
				const naiveToIdle = stat(naive.map((x) => x.toIdleMs));
				return [
					k,
					{
						mainThreadMs: stat(v.map((x) => x.mainThreadMs)),
						toIdleMs: toIdle,
						naiveToIdleMs: naiveToIdle,
						toFloor: toIdle.median / median(floor),
						toNaive: toIdle.median / naiveToIdle.median
					}
				];
			})
		),
		redrawFloorMs: stat(floor),
		naiveRedrawMs: stat(reference.flatMap((r) => r.redrawMs)),
		phone: phone.length
			? {
					svgPaintedMs: stat(phone.map((p) => p.svgPaintedMs)),
					tapToAnswerMs: stat(phone.map((p) => p.tapToAnswerMs)),
					tapAfterDataMs: stat(phone.map((p) => p.tapAfterDataMs)),
					interactiveMs: stat(phone.map((p) => p.interactiveMs)),
					zoomToMapLibreMs: stat(phone.map((p) => p.zoomToMapLibreMs))
				}
			: null,
		lighthouse,
		lighthouseFloor,
		geometryGzip
	};
}
export type Report = ReturnType<typeof buildReport>;

export function budgetChecks(report: Report) {
	const { lighthouse } = report;
	const worstSwitchMain = Math.max(...Object.values(report.yearSwitch).map((s) => s.mainThreadMs.median));
	const worstToFloor = Math.max(...Object.values(report.yearSwitch).map((s) => s.toFloor));
	const worstToNaive = Math.max(...Object.values(report.yearSwitch).map((s) => s.toNaive));
	return [
		{ name: 'First view of / before MapLibre and map data (gzip)', value: report.home.firstViewGzip.median, budget: BUDGETS.firstViewGzip, unit: 'B' },
		{ name: 'Choropleth in the prerendered HTML', value: report.home.prerenderedChoropleth ? 1 : 0, budget: 1, unit: 'yes', atLeast: true },
		{
			name: 'MapLibre loaded only when the reader asks (map data after first paint)',
			value: report.home.mapLibreOnRequest && report.embed.mapLibreOnRequest ? 1 : 0,
			budget: 1,
			unit: 'yes',
			atLeast: true
		},
		{ name: 'Everything for the interactive map (gzip)', value: report.home.interactiveGzip.median, budget: BUDGETS.interactiveGzip, unit: 'B' },
		{ name: 'Year switch, main thread (worst median)', value: worstSwitchMain, budget: BUDGETS.switchMainThreadMs, unit: 'ms' },
		{ name: 'Year switch until idle ÷ redraw floor (worst median)', value: worstToFloor, budget: BUDGETS.switchToFloor, unit: '×' },
		{ name: 'Year switch until idle ÷ naive reference (worst median)', value: worstToNaive, budget: BUDGETS.switchToNaive, unit: '×' },
		...(report.phone
			? [
					{ name: 'Phone: prerendered choropleth painted', value: report.phone.svgPaintedMs.median, budget: BUDGETS.phoneSvgPaintedMs, unit: 'ms' },
					{
						name: 'Phone: tap on the prerendered map → answer on screen',
						value: report.phone.tapToAnswerMs.median,
						budget: BUDGETS.phoneTapToAnswerMs,
						unit: 'ms'
					},
					{
						name: 'Phone: first tap once the data is in → details on screen',
						value: report.phone.tapAfterDataMs.median,
						budget: BUDGETS.phoneTapToAnswerMs,
						unit: 'ms'
					}
				]
			: []),
		...lighthouse.flatMap((l) => [
			{ name: `Lighthouse mobile performance ${l.url}`, value: l.performance, budget: BUDGETS.lighthousePerformance, unit: 'score', atLeast: true },
			{ name: `Lighthouse mobile Total Blocking Time ${l.url}`, value: l.totalBlockingTimeMs, budget: BUDGETS.lighthouseTbtMs, unit: 'ms' }
		]),
		...SURVEY_YEARS.map((y) => ({ name: `Geometry ${y} (gzip)`, value: report.geometryGzip[y], budget: BUDGETS.geometryGzip, unit: 'B' }))
	].map((b) => ({ ...b, ok: 'atLeast' in b ? b.value >= b.budget : b.value <= b.budget }));
}
export type BudgetCheck = ReturnType<typeof budgetChecks>[number];

export function markdown(report: Report, budgets: BudgetCheck[]): string {
	const { lighthouse, lighthouseFloor } = report;
	// KB here is 1024 bytes (KiB), as in the budgets.
	const fmt = (v: number, unit: string) =>
		unit === 'B'
			? `${(v / KB).toFixed(1)} KB`
			: unit === 'ms'
				? `${v.toFixed(1)} ms`
				: unit === '×'
					? `${v.toFixed(2)}×`
					: unit === 'score'
						? String(v)
						: v
							? 'yes'
							: 'no';
	const range = (s: { median: number; min: number; max: number }, unit: string) => `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
	const stretch = (t: LighthouseResult['mainThread']) =>
		t && t.cpuMs > 0
			? `${fmt(t.wallMs, 'ms')} / ${fmt(t.cpuMs, 'ms')} (${fmt(t.wallMs / t.cpuMs, '×')}); blocking at 4× from CPU ${fmt(t.blockingFromCpuMs, 'ms')}, from wall ${fmt(t.blockingFromWallMs, 'ms')}`
			: 'not in the trace';
	return [
		`# Benchmark ${report.date} (${report.runs} runs, median (min–max))`,
		'',
		'| measure | / | /embed?jaar=2022 |',
		'|---|---|---|',
		...(
			[
				['fcpMs', 'first contentful paint'],
				['svgVisibleMs', 'prerendered map visible'],
				['interactiveMs', 'interactive (data in, the SVG map answers)'],
				['mapLibreMs', 'mouse over the map → MapLibre drawn']
			] as const
		).map(([k, label]) => `| ${label} | ${range(report.home[k], 'ms')} | ${range(report.embed[k], 'ms')} |`),
		`| JS heap after load (on / after the switches) | ${range(report.home.heapBytes, 'B')} | ${range(report.embed.heapBytes, 'B')} |`,
		`| first view (before MapLibre and map data), gzip / brotli | ${fmt(report.home.firstViewGzip.median, 'B')} / ${fmt(report.home.firstViewBrotli.median, 'B')} | ${fmt(report.embed.firstViewGzip.median, 'B')} / ${fmt(report.embed.firstViewBrotli.median, 'B')} |`,
		`| interactive map (requests before the SVG map has the data), gzip / brotli | ${fmt(report.home.interactiveGzip.median, 'B')} / ${fmt(report.home.interactiveBrotli.median, 'B')} | ${fmt(report.embed.interactiveGzip.median, 'B')} / ${fmt(report.embed.interactiveBrotli.median, 'B')} |`,
		`| with MapLibre, once asked for, gzip / brotli | ${fmt(report.home.withMapLibreGzip.median, 'B')} / ${fmt(report.home.withMapLibreBrotli.median, 'B')} | (not loaded: fixed embed) |`,
		`| everything the page loads (with the other years, register, chart), gzip / brotli | ${fmt(report.home.totalGzip.median, 'B')} / ${fmt(report.home.totalBrotli.median, 'B')} | ${fmt(report.embed.totalGzip.median, 'B')} / ${fmt(report.embed.totalBrotli.median, 'B')} |`,
		'',
		"Times are this machine's; the switch budgets are the ratios, to references measured in this run.",
		'',
		'| year switch | main thread | until idle | naive reference until idle | ÷ redraw floor | ÷ naive |',
		'|---|---|---|---|---|---|',
		...Object.entries(report.yearSwitch).map(
			([k, v]) =>
				`| ${k} | ${range(v.mainThreadMs, 'ms')} | ${range(v.toIdleMs, 'ms')} | ${range(v.naiveToIdleMs, 'ms')} | ${fmt(v.toFloor, '×')} | ${fmt(v.toNaive, '×')} |`
		),
		`| redraw floor (repaint of the same view until idle) | | ${range(report.redrawFloorMs, 'ms')} | ${range(report.naiveRedrawMs, 'ms')} | | |`,
		'',
		'Every switch and redraw starts once the browser has drawn what it owed (`settle` in bench/measure.ts).',
		...(report.phone
			? [
					'',
					'| phone (390×844, touch, CPU 4×, Fast 3G) | median (min–max) |',
					'|---|---|',
					`| prerendered choropleth painted | ${range(report.phone.svgPaintedMs, 'ms')} |`,
					`| tap on the prerendered map → answer on screen | ${range(report.phone.tapToAnswerMs, 'ms')} |`,
					`| first tap once the data is in → details on screen | ${range(report.phone.tapAfterDataMs, 'ms')} |`,
					`| interactive (data in, the SVG map answers) | ${range(report.phone.interactiveMs, 'ms')} |`,
					`| first tap on + → MapLibre drawn | ${range(report.phone.zoomToMapLibreMs, 'ms')} |`
				]
			: []),
		...(lighthouse.length
			? [
					'',
					`| Lighthouse mobile (median of ${lighthouse[0].runs.length} runs) | performance | Total Blocking Time | LCP | FCP | main thread: wall / CPU | each run: performance / TBT |`,
					'|---|---|---|---|---|---|---|',
					...[...lighthouse, ...(lighthouseFloor ? [{ ...lighthouseFloor, url: "blank page, no script (this machine's floor, not a budget)" }] : [])].map(
						(l) =>
							`| ${l.url} | ${l.performance} | ${fmt(l.totalBlockingTimeMs, 'ms')} | ${fmt(l.largestContentfulPaintMs, 'ms')} | ${fmt(l.firstContentfulPaintMs, 'ms')} | ${stretch(l.mainThread)} | ${l.runs.map((r) => `${r.performance} / ${Math.round(r.totalBlockingTimeMs)} ms`).join(', ')} |`
					),
					'',
					"Main thread: the page's tasks in the median run by the wall clock and by CPU time. Lighthouse's blocking time is built from the wall clock; where it is a multiple of the CPU time, the tasks waited rather than computed (for a core shared with this machine's software GPU and the browser's other processes, or for those processes), and the blank page's ratio is the machine's alone. Blocking at 4×: Lighthouse's rule (each task 4× as long, what it takes over 50 ms) applied to the tasks from the app's first module on, from their CPU time (the page's own work) and from their wall-clock time (as Lighthouse takes it; its simulation orders them differently).",
					'',
					`Longest main-thread tasks Lighthouse saw in the median run (where the blocking time comes from; this machine's benchmark index ${lighthouse[0].benchmarkIndex}, a mid-range phone is about 1000):`,
					'',
					...lighthouse.map((l) => `- ${l.url}: ${l.longTasks.map((t) => `${t.durationMs} ms at ${t.startMs} ms (${t.url})`).join('; ')}`)
				]
			: []),
		'',
		'| bytes by type (/, gzip / brotli) | files |',
		'|---|---|',
		...report.home.byType.map((t) => `| ${t.type}: ${fmt(t.gzip, 'B')} / ${fmt(t.brotli, 'B')} | ${t.count} |`),
		'',
		'| budget | value | limit | |',
		'|---|---|---|---|',
		...budgets.map(
			(b) =>
				`| ${b.name} | ${fmt(b.value, b.unit)} | ${b.unit === 'yes' ? 'yes' : `${'atLeast' in b ? '≥' : '≤'} ${fmt(b.budget, b.unit)}`} | ${b.ok ? 'ok' : '**over**'} |`
		)
	].join('\n');
}
