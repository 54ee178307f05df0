import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet';

describe('embed snippet', () => {
	it('embeds the view and accepts height messages only from our origin and iframe', () => {
		const snippet = embedSnippet('https://kaart.example', '?jaar=2022&gemeente=GM0363', 'Kaart "test" <b>');
		expect(snippet).toContain('<iframe src="https://kaart.example/embed?jaar=2022&amp;gemeente=GM0363" title="Kaart &quot;test&quot; &lt;b&gt;"');
		expect(snippet).toContain(`e.origin!=="https://kaart.example"`);
		expect(snippet).toContain('e.source!==f.contentWindow');
		expect(snippet).toContain("typeof d.height!=='number'");
		expect(snippet).not.toMatch(/https?:\/\/(?!kaart\.example)/);
	});
});
