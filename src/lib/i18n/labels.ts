/** Labels and number formats that depend on the locale, for values that come from data. */
import { originsShown, type YearOrigins } from '$lib/data/dataOrigin';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { DisplayStatus } from '$lib/model/status';
import type { Evidence } from '$lib/data/adv';
import type { Transition } from '$lib/model/change';
import type { SurveyYear } from '$lib/model/geography';
import type { Mode } from '$lib/model/mapViewModel';
import type { Grouping } from '$lib/model/regions';

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
		historisch: m.evidence_historisch,
		deelgebied: m.evidence_deelgebied
	};
	return labels[evidence]();
}

/**
 * A share (0–1) as a percentage with `digits` decimals: 0.3519 → "35", or "35,2" (Dutch) / "35.2"
 * (English) with one. Written out rather than with Intl.NumberFormat: a page's first NumberFormat
 * loads the locale's number data, a quarter of a second of a phone's main thread while the legend
 * hydrates, for numbers that are never grouped (0–100). Rounds as NumberFormat does (the double's value).
 */
export function formatPercent(share: number, digits = 0): string {
	const text = (share * 100).toFixed(digits);
	return getLocale() === 'en' ? text : text.replace('.', ',');
}

/** The data notice of a view of `years` as one line of text (a picture, its PNG text), or null for real data. */
export function dataNoticeText(origins: YearOrigins, years: readonly SurveyYear[]): string | null {
	const parts = originsShown(origins, years).map((g) => {
		const list = formatList(g.years.map(String));
		if (g.origin.kind === 'own') return m.own_data_notice({ file: g.origin.fileName, years: list });
		return g.partial ? m.synthetic_short_years({ years: list }) : m.synthetic_short();
	});
	return parts.length ? parts.join(' · ') : null;
}

/** The first own file among a view's years, else whether any of them is synthetic. */
function sourceKind(origins: YearOrigins, years: readonly SurveyYear[]): { kind: 'own'; file: string } | { kind: 'synthetic' | 'real' } {
	const groups = originsShown(origins, years);
	const own = groups.find((g) => g.origin.kind === 'own');
	if (own && own.origin.kind === 'own') return { kind: 'own', file: own.origin.fileName };
	return { kind: groups.length ? 'synthetic' : 'real' };
}

/** Where the status of a view of `years` comes from, for the line under the map. */
export function statusCredit(origins: YearOrigins, years: readonly SurveyYear[]): string {
	const source = sourceKind(origins, years);
	return source.kind === 'own' ? m.credit_own({ file: source.file }) : source.kind === 'synthetic' ? m.credit_monitor() : m.credit_monitor_real();
}

/** The source line of an embed or a picture of `years`. */
export function viewSource(origins: YearOrigins, years: readonly SurveyYear[]): string {
	const source = sourceKind(origins, years);
	return source.kind === 'own' ? m.embed_source_own({ file: source.file }) : source.kind === 'synthetic' ? m.embed_source() : m.embed_source_real();
}

/**
 * "A, B en C" / "A, B and C", as Intl.ListFormat writes them (en-GB: no comma before "and"). Written
 * out: a page's first ListFormat loads the locale's list data, 35–140 ms of the main thread at full
 * speed, and lists are written when a reader taps a municipality (the ADV's other municipalities).
 */
export function formatList(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${m.list_and()} ${items[items.length - 1]}`;
}

export function transitionLabel(transition: Transition): string {
	const labels: Record<Transition, () => string> = {
		'meer-beleid': m.change_meer_beleid,
		'gelijk-met-beleid': m.change_gelijk_met_beleid,
		'gelijk-zonder-beleid': m.change_gelijk_zonder_beleid,
		'minder-beleid': m.change_minder_beleid,
		onbekend: m.change_onbekend
	};
	return labels[transition]();
}

export function groupingLabel(grouping: Grouping): string {
	const labels: Record<Grouping, () => string> = {
		provincie: m.grouping_provincie,
		adv: m.grouping_adv,
		grootte: m.grouping_grootte,
		netwerk: m.grouping_netwerk
	};
	return labels[grouping]();
}

/** A region's name: province as is, ADV by its name, size class and network in words. */
export function regionLabel(grouping: Grouping, key: string, advNames: Readonly<Record<string, string>>): string {
	switch (grouping) {
		case 'provincie':
			return key;
		case 'adv':
			return key === 'onbekend' ? m.adv_unknown_group() : (advNames[key] ?? key);
		case 'grootte': {
			const sizes: Record<string, () => string> = {
				'tot-20000': m.size_tot_20000,
				'20000-50000': m.size_20000_50000,
				'50000-100000': m.size_50000_100000,
				'100000-plus': m.size_100000_plus
			};
			return sizes[key]?.() ?? key;
		}
		case 'netwerk':
			return key === 'g40' ? m.network_g40() : key === 'p10' ? m.network_p10() : m.network_overig();
	}
}

/** The title of a map view: what, where and when ("… per gemeente in Noord-Brabant, 2017–2025"). */
export function viewTitle(view: { mode: Mode; year: SurveyYear; since: SurveyYear | null; region: string | null }): string {
	const { year: to, since: from, region } = view;
	if (view.mode === 'verandering' && from !== null) return region ? m.heading_change_region({ region, from, to }) : m.heading_change({ from, to });
	return region ? m.heading_status_region({ region, year: to }) : m.home_heading({ year: to });
}

/** A public data file in words ("de monitorgegevens van 2025"), for telling a reader what failed. */
export function fileLabel(url: string): string {
	const name = url.replace(/^.*\/data\//, '');
	const year = Number(name.match(/\d{4}/)?.[0]);
	if (url === 'code') return m.file_code();
	if (/^monitor-\d{4}\.json$/.test(name)) return m.file_monitor({ year });
	if (/^gemeenten-\d{4}\.topojson$/.test(name)) return m.file_topology({ year });
	if (/^gemeenten-\d{4}\.json$/.test(name)) return m.file_index({ year });
	const fixed: Record<string, () => string> = {
		'crosswalk.json': m.file_crosswalk,
		'voorzieningen.json': m.file_voorzieningen,
		'published.json': m.file_published,
		'kenmerken.json': m.file_kenmerken
	};
	return fixed[name]?.() ?? m.file_other({ url });
}
