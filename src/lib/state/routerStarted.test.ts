import { describe, expect, it } from 'vitest';
import { markRouterStarted, whenRouterStarted } from './routerStarted';

describe('work that needs the router', () => {
	it('waits for its start, in the order asked, and runs at once after it', () => {
		const log: string[] = [];
		whenRouterStarted(() => log.push('hydrated with the page'));
		whenRouterStarted(() => log.push('also with the page'));
		expect(log).toEqual([]);
		markRouterStarted();
		expect(log).toEqual(['hydrated with the page', 'also with the page']);
		whenRouterStarted(() => log.push('an island'));
		expect(log).toEqual(['hydrated with the page', 'also with the page', 'an island']);
		markRouterStarted();
		expect(log).toHaveLength(3);
	});
});
