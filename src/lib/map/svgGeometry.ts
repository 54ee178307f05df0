/**
 * Geometry for the SVG map, shared by the prerendered HTML (no JavaScript) and the interactive SVG
 * used before MapLibre is ready or without WebGL. Framed like the MapLibre view: both fit
 * NETHERLANDS_BOUNDS in Web Mercator, centred, so the two line up when MapLibre takes over.
 */
import { geoMercator, geoPath, geoTransform, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { MunicipalityCode } from '../model/geography';
import { municipalityFeatures, provinceBorders } from './geometry';
import { frameFit, SVG_WIDTH, type MapFrame } from './mapFrame';

/** The projection of every SVG map: NETHERLANDS_BOUNDS fitted in Web Mercator to SVG_WIDTH (frameFit). */
export function boundsProjection(): { projection: GeoProjection; height: number } {
	const { height, scale, translate } = frameFit();
	return { projection: geoMercator().scale(scale).translate(translate), height };
}

export interface SvgMunicipality {
	code: MunicipalityCode;
	naam: string;
	provincie: string;
	d: string;
}

export interface SvgGeometry extends MapFrame {
	municipalities: SvgMunicipality[];
	/** Borders between provinces (drawn on top). */
	provinces: string;
	/** The SVG viewBox that shows a [west, south, east, north] box with some room around it. */
	viewBoxFor: (bbox: [number, number, number, number]) => string;
}

/**
 * A d3-geo path context that writes compact SVG path data: every point is rounded to `digits`
 * decimals first (so borders shared by two municipalities stay identical), then written relative to
 * the previous one with implicit line-tos. Small relative numbers compress far better than absolute
 * ones: the prerendered map's HTML shrinks by about a quarter.
 */
export class CompactPathContext implements GeoContext {
	private readonly parts: string[] = [];
	private readonly factor: number;
	// The current point and the start of the current ring, in rounded units.
	private x = 0;
	private y = 0;
	private startX = 0;
	private startY = 0;
	private last: 'm' | 'l' | 'z' | null = null;

	constructor(digits: number) {
		this.factor = 10 ** digits;
	}

	moveTo(x: number, y: number) {
		this.point('m', x, y);
	}

	lineTo(x: number, y: number) {
		this.point('l', x, y);
	}

	closePath() {
		this.parts.push('z');
		this.last = 'z';
		// After a close the current point is the start of the ring (a following m is relative to it).
		this.x = this.startX;
		this.y = this.startY;
	}

	/** Required by d3-geo's context interface; the map draws no point features. */
	arc() {}
	beginPath() {}

	result(): string {
		const d = this.parts.join('');
		this.parts.length = 0;
		this.x = this.y = this.startX = this.startY = 0;
		this.last = null;
		return d;
	}

	/** A relative coordinate as SVG path data writes it, without a leading zero ("-.5"). */
	private number(n: number): string {
		return String(n / this.factor).replace(/^(-?)0\./, '$1.');
	}

	private point(command: 'm' | 'l', x: number, y: number) {
		const rx = Math.round(x * this.factor);
		const ry = Math.round(y * this.factor);
		const dx = rx - this.x;
		const dy = ry - this.y;
		// A segment that rounding made zero-length draws nothing.
		if (command === 'l' && dx === 0 && dy === 0) return;
		// Called for every vertex: two plain calls (destructuring an array literal goes through its
		// iterator, and a closure per vertex was allocated too).
		const a = this.number(dx);
		const b = this.number(dy);
		const pair = `${a}${b.startsWith('-') ? '' : ','}${b}`;
		// After m or l, further pairs are implicit relative line-tos.
		const implicit = command === 'l' && (this.last === 'm' || this.last === 'l');
		this.parts.push(implicit ? (a.startsWith('-') ? pair : `,${pair}`) : `${command}${pair}`);
		this.last = command;
		this.x = rx;
		this.y = ry;
		if (command === 'm') {
			this.startX = rx;
			this.startY = ry;
		}
	}
}

/**
 * The projection as a plain point transform: no adaptive resampling and no clipping at the
 * antimeridian, which a country's municipalities never need. The paths are the same as through the
 * spherical projection (tested), at a third of the work: the live SVG map builds them on a phone.
 */
function planar(projection: GeoProjection) {
	return geoTransform({
		point(x, y) {
			const [px, py] = projection([x, y])!;
			this.stream.point(px, py);
		}
	});
}

/** What an SVG map is built from: the frame, the municipalities as features and a way to draw each. */
function geometryBuilder(topology: Topology, digits: number) {
	const { projection, height } = boundsProjection();
	const context = new CompactPathContext(digits);
	const path = geoPath(planar(projection), context);
	const draw = (object: Parameters<typeof path>[0]) => {
		path(object);
		return context.result();
	};
	const viewBoxFor = ([w, s, e, n]: [number, number, number, number]) => {
		const [x0, y0] = projection([w, n])!;
		const [x1, y1] = projection([e, s])!;
		// Room around the box as MapLibre's camera leaves (6 % of the frame, municipalityMap.ts fit()).
		const pad = Math.max(x1 - x0, y1 - y0) * 0.06 + 2;
		return `${x0 - pad} ${y0 - pad} ${x1 - x0 + 2 * pad} ${y1 - y0 + 2 * pad}`;
	};
	return {
		features: municipalityFeatures(topology).features,
		municipality: (f: ReturnType<typeof municipalityFeatures>['features'][number]): SvgMunicipality => ({
			code: f.properties.code,
			naam: f.properties.naam,
			provincie: f.properties.provincie,
			d: draw(f)
		}),
		finish: (municipalities: SvgMunicipality[]): SvgGeometry => ({
			width: SVG_WIDTH,
			height,
			municipalities,
			provinces: draw(provinceBorders(topology)),
			viewBoxFor,
			project: (at) => projection(at)!,
			scale: projection.scale()
		})
	};
}

/**
 * `digits`: decimals of the path coordinates (in a 1000-unit-wide viewBox). The prerendered map, which
 * cannot zoom, needs none; the interactive one zooms into the viewBox and keeps one.
 */
export function svgGeometry(topology: Topology, digits = 1): SvgGeometry {
	const builder = geometryBuilder(topology, digits);
	return builder.finish(builder.features.map(builder.municipality));
}

/**
 * The same geometry built in slices, giving the main thread back between them (`pause`), so that a
 * phone drawing another year never holds it for long: a tap or a scroll can come in between.
 */
export async function svgGeometryInSlices(topology: Topology, pause: () => Promise<void>, slice = 60, digits = 1): Promise<SvgGeometry> {
	const builder = geometryBuilder(topology, digits);
	const municipalities: SvgMunicipality[] = [];
	for (let i = 0; i < builder.features.length; i += slice) {
		await pause();
		municipalities.push(...builder.features.slice(i, i + slice).map(builder.municipality));
	}
	await pause();
	return builder.finish(municipalities);
}
