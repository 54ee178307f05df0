/**
 * The response headers the site needs from its web server: only what a meta tag cannot carry (the
 * Content-Security-Policy itself is a meta tag in every page, with per-page script hashes, so it must
 * not be sent site-wide as a header). One list, used by `npm run serve` and checked against the nginx
 * configuration (deploy/nginx/) by a unit test.
 */

/** Pages meant to be framed by other sites. */
export const isEmbedPath = (pathname: string): boolean => /^\/(en\/)?embed(\.html|\/)?$/.test(pathname);

/** Security headers for a path. */
export function securityHeaders(pathname: string): Record<string, string> {
	const embed = isEmbedPath(pathname);
	return {
		// Only framing: everything else is in the page's own policy.
		'Content-Security-Policy': `frame-ancestors ${embed ? '*' : "'self'"}`,
		...(embed ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
	};
}

/** How long a response may be cached: hashed assets for a year, everything else revalidated soon. */
export function cacheControl(pathname: string): string {
	if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	if (pathname.startsWith('/data/')) return 'public, max-age=300, must-revalidate';
	return 'no-cache';
}
