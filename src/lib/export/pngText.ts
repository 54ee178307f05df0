/**
 * Text carried inside a PNG file (iTXt chunks, UTF-8): the title, the source and the synthetic-data
 * notice travel with the image even where its pixels are cropped, and tools (and our tests) can read
 * them. Canvas encoders write no text, so the chunks are inserted after the header chunk.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
	crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** An uncompressed international text chunk: keyword (Latin-1, 1–79 characters), then UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
	if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`Invalid PNG text keyword: ${keyword}`);
	const encoder = new TextEncoder();
	// keyword \0, compression flag 0, method 0, empty language \0, empty translated keyword \0, text
	return chunk('iTXt', new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]));
}

/** The PNG with the given text entries added right after its header (IHDR) chunk. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
	if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('Not a PNG file');
	const headerEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const chunks = Object.entries(entries).map(([keyword, text]) => itxt(keyword, text));
	const size = png.length + chunks.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(size);
	out.set(png.subarray(0, headerEnd), 0);
	let offset = headerEnd;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	out.set(png.subarray(headerEnd), offset);
	return out;
}

/** Width, height and text entries of a PNG: what a reader of the file (or a test) can check. */
export function readPng(png: Uint8Array): { width: number; height: number; text: Record<string, string> } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const decoder = new TextDecoder();
	const text: Record<string, string> = {};
	let offset = 8;
	let width = 0;
	let height = 0;
	while (offset + 12 <= png.length) {
		const length = view.getUint32(offset);
		const type = decoder.decode(png.subarray(offset + 4, offset + 8));
		const data = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = view.getUint32(offset + 8);
			height = view.getUint32(offset + 12);
		} else if (type === 'iTXt') {
			const end = data.indexOf(0);
			// Skip compression flag and method, then the (empty) language tag and translated keyword.
			let start = end + 3;
			start = data.indexOf(0, start) + 1;
			start = data.indexOf(0, start) + 1;
			text[decoder.decode(data.subarray(0, end))] = decoder.decode(data.subarray(start));
		}
		offset += 12 + length;
	}
	return { width, height, text };
}
