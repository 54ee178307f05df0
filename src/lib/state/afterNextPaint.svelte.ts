import { untrack } from 'svelte';

/** Runs `task` in a task after the next paint (in the next task in a hidden tab, which paints no frames); returns a cancel. */
export function afterPaintTask(task: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = () => (timer = setTimeout(task, 0));
	const frame = globalThis.document?.hidden ? (later(), 0) : requestAnimationFrame(later);
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * What `read` gives, brought up to date in a task after the next paint whenever `key` changes: for
 * what sits beside or below the map (the published figures, the regions chart). A year switch then
 * draws the map, its legend and title in the first frame, and these in a task of their own after it,
 * instead of one long task for the click. `key` reads only what is cheap (the view, the data as
 * loaded); `read` may be dear, and runs only after the paint. Created in a component (it uses an
 * effect). Starts with `read()` as it is, so prerendered markup and hydration agree.
 */
export function afterNextPaint<T>(key: () => unknown, read: () => T, schedule = afterPaintTask): { readonly current: T } {
	let current = $state.raw(untrack(read));
	let first = true;
	$effect(() => {
		key();
		// The first run only starts following: `current` was read just now.
		if (first) return void (first = false);
		return schedule(() => (current = untrack(read)));
	});
	return {
		get current() {
			return current;
		}
	};
}
