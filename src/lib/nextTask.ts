/**
 * Gives the main thread back until the next task (`scheduler.yield` where the browser has it): between
 * the steps of long work (taking in the data, projecting a map) a tap or a frame can come first.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
