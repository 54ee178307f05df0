import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { mapFrame, SVG_WIDTH } from './mapFrame';
import { boundsProjection } from './svgGeometry';
import { NETHERLANDS_BOUNDS } from './style';

/** d3-geo's own fit of the frame: NETHERLANDS_BOUNDS in Web Mercator, fitted to SVG_WIDTH × `height`. */
function d3Fit(height: number) {
	const [w, s, e, n] = NETHERLANDS_BOUNDS;
	return geoMercator().fitExtent(
		[
			[0, 0],
			[SVG_WIDTH, height]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	);
}

describe('mapFrame', () => {
	it("places every point where d3-geo's fit of the frame does, at the same scale and size, as the SVG maps' projection does", () => {
		const frame = mapFrame();
		const { projection: svgProjection, height } = boundsProjection();
		// The frame's height, as the build took it: the box's Mercator proportions at SVG_WIDTH.
		const unit = geoMercator().scale(1).translate([0, 0]);
		const [[x0, y0], [x1, y1]] = [unit([NETHERLANDS_BOUNDS[0], NETHERLANDS_BOUNDS[3]])!, unit([NETHERLANDS_BOUNDS[2], NETHERLANDS_BOUNDS[1]])!];
		expect(frame.height).toBe(Math.round((SVG_WIDTH * (y1 - y0)) / (x1 - x0)));
		expect(height).toBe(frame.height);
		const projection = d3Fit(frame.height);
		expect(frame.width).toBe(SVG_WIDTH);
		expect(frame.scale).toBeCloseTo(projection.scale(), 9);
		expect(svgProjection.scale()).toBeCloseTo(projection.scale(), 9);
		// The corners of the frame, Amsterdam, Maastricht, Groningen and a point off the country.
		for (const at of [
			[3.2, 50.7],
			[7.3, 53.6],
			[4.9, 52.37],
			[5.69, 50.85],
			[6.57, 53.22],
			[2, 55]
		] as Array<[number, number]>) {
			const [dx, dy] = projection(at)!;
			for (const [x, y] of [frame.project(at), svgProjection(at)!]) {
				expect(x).toBeCloseTo(dx, 9);
				expect(y).toBeCloseTo(dy, 9);
			}
		}
	});
});
