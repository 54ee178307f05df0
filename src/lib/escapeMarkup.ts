/**
 * Text as it may stand in HTML or XML (content and quoted attributes): the picture export's SVG and
 * the table's rows. `&apos;` is a named reference in both XML and HTML5.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
