/**
 * Where a stray quote opens a field (line and column, 1-based): a quoted field that never closes, or
 * one whose closing quote is followed by more text (the quote then paired with one many lines on).
 * csv-parse reports these where it gave up; the reader needs the line where the stray quote is.
 */
export function strayQuote(text: string): { line: number; column: number } | null {
	let line = 1;
	let column = 0;
	let fieldStart = true;
	let open: { line: number; column: number } | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		column++;
		if (open) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					i++;
					column++;
				} else if (!/^[,;\t\r\n]?$/.test(text[i + 1] ?? '')) return open;
				else open = null;
			}
		} else if (c === '"' && fieldStart) open = { line, column };
		if (c === '\n') {
			line++;
			column = 0;
		}
		fieldStart = !open && (c === ',' || c === '\n' || c === ';' || c === '\t');
	}
	return open;
}
