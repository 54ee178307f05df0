import { DISPLAY_STATUSES, hasPolicy, type DisplayStatus } from './status';

/** A count with both denominators, so a share is never shown without what it is a share of. */
export interface Share {
	count: number;
	/** count / participants (0 when there are no participants). */
	ofParticipants: number;
	/** count / all municipalities in the group. */
	ofAll: number;
}

export interface StatusSummary {
	/** All municipalities in the group. */
	total: number;
	/** Municipalities that took part in the survey (status other than onbekend). */
	participants: number;
	nonParticipants: number;
	byStatus: Record<DisplayStatus, Share>;
	/** Specific and contributing policy together: the published "has policy" figure. */
	policy: Share;
}

/** Counts and shares per status for any group of municipalities (country, province, ADV region…). */
export function summarize(statuses: Iterable<DisplayStatus>): StatusSummary {
	const counts = Object.fromEntries(DISPLAY_STATUSES.map((s) => [s, 0])) as Record<DisplayStatus, number>;
	let total = 0;
	for (const status of statuses) {
		counts[status] += 1;
		total += 1;
	}
	const nonParticipants = counts.onbekend;
	const participants = total - nonParticipants;
	const share = (count: number, isParticipant: boolean): Share => ({
		count,
		ofParticipants: isParticipant && participants > 0 ? count / participants : 0,
		ofAll: total > 0 ? count / total : 0
	});
	const byStatus = Object.fromEntries(DISPLAY_STATUSES.map((s) => [s, share(counts[s], s !== 'onbekend')])) as Record<DisplayStatus, Share>;
	const policyCount = DISPLAY_STATUSES.filter(hasPolicy).reduce((n, s) => n + counts[s], 0);
	return { total, participants, nonParticipants, byStatus, policy: share(policyCount, true) };
}
