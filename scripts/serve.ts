/**
 * `npm run serve`: the built site on http://127.0.0.1:4173 (PORT and HOST override), as a static host
 * serves it: the precompressed brotli/gzip files, the security and cache headers of deploy/headers.ts,
 * the site's own 404 page (in English under /en/) and status 404 for unknown paths. Production uses a
 * real web server: deploy/ (nginx, `npm run serve:nginx`).
 */
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from '../deploy/headers.ts';

// BUILD_DIR: the real-data variant of the end-to-end tests (scripts/realDataBuild.ts) is served from build-real/.
const BUILD = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const files = sirv(BUILD, {
	etag: true,
	gzip: true,
	brotli: true,
	setHeaders: (response, pathname) => {
		for (const [name, value] of Object.entries(securityHeaders(pathname))) response.setHeader(name, value);
		response.setHeader('Cache-Control', cacheControl(pathname));
	}
});

createServer((request, response) =>
	files(request, response, () => {
		for (const [name, value] of Object.entries(securityHeaders('/404'))) response.setHeader(name, value);
		const english = (request.url ?? '').startsWith('/en/');
		response.statusCode = 404;
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		createReadStream(path.join(BUILD, english ? 'en/404.html' : '404.html')).pipe(response);
	})
).listen(port, host, () => console.log(`serving ${path.relative(process.cwd(), BUILD)}/ on http://${host}:${port}`));
