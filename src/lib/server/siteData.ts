/**
 * The site's data for prerendering (per-municipality pages, the table, the static SVG map), read once
 * per build from the files the geo and data builds wrote (static/data), through the same loader and
 * schemas the browser uses, so ~420 pages do not parse the same files again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkInPlace } from '../data/fileCheck';
import { DataLoader, type AppData } from '../data/loader';

const STATIC_DIR = path.resolve('static');

/** fetch() for site paths, answered from static/ on disk. */
const fromDisk = (async (url: string) => {
	try {
		return new Response(await readFile(path.join(STATIC_DIR, url)));
	} catch {
		return new Response(null, { status: 404, statusText: 'Not Found' });
	}
}) as typeof fetch;

export const siteLoader = new DataLoader(fromDisk, checkInPlace);

let cached: Promise<AppData> | undefined;

export function siteData(): Promise<AppData> {
	cached ??= siteLoader.everything();
	return cached;
}
