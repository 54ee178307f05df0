/**
 * The frame of every SVG map: NETHERLANDS_BOUNDS fitted in Web Mercator to SVG_WIDTH, centred. Plain
 * arithmetic, without d3-geo: the place names drawn over the prerendered map need only this, and
 * loading d3-geo's chunk for them was a task of ≈ 12 ms of a laptop's CPU on every load of the map
 * page. svgGeometry.ts draws the maps with d3-geo's projection of the same fit (frameFit);
 * mapFrame.test.ts holds both equal to d3-geo's own fit.
 */
import { NETHERLANDS_BOUNDS } from './style';

export const SVG_WIDTH = 1000;

/** Where a place lies on the SVG map, and at what scale: enough to put place names over it. */
export interface MapFrame {
	width: number;
	height: number;
	/** A [longitude, latitude] in viewBox units. */
	project: (at: [number, number]) => [number, number];
	/** The Mercator scale: viewBox units per radian of longitude (MapLibre's zoom follows from it). */
	scale: number;
}

const RADIANS = Math.PI / 180;
const mercatorX = (longitude: number) => longitude * RADIANS;
const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * RADIANS) / 2));

/**
 * The fit itself, as d3-geo's fitExtent makes it: the frame's height, the Mercator scale (the larger
 * that fits both ways) and where the origin goes (the box centred). svgGeometry.ts gives the same to
 * d3-geo's projection.
 */
export function frameFit(): { height: number; scale: number; translate: [number, number] } {
	const [west, south, east, north] = NETHERLANDS_BOUNDS;
	const wide = mercatorX(east) - mercatorX(west);
	const tall = mercatorY(north) - mercatorY(south);
	const height = Math.round((SVG_WIDTH * tall) / wide);
	const scale = Math.min(SVG_WIDTH / wide, height / tall);
	const translate: [number, number] = [
		(SVG_WIDTH - scale * (mercatorX(west) + mercatorX(east))) / 2,
		(height + scale * (mercatorY(north) + mercatorY(south))) / 2
	];
	return { height, scale, translate };
}

export function mapFrame(): MapFrame {
	const {
		height,
		scale,
		translate: [x0, y0]
	} = frameFit();
	return { width: SVG_WIDTH, height, scale, project: ([longitude, latitude]) => [x0 + scale * mercatorX(longitude), y0 - scale * mercatorY(latitude)] };
}
