import { describe, expect, it } from 'vitest';
import { embedHeight, embedSnippet } from './snippet';

describe('embed snippet', () => {
	it('embeds the view and accepts height messages only from our origin and iframe', () => {
		const snippet = embedSnippet('https://kaart.example', '/embed', '?jaar=2022&gemeente=GM0363', 'Kaart "test" <b>', 700);
		expect(snippet).toContain('<iframe src="https://kaart.example/embed?jaar=2022&amp;gemeente=GM0363" title="Kaart &quot;test&quot; &lt;b&gt;"');
		expect(snippet).toContain(`e.origin!=="https://kaart.example"`);
		expect(snippet).toContain('e.source!==f.contentWindow');
		expect(snippet).toContain("typeof d.height!=='number'");
		expect(snippet).not.toMatch(/https?:\/\/(?!kaart\.example)/);
		expect(snippet).toContain('height:700px');
	});

	it('points at the embed in the reader language, with a height for the parts shown', () => {
		expect(embedSnippet('https://kaart.example', '/en/embed', '?jaar=2025', 'Map', 480)).toContain('src="https://kaart.example/en/embed?jaar=2025"');
		const bare = embedHeight({ legend: false, search: false, title: null });
		expect(embedHeight({ legend: true, search: false, title: null })).toBeGreaterThan(bare + 200);
		expect(embedHeight({ legend: true, search: true, title: null })).toBeGreaterThan(embedHeight({ legend: true, search: false, title: null }));
		expect(embedHeight({ legend: false, search: false, title: 'Een lange titel die op een smal scherm over twee regels loopt' })).toBeGreaterThan(bare);
	});
});
