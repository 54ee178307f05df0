import { describe, expect, it } from 'vitest';
import { classColour } from '../model/choroplethStyle';
import type { DisplayStatus } from '../model/status';
import { prerenderedAgrees } from './prerenderedMap';

/** Just enough of a DOM: paths with a code and a fill. */
function root(paths: Array<[string, string]>): ParentNode {
	const elements = paths.map(([code, fill]) => ({ getAttribute: (name: string) => (name === 'data-code' ? code : name === 'fill' ? fill : null) }));
	return { querySelectorAll: () => elements } as unknown as ParentNode;
}

describe('prerenderedAgrees', () => {
	const status = new Map<string, DisplayStatus>([
		['GM0363', 'beleid-specifiek'],
		['GM0344', 'geen-beleid']
	]);
	const specific = classColour('status', 'beleid-specifiek');
	const none = classColour('status', 'geen-beleid');

	it('holds when every path has the colour of its status, unknown ones hatched', () => {
		expect(
			prerenderedAgrees(
				root([
					['GM0363', specific],
					['GM0344', none],
					['GM0599', 'url(#hatch-static)']
				]),
				status
			)
		).toBe(true);
	});
	it('fails on one other colour, a municipality without a path, or no map at all', () => {
		expect(
			prerenderedAgrees(
				root([
					['GM0363', none],
					['GM0344', none]
				]),
				status
			)
		).toBe(false);
		expect(prerenderedAgrees(root([['GM0363', specific]]), status)).toBe(false);
		expect(prerenderedAgrees(root([]), status)).toBe(false);
	});
});
