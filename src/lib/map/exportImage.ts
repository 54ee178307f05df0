/**
 * A PNG of the current map view with its title, legend, source line and the synthetic-data notice
 * drawn into the image, so it cannot be shared without them. Works from the MapLibre canvas (kept
 * readable with preserveDrawingBuffer) and from the SVG map when there is no WebGL.
 */
import { statusLabel, transitionLabel } from '$lib/i18n/labels';
import { TRANSITIONS } from '$lib/model/change';
import { CHOROPLETH, classColour, isHatched } from '$lib/model/choroplethStyle';
import { DISPLAY_STATUSES } from '$lib/model/status';

export interface ImageText {
	title: string;
	legend: 'status' | 'verandering';
	counts: Readonly<Record<string, number>>;
	source: string;
	notice: string;
}

const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

async function mapPicture(container: HTMLElement): Promise<CanvasImageSource & { width: number; height: number }> {
	const canvas = container.querySelector<HTMLCanvasElement>('.maplibre.ready canvas');
	if (canvas) return canvas;
	// The live SVG map (another year or view, or no WebGL), else the prerendered one.
	const svg = container.querySelector<SVGSVGElement>('svg.svg-map') ?? container.querySelector<SVGSVGElement>('[data-ssr-map] svg');
	if (!svg) throw new Error('no map to export');
	const box = svg.getBoundingClientRect();
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('width', String(Math.round(box.width)));
	clone.setAttribute('height', String(Math.round(box.height)));
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
	try {
		const image = new Image(Math.round(box.width), Math.round(box.height));
		image.src = url;
		await image.decode();
		return image;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** The legend swatch of Swatch.svelte, drawn on the canvas. */
function swatch(ctx: CanvasRenderingContext2D, x: number, y: number, colour: string, hatched: boolean) {
	const { width, height, outline } = CHOROPLETH.swatch;
	const { hatch } = CHOROPLETH;
	ctx.fillStyle = colour;
	ctx.fillRect(x, y, width, height);
	if (hatched) {
		ctx.save();
		ctx.beginPath();
		ctx.rect(x, y, width, height);
		ctx.clip();
		ctx.strokeStyle = hatch.colour;
		ctx.lineWidth = hatch.width;
		for (let i = -height; i < width + hatch.spacing; i += hatch.spacing) {
			ctx.beginPath();
			ctx.moveTo(x + i, y + height);
			ctx.lineTo(x + i + height, y);
			ctx.stroke();
		}
		ctx.restore();
	}
	ctx.strokeStyle = outline;
	ctx.lineWidth = 1;
	ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
}

export async function exportMapImage(container: HTMLElement, text: ImageText): Promise<Blob> {
	const map = await mapPicture(container);
	const scale = map instanceof HTMLCanvasElement ? map.width / map.getBoundingClientRect().width || 1 : 1;
	const mapWidth = map.width / scale;
	const mapHeight = map.height / scale;
	const items =
		text.legend === 'status'
			? DISPLAY_STATUSES.map((s) => ({ colour: classColour('status', s), hatched: isHatched(s), label: statusLabel(s), count: text.counts[s] ?? 0 }))
			: TRANSITIONS.map((t) => ({ colour: classColour('verandering', t), hatched: isHatched(t), label: transitionLabel(t), count: text.counts[t] ?? 0 }));
	const width = Math.max(mapWidth, 640) + 2 * PAD;
	const header = 56;
	const legendHeight = items.length * 24 + 8;
	const footer = 60;
	const height = header + mapHeight + legendHeight + footer;

	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.scale(scale, scale);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = '#1c252e';
	ctx.font = `700 22px ${FONT}`;
	ctx.textBaseline = 'top';
	ctx.fillText(text.title, PAD, PAD);
	ctx.drawImage(map, PAD, header, mapWidth, mapHeight);

	let y = header + mapHeight + 8;
	ctx.font = `14px ${FONT}`;
	for (const item of items) {
		swatch(ctx, PAD, y, item.colour, item.hatched);
		ctx.fillStyle = '#1c252e';
		ctx.fillText(`${item.label} (${item.count})`, PAD + 32, y + 1);
		y += 24;
	}
	y += 4;
	ctx.fillStyle = '#b45309';
	ctx.fillRect(PAD, y, 6, 22);
	ctx.fillStyle = '#431407';
	ctx.font = `700 15px ${FONT}`;
	ctx.fillText(text.notice, PAD + 14, y + 3);
	ctx.fillStyle = '#3d4752';
	ctx.font = `12px ${FONT}`;
	ctx.fillText(text.source, PAD, y + 32);

	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
