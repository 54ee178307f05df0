/**
 * The built site served as a static host serves it: the precompressed brotli/gzip files, the security
 * and cache headers of deploy/headers.ts, the site's own 404 page (in English under /en/) and status
 * 404 for unknown paths. Used by `npm run serve` and by the benchmark (which measures what a reader
 * on a production host gets).
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cacheControl, securityHeaders } from '../../deploy/headers.ts';

export function siteHandler(buildDir: string): (request: IncomingMessage, response: ServerResponse) => void {
	const files = sirv(buildDir, {
		etag: true,
		gzip: true,
		brotli: true,
		setHeaders: (response, pathname) => {
			for (const [name, value] of Object.entries(securityHeaders(pathname))) response.setHeader(name, value);
			response.setHeader('Cache-Control', cacheControl(pathname));
		}
	});
	return (request, response) =>
		files(request, response, () => {
			for (const [name, value] of Object.entries(securityHeaders('/404'))) response.setHeader(name, value);
			const english = (request.url ?? '').startsWith('/en/');
			response.statusCode = 404;
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			createReadStream(path.join(buildDir, english ? 'en/404.html' : '404.html')).pipe(response);
		});
}
