import { describe, expect, it } from 'vitest';
import { paintPaths, svgPathsMarkup } from './svgPathsMarkup';

/** The part of an element paintPaths uses. */
class FakePath {
	attributes = new Map<string, string>();
	constructor(code: string | null) {
		if (code !== null) this.attributes.set('data-code', code);
	}
	getAttribute = (name: string) => this.attributes.get(name) ?? null;
	setAttribute = (name: string, value: string) => void this.attributes.set(name, value);
	removeAttribute = (name: string) => void this.attributes.delete(name);
}

describe('the live SVG map as markup', () => {
	it('writes one path per municipality with its shape and code, escaped', () => {
		expect(
			svgPathsMarkup([
				{ code: 'GM0363', d: 'M1,2L3,4Z' },
				{ code: 'GM"><x>', d: 'M0,0' }
			])
		).toBe('<path d="M1,2L3,4Z" data-code="GM0363"></path><path d="M0,0" data-code="GM&quot;&gt;&lt;x&gt;"></path>');
		expect(svgPathsMarkup([])).toBe('');
	});

	it('colours each path by its code, dims outside the emphasis and removes the dimming again', () => {
		const paths = [new FakePath('GM0363'), new FakePath('GM0344'), new FakePath(null)];
		const fills: Record<string, string> = { GM0363: '#123456', GM0344: 'url(#hatch-live)' };
		paintPaths(
			paths as unknown as Element[],
			(code) => fills[code],
			(code) => (code === 'GM0363' ? 1 : 0.3)
		);
		expect(paths.map((p) => [p.getAttribute('fill'), p.getAttribute('opacity')])).toEqual([
			['#123456', '1'],
			['url(#hatch-live)', '0.3'],
			[null, null]
		]);
		paintPaths(paths as unknown as Element[], (code) => fills[code], null);
		expect(paths.map((p) => p.getAttribute('opacity'))).toEqual([null, null, null]);
	});
});
