/**
 * The data checks of the browser's loader, in a worker (dataCheckWorker.ts): the page sends a file's
 * text and waits for the verdict while it parses the file itself. Where no worker can be started, or
 * it fails, the checks run in the page, as before: slower for the reader, never skipped.
 */
import type { CheckAnswer, CheckRequest } from './dataCheckWorker';
import type { DataFileKind } from './fileCheck';
import type { FileCheck } from './loader';

export function workerCheck(): FileCheck {
	const waiting = new Map<number, { kind: DataFileKind; text: string; resolve: (problem: string | null) => void }>();
	let next = 0;
	let worker: Worker | null = null;
	const inPlace = (kind: DataFileKind, text: string) => import('./fileCheck').then(({ checkInPlace }) => checkInPlace(kind, text));
	const giveUp = () => {
		worker?.terminate();
		worker = null;
		for (const { kind, text, resolve } of waiting.values()) void inPlace(kind, text).then(resolve);
		waiting.clear();
	};
	try {
		worker = new Worker(new URL('./dataCheckWorker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
			waiting.get(data.id)?.resolve(data.problem);
			waiting.delete(data.id);
		};
		worker.onerror = giveUp;
	} catch {
		worker = null;
	}
	return (kind, text) => {
		if (!worker) return inPlace(kind, text);
		return new Promise((resolve) => {
			const id = next++;
			waiting.set(id, { kind, text, resolve });
			worker!.postMessage({ id, kind, text } satisfies CheckRequest);
		});
	};
}
