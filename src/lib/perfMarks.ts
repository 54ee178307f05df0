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
	/** Every year, with its change, is on the map and drawn once. */
	mapComplete: 'beleidskaart:map-complete',
	/** Everything the page loads is in. */
	dataLoaded: 'beleidskaart:data-loaded'
} as const;

export const mark = (name: keyof typeof PERF_MARKS): void => void performance.mark(PERF_MARKS[name]);
