import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cacheControl, isEmbedPath, securityHeaders } from './headers';

const nginx = ['http.conf', 'headers.conf', 'server.conf'].map((f) => readFileSync(new URL(`./nginx/${f}`, import.meta.url), 'utf8')).join('\n');

describe('the headers the site needs', () => {
	it('let only the embed be framed by other sites', () => {
		for (const path of ['/embed', '/embed.html', '/en/embed', '/en/embed/']) expect(isEmbedPath(path), path).toBe(true);
		for (const path of ['/', '/embedded', '/en/', '/tabel', '/x/embed']) expect(isEmbedPath(path), path).toBe(false);
		expect(securityHeaders('/embed')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(securityHeaders('/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
		expect(securityHeaders('/')['X-Frame-Options']).toBe('SAMEORIGIN');
		expect(securityHeaders('/embed')['X-Frame-Options']).toBeUndefined();
	});

	it('are the ones the nginx configuration sends (npm run serve and nginx agree)', () => {
		for (const [name, value] of Object.entries(securityHeaders('/tabel'))) {
			if (name === 'Content-Security-Policy' || name === 'X-Frame-Options') continue;
			expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
		}
		expect(nginx).toContain('add_header Content-Security-Policy "frame-ancestors $beleidskaart_frame_ancestors" always;');
		expect(nginx).toContain(`~^/(en/)?embed(\\.html|/)?$ "*";`);
		for (const path of ['/_app/immutable/x.js', '/data/x.json', '/']) expect(nginx, path).toContain(`add_header Cache-Control "${cacheControl(path)}" always;`);
	});
});
