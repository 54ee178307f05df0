/**
 * Whether SvelteKit's router has started (its first navigation, 'enter', is done): from then on
 * `goto` works. A component hydrated after the page (an island, islandQueue.ts) comes too late for
 * that first navigation's `afterNavigate`; it asks this instead. Set by the root layout.
 */
let started = false;

export const markRouterStarted = (): void => void (started = true);

export const routerStarted = (): boolean => started;
