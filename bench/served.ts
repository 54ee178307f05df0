/** What a static host serves for the built site, and how many bytes each file costs gzip- and brotli-compressed. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../geo/lib/config.ts';

export const BUILD = path.join(REPO_ROOT, 'build');

export interface Served {
	path: string;
	type: string;
	startMs: number;
	bytes: number;
	gzip: number;
	brotli: number;
	mapLibre: boolean;
}

const sizeCache = new Map<string, { bytes: number; gzip: number; brotli: number; mapLibre: boolean }>();

/** The file a static host serves for a URL path (as sirv does: /x → x.html or x/index.html). */
export function fileFor(urlPath: string): string | null {
	const clean = decodeURIComponent(urlPath.split('?')[0]);
	for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
		const file = path.join(BUILD, candidate);
		if (file.startsWith(BUILD) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

export function sizes(file: string) {
	if (!sizeCache.has(file)) {
		const content = readFileSync(file);
		sizeCache.set(file, {
			bytes: content.length,
			gzip: gzipSync(content, { level: 9 }).length,
			brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
			// MapLibre's main chunk and its worker: the only files that mention it hundreds of times.
			mapLibre: /maplibre-gl-worker/.test(file) || (content.length > 500_000 && (content.toString('latin1').match(/maplibre/g)?.length ?? 0) > 100)
		});
	}
	return sizeCache.get(file)!;
}
