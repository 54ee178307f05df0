import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchInItsOwnTask } from './browserLoader';

afterEach(() => vi.unstubAllGlobals());

describe('fetchInItsOwnTask', () => {
	it('starts each request in a later task, not in the one that asked for it', async () => {
		const started: string[] = [];
		vi.stubGlobal('fetch', async (input: string) => (started.push(input), new Response(input)));
		const responses = ['/data/a.json', '/data/b.json'].map((url) => fetchInItsOwnTask(url));
		// Whatever the asking task still does (its microtasks included) comes before any request.
		await Promise.resolve();
		await Promise.resolve();
		expect(started).toEqual([]);
		expect(await Promise.all(responses.map(async (response) => (await response).text()))).toEqual(['/data/a.json', '/data/b.json']);
		expect(started).toEqual(['/data/a.json', '/data/b.json']);
	});
});
