/**
 * The synthetic demonstration dataset. Per-municipality answers to the Monitor are not public, so
 * until the data owner supplies them the app shows made-up answers that reproduce the published
 * national figures and the published pattern that larger municipalities more often have policy.
 * Deterministic: the same seed and inputs give the same files.
 */
import type { MunicipalityCode, SurveyYear } from '../../src/lib/model/geography.ts';
import type { DevelopingAnswer, Participation, PolicyAnswer } from '../../src/lib/model/status.ts';

/** Counts one survey year must reproduce; see data/README.md for where each comes from. */
export interface DemoTargets {
	year: SurveyYear;
	participants: number;
	/** Participants who answered the whole questionnaire (undefined: not known, column left empty). */
	complete?: number;
	policy: number;
	developing: number;
	/** Share of policy that is specific rather than contributing (not published; a choice). */
	specificShare: number;
	/** Fixed counts inside named groups (2025: G40 and P10), chosen before the rest. */
	groups?: Array<{ name: string; members: ReadonlySet<MunicipalityCode>; participants: number; policy: number }>;
	/** Municipalities that cannot have taken part (e.g. merged away before the survey ran). */
	excluded?: ReadonlySet<MunicipalityCode>;
}

export interface DemoMunicipality {
	code: MunicipalityCode;
	naam: string;
	/** A size measure (inhabitants, or a proxy): larger municipalities take part and have policy more often. */
	size: number;
}

export interface DemoRow {
	gemeentecode: MunicipalityCode;
	gemeentenaam: string;
	deelname: Participation;
	beleid: PolicyAnswer | '';
	in_ontwikkeling: DevelopingAnswer | '';
	volledig: 'ja' | 'nee' | '';
}

/** mulberry32: a small, well-known seeded PRNG; good enough to shuffle synthetic data. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): each item gets the key u^(1/w) and
 * the n largest keys win, so an item twice as heavy is about twice as likely to be drawn.
 */
export function weightedSample<T>(items: readonly T[], n: number, weight: (item: T) => number, random: () => number): T[] {
	if (n > items.length) throw new Error(`cannot draw ${n} from ${items.length}`);
	return items
		.map((item) => ({ item, key: Math.pow(random(), 1 / Math.max(weight(item), 1e-9)) }))
		.sort((a, b) => b.key - a.key)
		.slice(0, n)
		.map((x) => x.item);
}

export function generateDemoYear(municipalities: readonly DemoMunicipality[], targets: DemoTargets, seed: number): DemoRow[] {
	const random = seededRandom(seed);
	const eligible = municipalities.filter((m) => !targets.excluded?.has(m.code));
	// Taking part grows slowly with size; having policy faster (the published size pattern).
	const participationWeight = (m: DemoMunicipality) => Math.sqrt(m.size);
	const policyWeight = (m: DemoMunicipality) => m.size;

	const participants: DemoMunicipality[] = [];
	const policy: DemoMunicipality[] = [];
	const inGroup = new Set<MunicipalityCode>();
	for (const group of targets.groups ?? []) {
		const members = eligible.filter((m) => group.members.has(m.code) && !inGroup.has(m.code));
		members.forEach((m) => inGroup.add(m.code));
		const taking = weightedSample(members, group.participants, participationWeight, random);
		participants.push(...taking);
		policy.push(...weightedSample(taking, group.policy, policyWeight, random));
	}
	const rest = eligible.filter((m) => !inGroup.has(m.code));
	const restParticipants = weightedSample(rest, targets.participants - participants.length, participationWeight, random);
	participants.push(...restParticipants);
	policy.push(...weightedSample(restParticipants, targets.policy - policy.length, policyWeight, random));

	const policySet = new Set(policy.map((m) => m.code));
	const withoutPolicy = participants.filter((m) => !policySet.has(m.code));
	const developing = new Set(weightedSample(withoutPolicy, targets.developing, () => 1, random).map((m) => m.code));
	const specific = new Set(weightedSample(policy, Math.round(policy.length * targets.specificShare), () => 1, random).map((m) => m.code));
	const participantSet = new Set(participants.map((m) => m.code));
	const complete = targets.complete === undefined ? undefined : new Set(weightedSample(participants, targets.complete, () => 1, random).map((m) => m.code));

	return municipalities
		.map((m): DemoRow => {
			if (!participantSet.has(m.code)) {
				return { gemeentecode: m.code, gemeentenaam: m.naam, deelname: 'nee', beleid: '', in_ontwikkeling: '', volledig: '' };
			}
			const hasPolicy = policySet.has(m.code);
			return {
				gemeentecode: m.code,
				gemeentenaam: m.naam,
				deelname: 'ja',
				beleid: hasPolicy ? (specific.has(m.code) ? 'specifiek' : 'bijdragend') : 'geen',
				in_ontwikkeling: hasPolicy ? '' : developing.has(m.code) ? 'ja' : 'nee',
				volledig: complete ? (complete.has(m.code) ? 'ja' : 'nee') : ''
			};
		})
		.sort((a, b) => a.gemeentecode.localeCompare(b.gemeentecode));
}
