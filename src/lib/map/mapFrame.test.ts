import { describe, expect, it } from 'vitest';
import { mapFrame, SVG_WIDTH } from './mapFrame';
import { boundsProjection } from './svgGeometry';

describe('mapFrame', () => {
	it("places every point where d3-geo's projection of the SVG maps does, at the same scale and size", () => {
		const frame = mapFrame();
		const { projection, height } = boundsProjection();
		expect(frame.width).toBe(SVG_WIDTH);
		expect(frame.height).toBe(height);
		expect(frame.scale).toBeCloseTo(projection.scale(), 9);
		// The corners of the frame, Amsterdam, Maastricht, Groningen and a point off the country.
		for (const at of [
			[3.2, 50.7],
			[7.3, 53.6],
			[4.9, 52.37],
			[5.69, 50.85],
			[6.57, 53.22],
			[2, 55]
		] as Array<[number, number]>) {
			const [x, y] = frame.project(at);
			const [dx, dy] = projection(at)!;
			expect(x).toBeCloseTo(dx, 9);
			expect(y).toBeCloseTo(dy, 9);
		}
	});
});
