/**
 * Links for an ADV's contact details, so a reader can call or write with one tap. Only what is
 * clearly a phone number or an e-mail address becomes a link; anything else stays text.
 */

/** tel: link for a Dutch phone number as written in the register ("013 820 0212", "0800-1234567"). */
export function telHref(phone: string): string | null {
	const digits = phone.replace(/[\s().-]/g, '');
	if (/^\+\d{8,15}$/.test(digits)) return `tel:${digits}`;
	if (!/^0\d{9,10}$/.test(digits)) return null;
	// Free and paid service numbers (0800, 090x) are only reachable within the Netherlands.
	if (/^0(800|90\d)/.test(digits)) return `tel:${digits}`;
	return `tel:+31${digits.slice(1)}`;
}

/** mailto: link for one e-mail address. */
export function mailtoHref(email: string): string | null {
	const address = email.trim();
	return /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(address) ? `mailto:${address}` : null;
}
