/**
 * Reading a data file's bytes as UTF-8 while telling the user exactly what is wrong with an encoding
 * that is not: a byte order mark, Windows-1252 bytes, or UTF-8 that went through Windows-1252 once
 * already (mojibake such as "Ã©" for "é").
 */

export interface Position {
	line: number;
	column: number;
}

export interface EncodingProblem extends Position {
	message: string;
}

export interface DecodedText {
	text: string;
	problems: EncodingProblem[];
}

const BOM = [0xef, 0xbb, 0xbf];
/** Windows-1252's characters for bytes 0x80–0x9F (curly quotes, €, dashes); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 as the WHATWG Encoding standard defines it. Node's TextDecoder reads the label as
 * Latin-1, which turns a curly quote (0x91) into a control character; browsers do not.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
	return text;
}

/** Line and column (1-based, in characters) of a character offset in a text. */
export function positionOf(text: string, offset: number): Position {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (text[i] === '\n') {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const length = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 && b >= 0xc2 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += length;
	}
	return -1;
}

/** Windows-1252 character → byte, to undo a mojibake round trip. */
const cp1252Bytes = new Map<string, number>();
for (let b = 0; b < 256; b++) cp1252Bytes.set(decodeWindows1252(new Uint8Array([b])), b);

/** The text that mojibake came from, or undefined when `text` is not mojibake. */
export function repairMojibake(text: string): string | undefined {
	// Mojibake is a lead byte read as Â/Ã/â followed by a non-ASCII character: the range must start at NUL.
	// eslint-disable-next-line no-control-regex
	if (!/[ÂÃâ][^\x00-\x7f]/.test(text)) return undefined;
	const bytes: number[] = [];
	for (const ch of text) {
		const b = cp1252Bytes.get(ch);
		if (b === undefined) return undefined;
		bytes.push(b);
	}
	try {
		const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
		return repaired !== text ? repaired : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Decodes bytes as UTF-8. A BOM is reported and skipped; bytes that are not UTF-8 are reported
 * at their position and the file is read as Windows-1252 instead, so that the remaining checks can
 * still say something useful.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
	const problems: EncodingProblem[] = [];
	let body = bytes;
	if (BOM.every((b, i) => bytes[i] === b)) {
		problems.push({ line: 1, column: 1, message: 'the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM' });
		body = bytes.subarray(3);
	}
	const bad = firstInvalidUtf8(body);
	if (bad < 0) return { text: new TextDecoder('utf-8').decode(body), problems };

	const text = decodeWindows1252(body);
	// Windows-1252 is one byte per character, so the byte offset is the character offset.
	const at = positionOf(text, bad);
	const byte = body[bad].toString(16).toUpperCase().padStart(2, '0');
	problems.push({
		...at,
		message: `byte 0x${byte} is not valid UTF-8 (in Windows-1252 it is "${text[bad]}"): the file looks like Windows-1252; save it as UTF-8`
	});
	return { text, problems };
}
