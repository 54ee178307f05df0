/// <reference lib="webworker" />
/**
 * The browser's data checks, off the page's main thread: a file's kind and text in, what is wrong
 * with it (or null) out. See fileCheck.ts.
 */
import { fileProblem, type DataFileKind } from './fileCheck';

export interface CheckRequest {
	id: number;
	kind: DataFileKind;
	text: string;
}
export interface CheckAnswer {
	id: number;
	problem: string | null;
}

self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
	let problem: string | null;
	try {
		problem = fileProblem(data.kind, data.text);
	} catch (error) {
		problem = `could not be checked (${(error as Error).message})`;
	}
	self.postMessage({ id: data.id, problem } satisfies CheckAnswer);
};
