/**
 * A problem in an input file, at a line (or spreadsheet row) and column, both 1-based: what the data
 * build, the import command and the browser preview report, so a person can find it in their file.
 */
export interface Problem {
	line: number;
	column: number;
	message: string;
}

/** One problem as FILE:LINE:COLUMN: message, with control characters escaped and a long message cut. */
export function formatProblem(file: string, problem: Problem): string {
	const message = problem.message.replace(/\p{Cc}/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
	return `${file}:${problem.line}:${problem.column}: ${message.length > 300 ? `${message.slice(0, 300)}…` : message}`;
}

/** "a, b or c" for the allowed values in a message. */
export const orList = (values: readonly string[]) => (values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);
