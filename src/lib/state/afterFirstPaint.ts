/**
 * Resolves once the browser has painted the page for the first time, so that heavy work (MapLibre,
 * the data files) does not compete with the first view. Falls back to two animation frames where
 * paint timing is not available, and to a timeout where frames never come (a hidden tab).
 */
export function afterFirstPaint(timeoutMs = 3000): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			observer?.disconnect();
			resolve();
		};
		let observer: PerformanceObserver | undefined;
		if (performance.getEntriesByName('first-contentful-paint').length) return finish();
		try {
			observer = new PerformanceObserver((list) => {
				if (list.getEntriesByName('first-contentful-paint').length) finish();
			});
			observer.observe({ type: 'paint', buffered: true });
		} catch {
			requestAnimationFrame(() => requestAnimationFrame(finish));
		}
		setTimeout(finish, timeoutMs);
	});
}
