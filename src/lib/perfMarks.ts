/**
 * User-timing marks that the benchmark (bench/run.ts) reads from the shipped build. They stay in
 * production on purpose: a mark costs microseconds, and it lets anyone measure the real site the way
 * the benchmark does (DevTools shows them too). These names are the contract with bench/.
 */
export const PERF_MARKS = {
	/** The page starts loading its data (after the first paint): the first view ends here. */
	loadStarted: 'beleidskaart:load-started',
	/** A year was chosen (the click). */
	yearSwitch: 'beleidskaart:year-switch',
	/** A view change has been handed to the map. */
	mapUpdated: 'beleidskaart:map-updated',
	/** The data of the year shown is on screen, in whichever map (the prerendered SVG, the live SVG, MapLibre). */
	mapDrawn: 'beleidskaart:map-drawn',
	/** MapLibre finished rendering (every time). */
	mapIdle: 'beleidskaart:map-idle',
	/** Every year is on the map and drawn once (the change joins it only once the change view is shown). */
	mapComplete: 'beleidskaart:map-complete',
	/** Everything the page loads is in. */
	dataLoaded: 'beleidskaart:data-loaded',
	/** The search's index of names was built: at the first search, never as the page loads. */
	searchIndexBuilt: 'beleidskaart:search-index-built'
} as const;

/**
 * Dispatched on the map's container (`.maplibre`), asks for one repaint of the unchanged view: the
 * benchmark's redraw floor, and tests that wait for the map to be idle after something that may not
 * render at all.
 */
export const REPAINT_EVENT = 'beleidskaart:repaint';

export const mark = (name: keyof typeof PERF_MARKS): void => void performance.mark(PERF_MARKS[name]);
