/**
 * The code a journalist pastes into an article: an iframe of /embed and a small script that sets the
 * iframe's height from the messages the embed posts. It accepts a message only from our origin and
 * from that iframe, and only a plain, bounded number.
 */
export const HEIGHT_MESSAGE = 'beleidskaart-hoogte';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet(origin: string, search: string, title: string): string {
	const src = `${origin}/embed${search}`;
	const script =
		`(function(){var f=document.currentScript.previousElementSibling;` +
		`window.addEventListener('message',function(e){` +
		`if(e.origin!==${JSON.stringify(origin)}||e.source!==f.contentWindow)return;` +
		`var d=e.data;if(!d||d.type!==${JSON.stringify(HEIGHT_MESSAGE)}||typeof d.height!=='number'||!(d.height>0&&d.height<10000))return;` +
		`f.style.height=Math.ceil(d.height)+'px';});})();`;
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n<script>${script}</script>`;
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
