// One Lighthouse run; the page's main-thread tasks over 40 ms wall, with CPU and what is inside.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from './chromium.ts';
const url = process.env.URL ?? 'http://127.0.0.1:4402/';
const chrome = await chromeLauncher.launch({ chromePath: chromiumLaunch.executablePath, chromeFlags: ['--headless=new', ...chromiumLaunch.args] });
for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
	const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
	const events = runner!.artifacts.Trace.traceEvents as any[];
	const lhr = runner!.lhr;
	console.log(`== run ${run}: TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue!)} FCP ${Math.round(lhr.audits['first-contentful-paint'].numericValue!)}`);
	const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? e.args?.data?.url) === url);
	const mine = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
	const tasks = mine.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= parse.ts - 1000 && e.dur > 12000);
	const t0 = parse.ts;
	for (const t of tasks) {
		const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
		const kids = new Map<string, { wall: number; cpu: number }>();
		// direct children-ish: events of these kinds, first level only
		for (const e of inside) {
			if (!['EvaluateScript', 'v8.compile', 'FunctionCall', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'v8.run', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'XHRReadyStateChange', 'ResourceReceivedData', 'v8.evaluateModule', 'RunMicrotasks', 'GCEvent', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND', 'ScheduledAction', 'PrePaint', 'Layerize', 'Commit'].includes(e.name)) continue;
			const parent = inside.find((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && ['EvaluateScript', 'FunctionCall', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'ParseHTML'].includes(p.name));
			if (parent) continue;
			const u = (e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.beginData?.url ?? '').split('/').pop().slice(0, 24);
			const k = `${e.name}${u ? ' ' + u : ''}`;
			const v = kids.get(k) ?? { wall: 0, cpu: 0 };
			v.wall += e.dur / 1000; v.cpu += (e.tdur ?? 0) / 1000; kids.set(k, v);
		}
		const desc = [...kids].sort((a, b) => b[1].wall - a[1].wall).slice(0, 5).map(([k, v]) => `${k} ${v.wall.toFixed(0)}/${v.cpu.toFixed(0)}`).join('; ');
		console.log(`@${((t.ts - t0) / 1000).toFixed(0).padStart(5)} wall ${(t.dur / 1000).toFixed(0).padStart(4)} cpu ${((t.tdur ?? 0) / 1000).toFixed(0).padStart(4)}  ${desc}`);
	}
}
chrome.kill();
