/**
 * Resolving the ADV register: which antidiscriminatievoorziening serves which municipality, per survey
 * year, from sourced facts only. Rows name municipalities as the sources do; this module maps them to
 * CBS codes of each survey year and decides conflicts by fixed rules. What no source says stays
 * unknown: nothing is inferred from neighbours.
 */
import type { MunicipalityCode, SurveyYear } from '../../src/lib/model/geography.ts';
import { SURVEY_YEARS } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { sameName } from '../../src/lib/model/names.ts';
import type { AdvRecord, Route, WerkgebiedRecord } from '../../src/lib/data/adv.ts';

export interface Claim {
	advId: string;
	route: Route;
	row: WerkgebiedRecord;
}

export interface Assignment {
	advId: string;
	claim: Claim;
	/** Other claims for the same municipality, overruled by the rules below. */
	overruled: Claim[];
}

export interface Conflict {
	year: SurveyYear;
	code: MunicipalityCode;
	claims: Claim[];
	/** The ADV chosen, or undefined when the rules cannot choose (the municipality stays unknown). */
	chosen?: string;
	reason: string;
}

export interface UnresolvedRow {
	row: WerkgebiedRecord;
	reason: string;
}

export interface RegisterResult {
	/** Per survey year: municipality → its ADV. Municipalities without an entry are unknown. */
	byYear: Record<SurveyYear, Map<MunicipalityCode, Assignment>>;
	conflicts: Conflict[];
	/** Rows that reach no municipality in some or all years, with the reason. */
	unresolved: UnresolvedRow[];
	/**
	 * Rows marked historisch: what an ADV did long before the survey years (a 2004 annual report, a
	 * bureau dissolved in 2006). Kept in the register as history, never used to say who serves a
	 * municipality in a survey year, because that would present a bygone bureau as where to report.
	 */
	history: WerkgebiedRecord[];
	/** Merged municipalities only some of whose predecessors have a known ADV (left unknown). */
	partial: Array<{ year: SurveyYear; code: MunicipalityCode; known: MunicipalityCode[]; unknown: MunicipalityCode[] }>;
}

/** The latest year a peildatum mentions ("2010-09-23/2016-11-28" → 2016.9…), or undefined when undated. */
export function dateValue(peildatum: string): number | undefined {
	const parts = peildatum
		.split('/')
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length === 0) return undefined;
	return Math.max(
		...parts.map((p) => {
			const [y, m = '1', d = '1'] = p.split('-');
			return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 372;
		})
	);
}

/** A successor is the same place as a predecessor when (almost) all of the predecessor went into it. */
const WHOLE = 0.95;

export function resolveRegister(advs: readonly AdvRecord[], rows: readonly WerkgebiedRecord[], geography: GeographyContext): RegisterResult {
	const advById = new Map(advs.map((a) => [a.id, a]));
	const unresolved: UnresolvedRow[] = [];
	const history: WerkgebiedRecord[] = [];
	const partial: RegisterResult['partial'] = [];
	const conflicts: Conflict[] = [];

	// 1. Direct matches per year: a name of that year's indeling, or a province of that year.
	const direct = new Map<SurveyYear, Map<MunicipalityCode, Claim[]>>(SURVEY_YEARS.map((y) => [y, new Map()]));
	const add = (year: SurveyYear, code: MunicipalityCode, claim: Claim) => {
		const map = direct.get(year)!;
		map.set(code, [...(map.get(code) ?? []), claim]);
	};
	const nameMatches = new Map<WerkgebiedRecord, Partial<Record<SurveyYear, MunicipalityCode>>>();
	for (const row of rows) {
		if (!advById.has(row.advId)) {
			unresolved.push({ row, reason: `unknown adv_id "${row.advId}"` });
			continue;
		}
		if (row.aard === 'historisch') {
			history.push(row);
			continue;
		}
		const province = /^PROVINCE:(.+)$/.exec(row.gemeente)?.[1];
		if (province) {
			let any = false;
			for (const year of SURVEY_YEARS) {
				for (const m of geography.municipalities(year).filter((m) => m.provincie === province)) {
					add(year, m.code, { advId: row.advId, route: 'provincie', row });
					any = true;
				}
			}
			if (!any) unresolved.push({ row, reason: `no province named "${province}"` });
			continue;
		}
		const matches: Partial<Record<SurveyYear, MunicipalityCode>> = {};
		for (const year of SURVEY_YEARS) {
			const found = geography.municipalities(year).filter((m) => sameName(m.naam, row.gemeente));
			if (found.length > 1) unresolved.push({ row, reason: `"${row.gemeente}" matches ${found.map((f) => f.naam).join(' and ')} in ${year}` });
			else if (found.length === 1) {
				matches[year] = found[0].code;
				add(year, found[0].code, { advId: row.advId, route: 'naam', row });
			}
		}
		nameMatches.set(row, matches);
		if (Object.keys(matches).length === 0) {
			unresolved.push({ row, reason: `"${row.gemeente}" is not a municipality in ${SURVEY_YEARS.join(', ')} (a district or a misspelling?)` });
		}
	}

	// 2. Names of another year reach this year through the crosswalk, but only where that is certain:
	//    forward, a merged municipality gets an ADV only if every predecessor had that same ADV;
	//    backward, a predecessor gets its successor's ADV only if (almost) all of it went there.
	const derived = new Map<SurveyYear, Map<MunicipalityCode, Claim[]>>(SURVEY_YEARS.map((y) => [y, new Map()]));
	const addDerived = (year: SurveyYear, code: MunicipalityCode, claim: Claim) => {
		const map = derived.get(year)!;
		map.set(code, [...(map.get(code) ?? []), claim]);
	};
	for (const [row, matches] of nameMatches) {
		for (const year of SURVEY_YEARS) {
			if (matches[year] || Object.keys(matches).length === 0) continue;
			const earlier = SURVEY_YEARS.filter((y) => y < year && matches[y]).at(-1);
			const later = SURVEY_YEARS.find((y) => y > year && matches[y]);
			if (earlier) {
				for (const successor of geography.crosswalk.successors(matches[earlier]!, earlier, year)) {
					const predecessors = geography.crosswalk.predecessors(successor.code, year, earlier).filter((p) => p.share >= 0.5);
					const known = predecessors.filter((p) => (direct.get(earlier)!.get(p.code) ?? []).some((c) => c.advId === row.advId && c.route === 'naam'));
					const namedDirectly = (direct.get(year)!.get(successor.code) ?? []).some((c) => c.route === 'naam');
					if (known.length === predecessors.length) addDerived(year, successor.code, { advId: row.advId, route: 'voorgangers', row });
					else if (!namedDirectly && !partial.some((p) => p.year === year && p.code === successor.code)) {
						partial.push({
							year,
							code: successor.code,
							known: known.map((k) => k.code),
							unknown: predecessors.filter((p) => !known.includes(p)).map((p) => p.code)
						});
					}
				}
			} else if (later) {
				for (const predecessor of geography.crosswalk.predecessors(matches[later]!, later, year)) {
					if (predecessor.share >= WHOLE) addDerived(year, predecessor.code, { advId: row.advId, route: 'opvolger', row });
				}
			}
		}
	}

	// 3. Per municipality and year: drop ADVs that no longer existed; explicit rows beat province-wide
	//    statements; derived claims count only where there is no direct one; among different ADVs the
	//    newest dated source wins, and when the newest date is shared or missing nobody wins.
	const byYear = {} as RegisterResult['byYear'];
	for (const year of SURVEY_YEARS) {
		const result = new Map<MunicipalityCode, Assignment>();
		const codes = new Set([...direct.get(year)!.keys(), ...derived.get(year)!.keys()]);
		for (const code of codes) {
			const all = [...(direct.get(year)!.get(code) ?? [])];
			if (!all.some((c) => c.route === 'naam')) all.push(...(derived.get(year)!.get(code) ?? []));
			const alive = all.filter((c) => (advById.get(c.advId)!.actiefTot ?? Infinity) >= year);
			const explicit = alive.filter((c) => c.route !== 'provincie');
			const candidates = explicit.length ? explicit : alive;
			if (candidates.length === 0) continue;
			const overruledByRule = all.filter((c) => !candidates.includes(c));
			const distinct = new Set(candidates.map((c) => c.advId));
			if (distinct.size === 1) {
				const claim = newest(candidates);
				result.set(code, { advId: claim.advId, claim, overruled: overruledByRule });
				continue;
			}
			const sorted = [...candidates].sort((a, b) => (dateValue(b.row.peildatum) ?? -Infinity) - (dateValue(a.row.peildatum) ?? -Infinity));
			const [first] = sorted;
			const d1 = dateValue(first.row.peildatum);
			const rivals = sorted.filter((c) => c.advId !== first.advId);
			const d2 = dateValue(rivals[0].row.peildatum);
			if (d1 !== undefined && (d2 === undefined || d1 > d2)) {
				result.set(code, { advId: first.advId, claim: first, overruled: all.filter((c) => c !== first) });
				conflicts.push({ year, code, claims: candidates, chosen: first.advId, reason: `newest dated source (${first.row.peildatum})` });
			} else {
				conflicts.push({
					year,
					code,
					claims: candidates,
					reason: d1 === undefined ? 'no source is dated, so none can be preferred' : `the newest sources share the date ${first.row.peildatum}`
				});
			}
		}
		byYear[year] = result;
	}
	return { byYear, conflicts, unresolved, partial, history };
}

/** Among claims for the same ADV, the one to show: the newest dated, else the first. */
function newest(claims: Claim[]): Claim {
	return [...claims].sort((a, b) => (dateValue(b.row.peildatum) ?? -Infinity) - (dateValue(a.row.peildatum) ?? -Infinity))[0];
}
