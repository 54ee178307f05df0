/**
 * The figures of a legend in words: the same sentences on screen, in embeds and in exported pictures,
 * so a picture can never say something the page does not.
 */
import { m } from '$lib/paraglide/messages.js';
import type { Transition } from '$lib/model/change';
import { DISPLAY_STATUSES, PARTICIPANT_STATUSES, hasPolicy, type DisplayStatus } from '$lib/model/status';
import { formatPercent } from './labels';

export interface StatusFigures {
	total: number;
	participants: number;
	policy: number;
	/** A count as a percentage of the participants. */
	percent: (count: number) => string;
}

export function statusFigures(counts: Readonly<Record<DisplayStatus, number>>): StatusFigures {
	const total = DISPLAY_STATUSES.reduce((n, s) => n + counts[s], 0);
	const participants = PARTICIPANT_STATUSES.reduce((n, s) => n + counts[s], 0);
	const policy = DISPLAY_STATUSES.filter(hasPolicy).reduce((n, s) => n + counts[s], 0);
	return { total, participants, policy, percent: (count) => formatPercent(participants ? count / participants : 0) };
}

/** "35% van 162 deelnemende gemeenten (57 gemeenten)", or for "onbekend" how many did not take part. */
export function statusDetail(status: DisplayStatus, counts: Readonly<Record<DisplayStatus, number>>): string {
	const figures = statusFigures(counts);
	if (status === 'onbekend') return m.legend_non_participants({ count: counts.onbekend, total: figures.total });
	return `${m.legend_share({ percent: figures.percent(counts[status]), participants: figures.participants })} (${m.legend_count({ count: counts[status] })})`;
}

/** "Samen met beleid: 35% van 162 deelnemende gemeenten (57)". */
export function policyTotal(counts: Readonly<Record<DisplayStatus, number>>): string {
	const figures = statusFigures(counts);
	return m.legend_policy_total({ percent: figures.percent(figures.policy), participants: figures.participants, count: figures.policy });
}

/** The national figure beside a region's. */
export function nationalStatusReference(counts: Readonly<Record<DisplayStatus, number>>): string {
	const figures = statusFigures(counts);
	return m.legend_national({ percent: figures.percent(figures.policy), participants: figures.participants, count: figures.policy });
}

export function nationalChangeReference(counts: Readonly<Partial<Record<Transition, number>>>): string {
	const get = (t: Transition) => counts[t] ?? 0;
	const total = Object.values(counts).reduce((n, c) => n + (c ?? 0), 0);
	return m.legend_national_change({
		more: get('meer-beleid'),
		less: get('minder-beleid'),
		same: get('gelijk-met-beleid') + get('gelijk-zonder-beleid'),
		total
	});
}
