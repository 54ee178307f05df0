import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// app.html's one inline script may only run because svelte.config.js lists its hash in the
// Content-Security-Policy: an edit to either that forgets the other would silently hide every
// control that needs JavaScript.
describe('the inline script of app.html', () => {
	it('is allowed by its hash in the Content-Security-Policy', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
		expect(scripts).toHaveLength(1);
		const hash = createHash('sha256').update(scripts[0]).digest('base64');
		expect(readFileSync('svelte.config.js', 'utf8')).toContain(`'sha256-${hash}'`);
	});
});
