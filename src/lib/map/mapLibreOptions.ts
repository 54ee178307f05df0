/** How the MapLibre map is made: our style, our keyboard, gestures that leave the page its scroll. */
import type { MapOptions as MapLibreOptions } from 'maplibre-gl';
import { emptyStyle, NETHERLANDS_BOUNDS } from './style';

export interface MapOptions {
	/** A fixed view: no panning or zooming (embeds with zoom=static). */
	fixed?: boolean;
	/** The hint shown when a gesture is left to the page (one finger, a wheel without Ctrl/⌘). */
	gestureHelp?: { windows: string; mac: string; mobile: string };
}

export function mapLibreOptions(container: HTMLElement, options: MapOptions): MapLibreOptions {
	return {
		container,
		style: emptyStyle,
		bounds: NETHERLANDS_BOUNDS,
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// The map's keyboard is ours (one tab stop, arrows move between municipalities).
		keyboard: false,
		maxZoom: 12,
		fadeDuration: 0,
		// The page scrolls with one finger and the wheel; the map pans with two fingers and zooms with Ctrl/⌘.
		cooperativeGestures: !options.fixed,
		...(options.gestureHelp
			? {
					locale: {
						'CooperativeGesturesHandler.WindowsHelpText': options.gestureHelp.windows,
						'CooperativeGesturesHandler.MacHelpText': options.gestureHelp.mac,
						'CooperativeGesturesHandler.MobileHelpText': options.gestureHelp.mobile
					}
				}
			: {}),
		...(options.fixed ? { scrollZoom: false, dragPan: false, doubleClickZoom: false, touchZoomRotate: false, boxZoom: false } : {})
	};
}
