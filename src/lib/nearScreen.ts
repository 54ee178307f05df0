/**
 * An attachment that calls `onNear` once, when its element comes within `margin` of the screen: for
 * what is far below the first screen on a phone (the regions chart), whose building would otherwise
 * hold the main thread while the reader is still at the map. Without IntersectionObserver it calls
 * at once.
 */
export function nearScreen(onNear: () => void, margin = '50%') {
	return (element: Element) => {
		if (!('IntersectionObserver' in globalThis)) return void onNear();
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				onNear();
			},
			{ rootMargin: `${margin} 0px` }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
