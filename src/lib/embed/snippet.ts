/**
 * The code a journalist pastes into an article: an iframe of /embed and a small script that sets the
 * iframe's height from the messages the embed posts. It accepts a message only from our origin and
 * from that iframe, and only a plain, bounded number.
 */
export const HEIGHT_MESSAGE = 'beleidskaart-hoogte';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe's height without the script (a CMS may strip it): enough for the chosen parts at common
 * widths, from a phone (360 px, the legend under the map) to an article column (700 px, beside it).
 * The embed's map takes what is left, so the legend and the source line always show; the script
 * only grows the frame where the content needs more.
 */
export function embedHeight(options: { legend: boolean; search: boolean; title: string | null }): number {
	const titleLines = options.title && options.title.length > 40 ? 2 : 1;
	return 460 + (options.legend ? 300 : 0) + (options.search ? 80 : 0) + (titleLines - 1) * 30;
}

/** `path` is the embed's path in the reader's language (/embed or /en/embed). */
export function embedSnippet(origin: string, path: string, search: string, title: string, height: number): string {
	const src = `${origin}${path}${search}`;
	const script =
		`(function(){var f=document.currentScript.previousElementSibling;` +
		`window.addEventListener('message',function(e){` +
		`if(e.origin!==${JSON.stringify(origin)}||e.source!==f.contentWindow)return;` +
		`var d=e.data;if(!d||d.type!==${JSON.stringify(HEIGHT_MESSAGE)}||typeof d.height!=='number'||!(d.height>0&&d.height<10000))return;` +
		`f.style.height=Math.ceil(d.height)+'px';});})();`;
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width:100%;height:${Math.round(height)}px;border:0" loading="lazy"></iframe>\n<script>${script}</script>`;
}

/** Posts the document's height to the embedding page now and whenever it changes. */
export function postHeight(target: Window = window.parent): () => void {
	if (target === window) return () => {};
	let last = 0;
	const send = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height !== last) {
			last = height;
			// Only a number is sent, so any origin may receive it; the snippet checks ours.
			target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
		}
	};
	const observer = new ResizeObserver(send);
	observer.observe(document.documentElement);
	send();
	return () => observer.disconnect();
}
