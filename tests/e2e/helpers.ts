import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Records every request the page makes, to prove nothing leaves the served origin. */
export function recordRequests(page: Page): URL[] {
	const urls: URL[] = [];
	page.on('request', (request) => urls.push(new URL(request.url())));
	return urls;
}

export function offsite(urls: URL[]): string[] {
	return urls
		.filter((u) => !['data:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname))
		.map((u) => u.href);
}

/** Pixel colours of a screenshot, counted, as "r,g,b" keys. */
export function colourCounts(png: Buffer): { total: number; counts: Map<string, number> } {
	const image = PNG.sync.read(png);
	const counts = new Map<string, number>();
	for (let i = 0; i < image.data.length; i += 4) {
		const key = `${image.data[i]},${image.data[i + 1]},${image.data[i + 2]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return { total: image.width * image.height, counts };
}

/** Share of pixels within `tolerance` (per channel) of an RGB colour given as #rrggbb. */
export function shareOf(colours: ReturnType<typeof colourCounts>, hex: string, tolerance = 6): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (const [key, count] of colours.counts) {
		const [pr, pg, pb] = key.split(',').map(Number);
		if (Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance) n += count;
	}
	return n / colours.total;
}
