/**
 * What the data build accepts in a cell and how it quotes a value back in a problem: a cell has a size
 * limit and no control characters; a value shown in a message is shortened and its control characters
 * escaped, so a hostile file cannot flood the terminal or drive it with escape codes.
 */

/** The longest cell the build publishes (the longest real one, an ADV remark, is under 300). */
export const MAX_CELL = 500;
/** Problems listed in full before the rest is counted. */
export const MAX_PROBLEMS = 100;

const CONTROL = /\p{Cc}/u;

/** A value for a message: at most 60 characters, control characters as \uXXXX, quoted. */
export function shown(value: string, max = 60): string {
	const cut = [...value].slice(0, max).join('');
	const escaped = cut.replace(/\p{Cc}/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	return `"${escaped}${value.length > cut.length ? '…' : ''}"`;
}

/** The problem with one cell, or null when it may be published. */
export function cellProblem(value: string): string | null {
	if (value.length > MAX_CELL) return `cell is ${value.length} characters long (at most ${MAX_CELL}): ${shown(value)}`;
	if (CONTROL.test(value.replace(/\r?\n/g, ''))) return `control character in cell ${shown(value)}`;
	return null;
}

/** An http(s) address that the browser will parse the same way. */
export function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\/[^\s/]+/i.test(value)) return false;
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

/** The first MAX_PROBLEMS problems and a line counting the rest. */
export function capped(problems: readonly string[]): string[] {
	if (problems.length <= MAX_PROBLEMS) return [...problems];
	return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}
