import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { readPng, withPngText } from './pngText';

/** A real 3×2 PNG written by hand (8-bit greyscale), so the test needs no image library. */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const crc = Buffer.alloc(4);
		let c = 0xffffffff;
		for (const byte of body) {
			c ^= byte;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(3, 0);
	header.writeUInt32BE(2, 4);
	header.set([8, 0, 0, 0, 0], 8);
	const rows = Buffer.from([0, 10, 20, 30, 0, 40, 50, 60]);
	return new Uint8Array(
		Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
	);
}

describe('text inside a PNG', () => {
	it('adds UTF-8 text after the header and reads it back, pixels untouched', () => {
		const png = tinyPng();
		const out = withPngText(png, { Title: 'Beleid in Noord-Brabant, 2017–2025', Disclaimer: 'Voorbeeldgegevens' });
		const read = readPng(out);
		expect(read).toEqual({ width: 3, height: 2, text: { Title: 'Beleid in Noord-Brabant, 2017–2025', Disclaimer: 'Voorbeeldgegevens' } });
		// The image data is the same bytes.
		const idat = (bytes: Uint8Array) => {
			const i = Buffer.from(bytes).indexOf('IDAT');
			const length = Buffer.from(bytes).readUInt32BE(i - 4);
			return inflateSync(Buffer.from(bytes).subarray(i + 4, i + 4 + length));
		};
		expect(idat(out)).toEqual(idat(png));
	});

	it('writes chunks with a valid CRC (the one zlib and every viewer check)', () => {
		const out = Buffer.from(withPngText(tinyPng(), { Title: 'x' }));
		const i = out.indexOf('iTXt');
		const length = out.readUInt32BE(i - 4);
		const stored = out.readUInt32BE(i + 4 + length);
		let c = 0xffffffff;
		for (const byte of out.subarray(i, i + 4 + length)) {
			c ^= byte;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		expect(stored).toBe((c ^ 0xffffffff) >>> 0);
	});

	it('refuses what is not a PNG and keywords a PNG cannot hold', () => {
		expect(() => withPngText(new Uint8Array([1, 2, 3]), {})).toThrow('Not a PNG');
		expect(() => withPngText(tinyPng(), { Tïtle: 'x' })).toThrow('keyword');
	});
});
