import type { MunicipalityCode } from './geography';
import { hasPolicy, type DisplayStatus } from './status';

/** What a published figure measures, and how to recompute it from per-municipality data. */
export type Measure = 'participants' | 'complete' | 'policy' | 'developing' | 'developing-without-policy' | 'policy-in-group';

export interface FigureInput {
	measure: Measure;
	unit: 'count' | 'percent';
	group?: string;
}

export interface RecomputeData {
	status: ReadonlyMap<MunicipalityCode, DisplayStatus>;
	/** Participants who answered the whole questionnaire, when known. */
	complete?: ReadonlySet<MunicipalityCode>;
	groups?: Readonly<Record<string, ReadonlySet<MunicipalityCode>>>;
}

export interface Recomputed {
	value: number;
	numerator: number;
	denominator: number;
}

/** The figure recomputed from the data, in the figure's unit (a count, or a percentage 0–100). */
export function recompute(figure: FigureInput, data: RecomputeData): Recomputed {
	const participants = [...data.status].filter(([, s]) => s !== 'onbekend');
	const count = (keep: (code: MunicipalityCode, status: DisplayStatus) => boolean, among: typeof participants) => among.filter(([c, s]) => keep(c, s)).length;
	const ratio = (numerator: number, denominator: number): Recomputed => ({
		value: denominator === 0 ? 0 : (100 * numerator) / denominator,
		numerator,
		denominator
	});
	switch (figure.measure) {
		case 'participants':
			return { value: participants.length, numerator: participants.length, denominator: data.status.size };
		case 'complete': {
			const n = count((c) => data.complete?.has(c) ?? false, participants);
			return { value: n, numerator: n, denominator: participants.length };
		}
		case 'policy':
			return ratio(
				count((_, s) => hasPolicy(s), participants),
				participants.length
			);
		case 'developing':
			return ratio(
				count((_, s) => s === 'in-ontwikkeling', participants),
				participants.length
			);
		case 'developing-without-policy': {
			const without = participants.filter(([, s]) => !hasPolicy(s));
			return ratio(
				count((_, s) => s === 'in-ontwikkeling', without),
				without.length
			);
		}
		case 'policy-in-group': {
			const members = data.groups?.[figure.group ?? ''];
			if (!members) throw new Error(`no member list for group ${figure.group}`);
			const inGroup = participants.filter(([c]) => members.has(c));
			return ratio(
				count((_, s) => hasPolicy(s), inGroup),
				inGroup.length
			);
		}
	}
}

/** Whether the recomputed value matches a published one as published (whole percentages, exact counts). */
export function reproduces(published: number, recomputed: Recomputed, unit: 'count' | 'percent'): boolean {
	return unit === 'count' ? recomputed.value === published : Math.round(recomputed.value) === published;
}
