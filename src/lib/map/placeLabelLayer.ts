/**
 * Place names over the MapLibre map as HTML (the map has no glyph server): placed after every camera
 * change, in order of importance, without overlaps. For orientation only, so hidden from assistive
 * technology; the map's own label and the announcements name municipalities.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelWidth, placeVisible, type PlaceLabel } from '../model/placeNames';
import './placeLabels.css';

export interface PlaceLabelLayer {
	setLabels(labels: readonly PlaceLabel[]): void;
	remove(): void;
}

export function placeLabelLayer(map: MapLibreMap): PlaceLabelLayer {
	const layer = document.createElement('div');
	layer.className = 'place-labels';
	layer.setAttribute('aria-hidden', 'true');
	map.getContainer().appendChild(layer);
	let labels: readonly PlaceLabel[] = [];
	let frame = 0;
	let drawn = '';

	const draw = () => {
		frame = 0;
		// The canvas's own size, not its layout box: reading that would force a layout every frame.
		const canvas = map.getCanvas();
		const ratio = map.getPixelRatio();
		const placed = placeVisible(labels, map.getZoom(), (at) => map.project(at), { width: canvas.width / ratio, height: canvas.height / ratio }, labelWidth);
		const signature = placed.map(({ label, x, y }) => `${label.name}@${Math.round(x)},${Math.round(y)}`).join('|');
		if (signature === drawn) return;
		drawn = signature;
		layer.replaceChildren(
			...placed.map(({ label, x, y }) => {
				const span = document.createElement('span');
				span.textContent = label.name;
				span.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
				return span;
			})
		);
	};
	const schedule = () => {
		frame ||= requestAnimationFrame(draw);
	};
	map.on('move', schedule);
	map.on('resize', schedule);

	return {
		setLabels(next) {
			labels = next;
			schedule();
		},
		remove() {
			cancelAnimationFrame(frame);
			map.off('move', schedule);
			map.off('resize', schedule);
			layer.remove();
		}
	};
}
