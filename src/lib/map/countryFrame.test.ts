import { describe, expect, it } from 'vitest';
import { countryFrame } from './countryFrame';

const NL: [number, number, number, number] = [3.2, 50.7, 7.3, 53.6];

describe('the country frame', () => {
	it('contains the country at any frame shape', () => {
		for (const [width, height] of [
			[1000, 676],
			[358, 490],
			[1200, 300],
			[300, 1200]
		]) {
			const [w, s, e, n] = countryFrame(NL, width, height);
			expect(w).toBeLessThanOrEqual(NL[0] + 1e-9);
			expect(s).toBeLessThanOrEqual(NL[1] + 1e-9);
			expect(e).toBeGreaterThanOrEqual(NL[2] - 1e-9);
			expect(n).toBeGreaterThanOrEqual(NL[3] - 1e-9);
		}
	});

	it('widens in longitude for a wide frame and in latitude for a tall one, keeping the centre', () => {
		const wide = countryFrame(NL, 1200, 300);
		expect(wide[1]).toBeCloseTo(NL[1], 6);
		expect(wide[3]).toBeCloseTo(NL[3], 6);
		expect(wide[2] - wide[0]).toBeGreaterThan(10);
		expect((wide[0] + wide[2]) / 2).toBeCloseTo((NL[0] + NL[2]) / 2, 6);
		const tall = countryFrame(NL, 300, 1200);
		expect(tall[0]).toBeCloseTo(NL[0], 6);
		expect(tall[2]).toBeCloseTo(NL[2], 6);
		expect(tall[3] - tall[1]).toBeGreaterThan(10);
	});
});
