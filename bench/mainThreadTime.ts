/**
 * How long a page's main thread was busy in a trace, by the wall clock and by its own CPU time.
 * Lighthouse's blocking time is built from wall-clock task durations. On a machine whose cores are
 * shared with a software GPU (SwiftShader rasterising the page) and the browser's other processes,
 * a task is stretched by the time its thread waits (for a core, or for those processes) rather than
 * computes: on our 2-core machines a load of / measured 1,150 ms of tasks by the wall clock and
 * 450 ms of CPU. Beside the same ratio for a blank page, it tells the machine's share of a blocking
 * time from the page's own work.
 */

/** The fields of a Chrome trace event this reads. */
export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread (CPU) time of a complete event, in µs, where the trace records it. */
	tdur?: number;
	args?: { beginData?: { url?: string }; data?: { url?: string } };
}

export interface MainThreadTime {
	/** Sum of the main thread's top-level tasks, by the wall clock. */
	wallMs: number;
	/** The same tasks' CPU time. */
	cpuMs: number;
	tasks: number;
	/**
	 * Lighthouse's rule on its simulated phone (every task 4× as long; what a task takes over 50 ms
	 * blocks), applied to the tasks from the page's first module evaluation on (its app starting),
	 * from each task's CPU time: the blocking time of the app's own work, without this machine's
	 * waits. Lighthouse's figure is the mean of two simulations, and its pessimistic one also counts
	 * the document's parse and first layout (from its optimistic first paint, ≈ 1 s simulated), at
	 * half the factor for a task with layout; this rule leaves those out (README, Performance).
	 */
	blockingFromCpuMs: number;
	/** The same from the tasks' wall-clock time, as Lighthouse takes it. */
	blockingFromWallMs: number;
}

const blockingAt4x = (ms: number) => Math.max(0, 4 * ms - 50);

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The main thread of the renderer that parsed `url`'s document (a navigation may leave the first
 * renderer for another), and its top-level tasks from that parse on. Null when the trace has no
 * parse of that document, or no thread times.
 */
export function mainThreadTime(events: readonly TraceEvent[], url: string): MainThreadTime | null {
	const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? e.args?.data?.url) === url);
	if (!parse) return null;
	const tasks = events
		.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && TASK_NAMES.has(e.name) && e.ts + (e.dur ?? 0) >= parse.ts)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	// A task run inside another (a nested run loop) is counted in its parent.
	const topLevel: TraceEvent[] = [];
	for (const task of tasks) {
		const last = topLevel[topLevel.length - 1];
		if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
		topLevel.push(task);
	}
	if (!topLevel.length || topLevel.every((t) => t.tdur === undefined)) return null;
	const sum = (key: 'dur' | 'tdur') => Math.round(topLevel.reduce((total, t) => total + (t[key] ?? 0), 0) / 1000);
	const appStart = events.find((e) => e.name === 'v8.evaluateModule' && e.pid === parse.pid && e.tid === parse.tid)?.ts;
	const appTasks = appStart === undefined ? [] : topLevel.filter((t) => t.ts + (t.dur ?? 0) >= appStart);
	const blocking = (key: 'dur' | 'tdur') => Math.round(appTasks.reduce((total, t) => total + blockingAt4x((t[key] ?? 0) / 1000), 0));
	return { wallMs: sum('dur'), cpuMs: sum('tdur'), tasks: topLevel.length, blockingFromCpuMs: blocking('tdur'), blockingFromWallMs: blocking('dur') };
}
