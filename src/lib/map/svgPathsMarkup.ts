/**
 * The live SVG map's municipalities as markup (SvgMap.svelte puts it in with {@html}): the browser
 * parses 342 paths in one go, where Svelte's {#each} made each path a block with its own effects,
 * ≈ 20 ms of a year's first drawing at full speed (an embed's largest task once its data is in).
 * Only the geometry is in the markup; colours and emphasis are set on the paths in place
 * (`paintPaths`), so a highlight or a mode does not parse the geometry again. Escaped: codes come
 * from data files.
 */
import { escapeMarkup } from '../escapeMarkup';

export interface PathShape {
	code: string;
	d: string;
}

export const svgPathsMarkup = (municipalities: readonly PathShape[]): string =>
	municipalities.map((m) => `<path d="${escapeMarkup(m.d)}" data-code="${escapeMarkup(m.code)}"></path>`).join('');

/** Sets each path's fill, and its opacity where one is given (removes it otherwise). */
export function paintPaths(paths: Iterable<Element>, fillOf: (code: string) => string, opacityOf: ((code: string) => number) | null): void {
	for (const path of paths) {
		const code = path.getAttribute('data-code');
		if (code === null) continue;
		path.setAttribute('fill', fillOf(code));
		if (opacityOf) path.setAttribute('opacity', String(opacityOf(code)));
		else path.removeAttribute('opacity');
	}
}
