import { describe, expect, it } from 'vitest';
import { mainThreadTime, type TraceEvent } from './mainThreadTime';

const URL = 'http://127.0.0.1:4173/';
const task = (ts: number, dur: number, tdur: number | undefined, tid = 1, pid = 10): TraceEvent => ({ name: 'RunTask', ph: 'X', pid, tid, ts, dur, tdur });
const parse = (ts: number, url = URL, tid = 1, pid = 10): TraceEvent => ({ name: 'ParseHTML', ph: 'X', pid, tid, ts, dur: 100, args: { beginData: { url } } });

describe('mainThreadTime', () => {
	it('sums the wall and CPU time of the top-level tasks of the thread that parsed the page, from the parse on', () => {
		const events = [
			task(0, 5_000, 5_000), // before the page: about:blank's teardown
			parse(10_000),
			task(10_000, 40_000, 15_000),
			task(12_000, 1_000, 1_000), // nested in the one above
			task(60_000, 20_000, 10_000),
			task(60_000, 30_000, 30_000, 2), // another thread
			task(60_000, 30_000, 30_000, 1, 11) // another process
		];
		expect(mainThreadTime(events, URL)).toMatchObject({ wallMs: 60, cpuMs: 25, tasks: 2 });
	});

	it('follows the document to the renderer that parsed it', () => {
		const events = [parse(0, 'about:blank'), task(0, 9_000, 9_000), parse(20_000, URL, 7, 20), task(20_000, 8_000, 2_000, 7, 20)];
		expect(mainThreadTime(events, URL)).toMatchObject({ wallMs: 8, cpuMs: 2, tasks: 1 });
	});

	it("applies Lighthouse's 4× and 50 ms to the tasks from the app's first module on, by CPU and by wall clock", () => {
		const evaluate: TraceEvent = { name: 'v8.evaluateModule', ph: 'X', pid: 10, tid: 1, ts: 31_000, dur: 2_000 };
		const events = [
			parse(0),
			task(1_000, 20_000, 15_000), // the parse's layout, before the app: not counted
			task(30_000, 40_000, 15_000), // the app starts in it: 4 × 40 − 50 = 110 by the wall clock, 4 × 15 − 50 = 10 by CPU
			evaluate,
			task(80_000, 10_000, 5_000), // 4 × 10 − 50 < 0: none
			task(100_000, 30_000, 20_000) // 70 and 30
		];
		expect(mainThreadTime(events, URL)).toMatchObject({ blockingFromWallMs: 180, blockingFromCpuMs: 40 });
		// Without a module evaluated (no script), nothing is counted.
		expect(mainThreadTime([parse(0), task(0, 90_000, 90_000)], URL)).toMatchObject({ blockingFromWallMs: 0, blockingFromCpuMs: 0 });
	});

	it('says nothing when the page was not parsed or the trace has no thread times', () => {
		expect(mainThreadTime([task(0, 1_000, 1_000)], URL)).toBeNull();
		expect(mainThreadTime([parse(0), task(0, 1_000, undefined)], URL)).toBeNull();
	});
});
