import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('asks the browser for an idle moment with the deadline given, and can take it back', () => {
		const asked: Array<{ timeout?: number }> = [];
		const cancelled: number[] = [];
		let run: (() => void) | undefined;
		vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout?: number }) => {
			asked.push(options);
			run = callback;
			return 7;
		});
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const task = vi.fn();
		const cancel = whenIdle(task, { timeoutMs: 3000 });
		expect(asked).toEqual([{ timeout: 3000 }]);
		expect(task).not.toHaveBeenCalled();
		run!();
		expect(task).toHaveBeenCalledOnce();
		cancel();
		expect(cancelled).toEqual([7]);
	});

	it('without requestIdleCallback runs after the fallback delay, unless cancelled', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const task = vi.fn();
		whenIdle(task, { timeoutMs: 3000, fallbackMs: 500 });
		vi.advanceTimersByTime(499);
		expect(task).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(task).toHaveBeenCalledOnce();
		const other = vi.fn();
		whenIdle(other, { timeoutMs: 3000 })();
		vi.advanceTimersByTime(1000);
		expect(other).not.toHaveBeenCalled();
	});
});
