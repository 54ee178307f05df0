/**
 * Turns the picture of a view into a file the reader saves: the SVG document as it is, or a PNG of
 * it drawn at the chosen width with its title, source and notice also stored as text in the file.
 */
import type { PictureFormat } from './formats';
import type { Picture } from './mapPicture';
import { withPngText } from './pngText';

export interface PictureText {
	title: string;
	source: string;
	notice: string | null;
	address: string;
}

async function pngOf(picture: Picture, width: number, text: PictureText): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = Math.round((picture.height * width) / picture.width);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas to draw the picture on');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
		const entries: Record<string, string> = { Title: text.title, Source: text.source, URL: text.address };
		if (text.notice) entries.Disclaimer = text.notice;
		const png = withPngText(new Uint8Array(await blob.arrayBuffer()), entries);
		return new Blob([png.buffer as ArrayBuffer], { type: 'image/png' });
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function pictureFile(picture: Picture, format: PictureFormat, text: PictureText): Promise<Blob> {
	return format.kind === 'svg' ? new Blob([picture.svg], { type: 'image/svg+xml' }) : pngOf(picture, format.width, text);
}
