/**
 * The interactive SVG map (its component and d3-geo) is loaded only where it must draw: another
 * year or the change view before MapLibre is up, or for good without WebGL. One download, shared.
 */
import type { Topology } from 'topojson-specification';
import { lazy } from '$lib/lazy';
import { nextTask } from '$lib/nextTask';
import type { SvgGeometry } from './svgGeometry';

export const loadSvgMap = lazy(() =>
	Promise.all([import('$lib/components/SvgMap.svelte'), import('./svgGeometry')]).then(([component, { svgGeometryInSlices }]) => {
		// Each year's geometry is projected once, in slices that leave room for a tap, and kept for as
		// long as its topology is.
		const cache = new WeakMap<Topology, Promise<SvgGeometry>>();
		const geometryOf = (topology: Topology) => {
			if (!cache.has(topology)) cache.set(topology, svgGeometryInSlices(topology, nextTask));
			return cache.get(topology)!;
		};
		return { SvgMap: component.default, geometryOf };
	})
);
