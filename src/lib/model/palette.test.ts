import { describe, expect, it } from 'vitest';
import { contrastRatio, MAP_BACKGROUND, MUNICIPALITY_BORDER, STATUS_COLOURS, TRANSITION_COLOURS, UNKNOWN_HATCH } from './palette';

const toLinear = (hex: string) =>
	[1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});

// Machado, Oliveira & Fernandes (2009) colour-vision-deficiency matrices, severity 1, linear RGB.
const CVD: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function lab([r, g, b]: number[]): [number, number, number] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const simulate = (m: number[][], v: number[]) => m.map((row) => Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2])));
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const classes = ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid'] as const;
const pairs = classes.flatMap((a, i) => classes.slice(i + 1).map((b) => [a, b] as const));

describe('status palette', () => {
	it('has ≥ 3:1 contrast for every coloured class against the background and the borders', () => {
		for (const c of classes) {
			expect(contrastRatio(STATUS_COLOURS[c], MAP_BACKGROUND), c).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(STATUS_COLOURS[c], MUNICIPALITY_BORDER), c).toBeGreaterThanOrEqual(3);
		}
		expect(contrastRatio(UNKNOWN_HATCH, MAP_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(UNKNOWN_HATCH, STATUS_COLOURS.onbekend)).toBeGreaterThanOrEqual(4.5);
	});

	it('keeps every pair of classes apart for the three kinds of colour blindness', () => {
		for (const [kind, matrix] of Object.entries(CVD)) {
			for (const [a, b] of pairs) {
				const d = deltaE(lab(simulate(matrix, toLinear(STATUS_COLOURS[a]))), lab(simulate(matrix, toLinear(STATUS_COLOURS[b]))));
				expect(d, `${kind}: ${a} vs ${b}`).toBeGreaterThanOrEqual(15);
			}
		}
	});

	it('keeps the change classes apart too, with ≥ 3:1 against the background', () => {
		const changes = ['meer-beleid', 'gelijk-met-beleid', 'gelijk-zonder-beleid', 'minder-beleid'] as const;
		for (const c of changes) expect(contrastRatio(TRANSITION_COLOURS[c], MAP_BACKGROUND), c).toBeGreaterThanOrEqual(3);
		for (const [i, a] of changes.entries())
			for (const b of changes.slice(i + 1)) {
				for (const [kind, matrix] of Object.entries(CVD)) {
					const d = deltaE(lab(simulate(matrix, toLinear(TRANSITION_COLOURS[a]))), lab(simulate(matrix, toLinear(TRANSITION_COLOURS[b]))));
					expect(d, `${kind}: ${a} vs ${b}`).toBeGreaterThanOrEqual(15);
				}
				expect(Math.abs(lab(toLinear(TRANSITION_COLOURS[a]))[0] - lab(toLinear(TRANSITION_COLOURS[b]))[0]), `${a} vs ${b}`).toBeGreaterThanOrEqual(8);
			}
	});

	it('keeps every pair of classes apart in greyscale', () => {
		for (const [a, b] of pairs) {
			const d = Math.abs(lab(toLinear(STATUS_COLOURS[a]))[0] - lab(toLinear(STATUS_COLOURS[b]))[0]);
			expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
		}
	});
});
