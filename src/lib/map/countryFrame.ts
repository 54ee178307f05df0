/**
 * The frame that keeps the Netherlands on screen: the area a map of the given size shows when the
 * country just fits. Used as MapLibre's maxBounds (and its zoom as the minimum zoom), it keeps the
 * whole country as the farthest view out and never lets a drag take the country out of the frame.
 * It depends on the frame's shape, so it is computed again when the map is resized.
 */
export type Bounds = [number, number, number, number];

const toX = (lng: number) => (lng + 180) / 360;
const toY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
const toLng = (x: number) => x * 360 - 180;
const toLat = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

/** [west, south, east, north] that a `width` × `height` px frame shows with `bounds` fitted in it (Web Mercator). */
export function countryFrame(bounds: Bounds, width: number, height: number): Bounds {
	const [w, s, e, n] = bounds;
	const [x0, x1, y0, y1] = [toX(w), toX(e), toY(n), toY(s)];
	// Units of the Mercator square per pixel when the bounds just fit.
	const perPixel = Math.max((x1 - x0) / Math.max(width, 1), (y1 - y0) / Math.max(height, 1));
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const [hw, hh] = [(width * perPixel) / 2, (height * perPixel) / 2];
	return [toLng(cx - hw), toLat(cy + hh), toLng(cx + hw), toLat(cy - hh)];
}
