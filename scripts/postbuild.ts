/**
 * After `vite build`: write gzip and brotli copies of every compressible file next to it, so a web
 * server sends them as they are (nginx gzip_static/brotli_static, `npm run serve`) instead of
 * compressing on every request; and `/.well-known/security.txt` when the operator gives a contact.
 * Deterministic: the same build/ gives byte-identical compressed files.
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// BUILD_DIR as svelte.config.js reads it: a build written elsewhere is compressed there, not build/.
const BUILD = path.resolve(process.env.BUILD_DIR ?? 'build');
const COMPRESSIBLE = /\.(html|js|mjs|css|json|topojson|geojson|csv|svg|txt|xml)$/;
const MIN_BYTES = 1024;
// Brotli at its highest quality for the code every visit loads, one below for pages and data (11 for
// all 1,700 files took over a minute for 4 % less), with a window no larger than the file.
const window = (size: number) => Math.min(24, Math.max(10, Math.ceil(Math.log2(size + 1))));

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else if (entry.isFile()) yield full;
	}
}

async function securityTxt() {
	const contact = process.env.SECURITY_CONTACT;
	if (!contact) {
		console.log('postbuild: SECURITY_CONTACT not set, no /.well-known/security.txt written (see deploy/README.md)');
		return;
	}
	if (!/^(https:\/\/|mailto:)/.test(contact)) throw new Error(`SECURITY_CONTACT must start with https:// or mailto:, got "${contact}"`);
	// Expires must be within a year; from SOURCE_DATE_EPOCH (the commit), so the build stays reproducible.
	const from = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
	const expires = new Date(from.getTime() + 364 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
	await mkdir(path.join(BUILD, '.well-known'), { recursive: true });
	await writeFile(path.join(BUILD, '.well-known/security.txt'), `Contact: ${contact}\nExpires: ${expires}\nPreferred-Languages: nl, en\n`);
}

await securityTxt();
let count = 0;
let raw = 0;
let brotli = 0;
for await (const file of files(BUILD)) {
	if (!COMPRESSIBLE.test(file) || (await stat(file)).size < MIN_BYTES) continue;
	const data = await readFile(file);
	const br = brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: /\.(js|mjs|css)$/.test(file) ? 11 : 10,
			[constants.BROTLI_PARAM_LGWIN]: window(data.length),
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
	await writeFile(`${file}.gz`, gzipSync(data, { level: 9 }));
	await writeFile(`${file}.br`, br);
	count++;
	raw += data.length;
	brotli += br.length;
}
console.log(`postbuild: ${count} files precompressed (${(raw / 1e6).toFixed(1)} MB → ${(brotli / 1e6).toFixed(1)} MB brotli)`);
