/**
 * SvelteKit's router has started once its first navigation ('enter') is done: from then on `goto`
 * works. Only what is hydrated with the page sees that navigation's `afterNavigate`; a part hydrated
 * after it (an island, islandQueue.ts) comes too late. `whenRouterStarted` serves both. The root
 * layout marks the start.
 */
let started = false;
const waiting: Array<() => void> = [];

export function markRouterStarted(): void {
	started = true;
	for (const task of waiting.splice(0)) task();
}

/** Runs `task` once the router has started: now, if it has. */
export function whenRouterStarted(task: () => void): void {
	if (started) task();
	else waiting.push(task);
}
