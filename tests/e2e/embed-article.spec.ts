import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedHeight, embedSnippet } from '../../src/lib/embed/snippet';
import { DEFAULT_EMBED } from '../../src/lib/state/viewState';
import { svgMapReady } from './helpers';

// An embed as a newspaper shows it: in an article on another origin, between paragraphs, the snippet
// pasted as the dialog gives it, or with its script stripped by the CMS.
const SITE = 'http://127.0.0.1:4173';
const filler = '<p>' + 'Tekst van het artikel. '.repeat(120) + '</p>';
let host: Server;
let hostOrigin: string;

test.beforeAll(async () => {
	host = createServer((request, response) => {
		const url = new URL(request.url!, 'http://host');
		const width = url.searchParams.get('breedte') ?? '700';
		const options = { ...DEFAULT_EMBED };
		let snippet = embedSnippet(SITE, '/embed', '?jaar=2022', 'Kaart', embedHeight(options));
		if (url.searchParams.has('zonder-script')) snippet = snippet.replace(/<script>[\s\S]*<\/script>/, '');
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		response.end(`<!doctype html><html lang="nl"><body style="margin:0"><main style="width:${width}px">${filler}${snippet}${filler}</main></body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Whether an element inside the iframe is fully within the iframe's visible box. */
async function insideFrame(iframe: Locator, element: Locator) {
	const [frame, box] = [(await iframe.boundingBox())!, (await element.boundingBox())!];
	return box.y >= frame.y && box.y + box.height <= frame.y + frame.height + 0.5 && box.x >= frame.x && box.x + box.width <= frame.x + frame.width + 0.5;
}

async function open(page: Page, query: string): Promise<{ iframe: Locator; embed: FrameLocator }> {
	await page.goto(`${hostOrigin}/${query}`);
	const iframe = page.locator('iframe');
	await iframe.scrollIntoViewIfNeeded();
	const embed = page.frameLocator('iframe');
	await expect(embed.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'svg', { timeout: 45_000 });
	return { iframe, embed };
}

test('the wheel over an embedded map scrolls the article, and the embed is static unless asked', async ({ page }) => {
	const { iframe, embed } = await open(page, '?breedte=700');
	await expect(embed.getByRole('button', { name: 'Inzoomen' })).toBeHidden();
	await expect(embed.locator('#map-instructions')).toBeHidden();
	const box = (await iframe.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
	const before = await page.evaluate(() => scrollY);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
});

for (const width of [360, 700]) {
	test(`with the script stripped, legend and source line show at ${width} px`, async ({ page }) => {
		const { iframe, embed } = await open(page, `?breedte=${width}&zonder-script=1`);
		expect(Math.round((await iframe.boundingBox())!.height)).toBe(embedHeight(DEFAULT_EMBED));
		await expect.poll(() => insideFrame(iframe, embed.locator('.legend'))).toBe(true);
		await expect.poll(() => insideFrame(iframe, embed.getByText(/^Bron: Monitor lokaal antidiscriminatiebeleid/))).toBe(true);
		await expect.poll(() => insideFrame(iframe, embed.getByText('Voorbeeldgegevens: status per gemeente verzonnen'))).toBe(true);
		expect((await embed.locator('.map-stack').boundingBox())!.height).toBeGreaterThanOrEqual(190);
	});
}

test('the English dialog gives the English embed; a region embed is framed to that region', async ({ page }) => {
	await page.goto('/en/?jaar=2022');
	await page.getByRole('button', { name: 'Embed' }).click();
	const code = await page.getByRole('dialog').getByRole('textbox', { name: 'Code' }).inputValue();
	expect(code).toContain(`src="${SITE}/en/embed?jaar=2022"`);

	await page.goto('/embed?jaar=2022&regio=provincie-noord-brabant&legend=0');
	await svgMapReady(page);
	// Brabant fills the frame: most of the map is municipalities, not empty surroundings.
	const shot = await page.locator('svg.svg-map').screenshot();
	const { PNG } = await import('pngjs');
	const image = PNG.sync.read(shot);
	let white = 0;
	for (let i = 0; i < image.data.length; i += 4) if (image.data[i] > 250 && image.data[i + 1] > 250 && image.data[i + 2] > 250) white++;
	expect(white / (image.width * image.height)).toBeLessThan(0.45);
});
