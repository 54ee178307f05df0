import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DataLoader } from '$lib/data/loader';
import { MapApp } from './mapApp.svelte';
import type { UrlPort } from './urlPort';
import { EMBED_CODEC, MAP_CODEC, TABLE_CODEC } from './viewState';

/** A URL port over a history list, like a browser's: go() pushes or replaces, back() steps back. */
function fakeUrl(start: string) {
	let entries = $state([new URL(start, 'http://localhost/')]);
	let index = $state(0);
	const port: UrlPort = {
		url: () => entries[index],
		go: (search, { history }) => {
			const next = new URL(search, entries[index]);
			entries = history ? [...entries.slice(0, index + 1), next] : entries.map((e, i) => (i === index ? next : e));
			if (history) index++;
		}
	};
	return { port, back: () => index--, length: () => entries.length, current: () => entries[index].search };
}

/** A fetch that records what was asked for and answers nothing: the shell's URL logic needs no data. */
function recordingFetch() {
	const asked: string[] = [];
	const fetcher = (async (url: string) => {
		asked.push(url);
		return new Response('{}', { status: 404 });
	}) as typeof fetch;
	return { fetcher, asked };
}

/** The site's own data files, as the build wrote them. */
const fromDisk = (async (url: string) => new Response(await readFile(path.join('static', url)))) as typeof fetch;
const never = () => new Promise<void>(() => {});

const run = <T>(fn: () => T): T => {
	let result!: T;
	const cleanup = $effect.root(() => {
		result = fn();
	});
	cleanup();
	return result;
};

describe('the map shell and the URL', () => {
	it('shows the prerendered default until started, then what the URL says', () => {
		const url = fakeUrl('/?jaar=2017&gemeente=GM0344');
		const app = new MapApp(MAP_CODEC, url.port, async () => new DataLoader(recordingFetch().fetcher), { map: true, afterPaint: () => new Promise(() => {}) });
		expect(app.view).toMatchObject({ year: 2025, municipality: null });
		app.start();
		expect(app.view).toMatchObject({ year: 2017, municipality: 'GM0344' });
	});

	it('gives back the very same view when a change it already shows reaches the URL', async () => {
		const url = fakeUrl('/?jaar=2025');
		// A port like the app's: the URL follows after the next paint.
		let land!: () => void;
		const afterPaint: UrlPort = {
			url: url.port.url,
			go: (search, options) => new Promise<void>((resolve) => (land = () => resolve(void url.port.go(search, options))))
		};
		const app = new MapApp(MAP_CODEC, afterPaint, async () => new DataLoader(recordingFetch().fetcher), {
			map: false,
			afterPaint: () => new Promise(() => {})
		});
		app.start();
		const done = app.navigate({ year: 2017 });
		const shown = app.view;
		expect(shown.year).toBe(2017);
		expect(url.current()).toBe('?jaar=2025');
		land();
		await done;
		flushSync();
		expect(url.current()).toBe('?jaar=2017');
		// Not an equal copy: the same object, so nothing that depends on the view is computed again.
		expect(app.view).toBe(shown);
	});

	it('makes a selection and a year a history entry, and Back restores the view before', () => {
		const url = fakeUrl('/?jaar=2025');
		const app = new MapApp(MAP_CODEC, url.port, async () => new DataLoader(recordingFetch().fetcher), { map: false, afterPaint: () => new Promise(() => {}) });
		app.start();
		app.select('GM0344');
		app.select('GM0307');
		expect(app.view.municipality).toBe('GM0307');
		url.back();
		flushSync();
		expect(app.view.municipality).toBe('GM0344');
		expect(url.current()).toBe('?jaar=2025&gemeente=GM0344');
		app.setYear(2022);
		expect(url.current()).toBe('?jaar=2022&gemeente=GM0344');
		expect(url.length()).toBe(3);
	});

	it('replaces the entry for transient changes, and does not add history in an embed', () => {
		const url = fakeUrl('/tabel?jaar=2025');
		const table = new MapApp(TABLE_CODEC, url.port, async () => new DataLoader(recordingFetch().fetcher), {
			map: false,
			afterPaint: () => new Promise(() => {})
		});
		table.start();
		table.navigate({ q: 'ut' }, { history: false });
		table.navigate({ q: 'utr' }, { history: false });
		table.navigate({ status: 'geen-beleid' });
		expect(url.length()).toBe(2);
		expect(table.state).toMatchObject({ q: 'utr', status: 'geen-beleid' });
		url.back();
		expect(table.state).toMatchObject({ q: 'utr', status: null });

		const embedUrl = fakeUrl('/embed?jaar=2025');
		const embed = new MapApp(MAP_CODEC, embedUrl.port, async () => new DataLoader(recordingFetch().fetcher), {
			map: true,
			history: false,
			afterPaint: () => new Promise(() => {})
		});
		embed.start();
		embed.select('GM0344');
		expect(embedUrl.length()).toBe(1);
		expect(embed.view.municipality).toBe('GM0344');
	});

	it('takes its notices from the parse, and dismissing them cleans the URL for good', () => {
		const url = fakeUrl('/?jaar=2019&gemeente=GM0344&utm_source=x');
		const app = new MapApp(MAP_CODEC, url.port, async () => new DataLoader(recordingFetch().fetcher), { map: false, afterPaint: () => new Promise(() => {}) });
		app.start();
		expect(app.notices.map((n) => n.param)).toEqual(['jaar', 'utm_source']);
		app.dismissNotices();
		expect(url.current()).toBe('?jaar=2025&gemeente=GM0344');
		expect(app.notices).toEqual([]);
		expect(url.length()).toBe(1);
	});

	it('shows the view asked for at once when the URL follows later', async () => {
		const url = fakeUrl('/?jaar=2025');
		let finish!: () => void;
		const late: UrlPort = {
			url: url.port.url,
			go: (search, options) =>
				new Promise<void>((resolve) => {
					finish = () => {
						url.port.go(search, options);
						resolve();
					};
				})
		};
		const app = new MapApp(MAP_CODEC, late, async () => new DataLoader(recordingFetch().fetcher), { map: false, afterPaint: () => new Promise(() => {}) });
		app.start();
		app.setYear(2017);
		expect(app.view.year).toBe(2017);
		expect(url.current()).toBe('?jaar=2025');
		finish();
		await Promise.resolve();
		await Promise.resolve();
		expect(url.current()).toBe('?jaar=2017');
		expect(app.view.year).toBe(2017);
		url.back();
		expect(app.view.year).toBe(2025);
	});

	it('frames what a shared link asked for once the data is in, but not a municipality tapped or a map moved before', async () => {
		const linked = new MapApp(MAP_CODEC, fakeUrl('/?gemeente=GM0344').port, async () => new DataLoader(fromDisk), { map: false, afterPaint: never });
		linked.start();
		await linked.load();
		expect(linked.loadError?.message ?? null).toBeNull();
		expect(linked.atlas).not.toBeNull();
		expect(linked.zoomTarget).not.toBeNull();
		// A tap on the prerendered map before the page has even asked for the data (a slow first paint).
		const tapped = new MapApp(MAP_CODEC, fakeUrl('/').port, async () => new DataLoader(fromDisk), { map: false, afterPaint: never });
		tapped.start();
		tapped.select('GM0344', { zoom: false });
		await tapped.load();
		expect(tapped.atlas).not.toBeNull();
		expect(tapped.view.municipality).toBe('GM0344');
		expect(tapped.zoomTarget).toBeNull();
		// The reader zooms or pans the map while the rest of the data is still on its way.
		const moved = new MapApp(MAP_CODEC, fakeUrl('/?gemeente=GM0344').port, async () => new DataLoader(fromDisk), { map: false, afterPaint: never });
		moved.start();
		moved.readerMovedCamera();
		await moved.load();
		expect(moved.atlas).not.toBeNull();
		expect(moved.view.municipality).toBe('GM0344');
		expect(moved.zoomTarget).toBeNull();
	});

	it('in the change view works out the change in a task after taking in the data, not in the same one', async () => {
		const app = new MapApp(MAP_CODEC, fakeUrl('/?weergave=verandering').port, async () => new DataLoader(fromDisk), { map: false, afterPaint: never });
		const seen: string[] = [];
		const cleanup = $effect.root(() => {
			$effect(() => void seen.push(`atlas ${app.atlas !== null}, change ${app.change !== null}`));
		});
		app.start();
		await app.load();
		flushSync();
		cleanup();
		expect(seen).toEqual(['atlas false, change false', 'atlas true, change false', 'atlas true, change true']);
	});

	it('works out the change only once the change view is shown, and keeps it after', async () => {
		const app = new MapApp(MAP_CODEC, fakeUrl('/').port, async () => new DataLoader(fromDisk), { map: false, afterPaint: never });
		const cleanup = $effect.root(() => {
			$effect(() => void app.change);
		});
		app.start();
		await app.load();
		flushSync();
		expect(app.atlas).not.toBeNull();
		expect(app.change).toBeNull();
		await app.navigate({ mode: 'verandering' });
		flushSync();
		const change = app.change;
		expect(change?.[2025]?.since).toBe(2022);
		await app.navigate({ mode: 'status' });
		flushSync();
		expect(app.change).toBe(change);
		cleanup();
	});

	it("with one year for good (an embed) loads no other year's geometry, and every year's statuses", async () => {
		const asked: string[] = [];
		const fetcher = ((url: string) => (asked.push(url), fromDisk(url))) as typeof fetch;
		const loader = new DataLoader(fetcher);
		const app = new MapApp(EMBED_CODEC, fakeUrl('/embed?jaar=2022').port, async () => loader, { map: true, fixedYear: true });
		run(() => app.start());
		app.mapDrawn();
		await app.load();
		expect(app.loadError).toBeNull();
		expect(asked.filter((u) => u.endsWith('.topojson'))).toEqual(['/data/gemeenten-2022.topojson']);
		expect(new Set(asked.filter((u) => u.includes('/monitor-')))).toEqual(
			new Set(['/data/monitor-2017.json', '/data/monitor-2022.json', '/data/monitor-2025.json'])
		);
		expect(Object.keys(app.mapInput ?? {})).toEqual(['2022']);
		expect(app.atlas).not.toBeNull();
	});

	it('on a route without a map loads no geometry', async () => {
		const { fetcher, asked } = recordingFetch();
		const app = new MapApp(TABLE_CODEC, fakeUrl('/tabel').port, async () => new DataLoader(fetcher), { map: false });
		run(() => app.start());
		await app.load();
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.filter((u) => u.endsWith('.topojson'))).toEqual([]);
		expect(app.loadError?.url).toMatch(/^\/data\//);
	});
});
