import type { Crosswalk, CrosswalkLink, MunicipalityCode, SurveyYear } from './geography';
import { SURVEY_YEARS, crosswalkKey } from './geography';

/** A municipality of another year that overlaps this one, with the share of the *earlier* one's area. */
export interface Related {
	year: SurveyYear;
	code: MunicipalityCode;
	share: number;
}

/**
 * Lookups over the crosswalk between consecutive survey years, chained for years further apart
 * (2017 → 2025 goes through 2022, multiplying shares).
 */
export class CrosswalkIndex {
	private readonly forward = new Map<string, CrosswalkLink[]>();
	private readonly backward = new Map<string, CrosswalkLink[]>();
	// Answers once worked out: the change view asks for every municipality's predecessors, and each
	// of those asks for its own successors again (≈ 16 ms on a desktop for the three years, 4× on a phone).
	private readonly answers = new Map<string, readonly Related[]>();

	constructor(crosswalk: Crosswalk) {
		for (const [key, links] of Object.entries(crosswalk)) {
			for (const link of links ?? []) {
				push(this.forward, `${key}|${link.from}`, link);
				push(this.backward, `${key}|${link.to}`, link);
			}
		}
	}

	/** Where the area of `code` (in `from`) lies in a later year `to`, with shares summing to 1. */
	successors(code: MunicipalityCode, from: SurveyYear, to: SurveyYear): readonly Related[] {
		return this.remembered(`s|${from}|${to}|${code}`, () => this.findSuccessors(code, from, to));
	}

	private remembered(key: string, find: () => Related[]): readonly Related[] {
		let answer = this.answers.get(key);
		if (!answer) this.answers.set(key, (answer = Object.freeze(find())));
		return answer;
	}

	private findSuccessors(code: MunicipalityCode, from: SurveyYear, to: SurveyYear): Related[] {
		let current: Related[] = [{ year: from, code, share: 1 }];
		for (const [a, b] of steps(from, to)) {
			const next = new Map<string, number>();
			for (const item of current) {
				for (const link of this.forward.get(`${crosswalkKey(a, b)}|${item.code}`) ?? []) {
					next.set(link.to, (next.get(link.to) ?? 0) + item.share * link.share);
				}
			}
			current = [...next].map(([c, share]) => ({ year: b, code: c as MunicipalityCode, share }));
		}
		return current.sort((x, y) => y.share - x.share);
	}

	/**
	 * The municipalities of an earlier year `to` that overlap `code` (in the later year `from`), each
	 * with the share of the earlier municipality's area that went into `code`.
	 */
	predecessors(code: MunicipalityCode, from: SurveyYear, to: SurveyYear): readonly Related[] {
		return this.remembered(`p|${from}|${to}|${code}`, () => this.findPredecessors(code, from, to));
	}

	private findPredecessors(code: MunicipalityCode, from: SurveyYear, to: SurveyYear): Related[] {
		let frontier = new Set<string>([code]);
		for (const [a, b] of steps(to, from).reverse()) {
			const earlier = new Set<string>();
			for (const c of frontier) for (const link of this.backward.get(`${crosswalkKey(a, b)}|${c}`) ?? []) earlier.add(link.from);
			frontier = earlier;
		}
		return [...frontier]
			.map((c) => ({
				year: to,
				code: c as MunicipalityCode,
				share: this.successors(c as MunicipalityCode, to, from).find((s) => s.code === code)?.share ?? 0
			}))
			.filter((r) => r.share > 0)
			.sort((x, y) => y.share - x.share);
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Consecutive survey-year steps from `from` up to `to` (empty when equal). */
function steps(from: SurveyYear, to: SurveyYear): Array<[SurveyYear, SurveyYear]> {
	const i = SURVEY_YEARS.indexOf(from);
	const j = SURVEY_YEARS.indexOf(to);
	if (j < i) throw new Error(`${to} is before ${from}`);
	return SURVEY_YEARS.slice(i, j).map((y, k) => [y, SURVEY_YEARS[i + k + 1]]);
}
