/** Labels and number formats that depend on the locale, for values that come from data. */
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { DisplayStatus } from '$lib/model/status';
import type { Evidence } from '$lib/data/adv';

export function statusLabel(status: DisplayStatus): string {
	switch (status) {
		case 'beleid-specifiek':
			return m.status_beleid_specifiek();
		case 'beleid-bijdragend':
			return m.status_beleid_bijdragend();
		case 'in-ontwikkeling':
			return m.status_in_ontwikkeling();
		case 'geen-beleid':
			return m.status_geen_beleid();
		case 'onbekend':
			return m.status_onbekend();
	}
}

export function evidenceLabel(evidence: Evidence): string {
	const labels: Record<Evidence, () => string> = {
		direct: m.evidence_direct,
		provincie: m.evidence_provincie,
		indirect: m.evidence_indirect,
		gepland: m.evidence_gepland,
		naam: m.evidence_naam,
		historisch: m.evidence_historisch
	};
	return labels[evidence]();
}

const intlLocale = () => (getLocale() === 'en' ? 'en-GB' : 'nl-NL');

/** A share (0–1) as a percentage with at most one decimal: 0.3519 → "35,2". */
export function formatPercent(share: number, digits = 0): string {
	return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share * 100);
}

export function formatNumber(value: number): string {
	return new Intl.NumberFormat(intlLocale()).format(value);
}

/** "A, B en C" / "A, B and C". */
export function formatList(items: string[]): string {
	return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
}
