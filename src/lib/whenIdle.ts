/**
 * Runs `task` once the browser is idle, at the latest after `timeoutMs`; where there is no
 * `requestIdleCallback` (Safari), after `fallbackMs`. Returns what cancels it. For work that should
 * not compete with a first view, a frame or a tap, but should not wait for ever either.
 */
export function whenIdle(task: () => void, { timeoutMs, fallbackMs = 50 }: { timeoutMs: number; fallbackMs?: number }): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, fallbackMs);
	return () => clearTimeout(id);
}
