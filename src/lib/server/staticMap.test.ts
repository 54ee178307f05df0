import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATIC_MAP_SCRIPT } from './staticMap';

// The script after the prerendered map runs only because svelte.config.js lists its hash in the
// Content-Security-Policy: an edit to it that forgot the hash would leave the map's links in.
describe("the static map's inline script", () => {
	it('is allowed by its hash in the Content-Security-Policy', () => {
		const body = STATIC_MAP_SCRIPT.match(/^<script>([\s\S]*)<\/script>$/)?.[1];
		expect(body).toBeTruthy();
		const hash = createHash('sha256').update(body!).digest('base64');
		expect(readFileSync('svelte.config.js', 'utf8')).toContain(`'sha256-${hash}'`);
	});
});
