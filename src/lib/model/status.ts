/**
 * The Monitor's answers per municipality and the one display status derived from them.
 * Precedence: policy (specific or contributing) > in development > none > unknown. A municipality that
 * did not take part is unknown, whatever else its row says.
 */

export const PARTICIPATION = ['ja', 'nee'] as const;
export const POLICY_ANSWERS = ['specifiek', 'bijdragend', 'geen'] as const;
export const DEVELOPING_ANSWERS = ['ja', 'nee'] as const;

export type Participation = (typeof PARTICIPATION)[number];
export type PolicyAnswer = (typeof POLICY_ANSWERS)[number];
export type DevelopingAnswer = (typeof DEVELOPING_ANSWERS)[number];

/** One municipality's answers as recorded in data/monitor/YEAR.csv (empty = not answered). */
export interface MonitorAnswers {
	deelname: Participation;
	beleid: PolicyAnswer | '';
	in_ontwikkeling: DevelopingAnswer | '';
}

/** Display statuses, in legend order. */
export const DISPLAY_STATUSES = ['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid', 'onbekend'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** Statuses a participating municipality can have. */
export const PARTICIPANT_STATUSES = DISPLAY_STATUSES.filter((s) => s !== 'onbekend') as Exclude<DisplayStatus, 'onbekend'>[];

export function displayStatus(answers: MonitorAnswers): DisplayStatus {
	if (answers.deelname !== 'ja') return 'onbekend';
	if (answers.beleid === 'specifiek') return 'beleid-specifiek';
	if (answers.beleid === 'bijdragend') return 'beleid-bijdragend';
	if (answers.beleid === 'geen') return answers.in_ontwikkeling === 'ja' ? 'in-ontwikkeling' : 'geen-beleid';
	// Took part but did not answer the policy question: nothing can be said.
	return 'onbekend';
}

export function hasPolicy(status: DisplayStatus): boolean {
	return status === 'beleid-specifiek' || status === 'beleid-bijdragend';
}
