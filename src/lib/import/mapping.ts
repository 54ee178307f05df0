/**
 * The mapping file of the import (data/import-mapping.json): which column headers mean which of our
 * fields, and which answer wordings mean which values. Headers and wordings are compared normalised
 * (no case, accents, repeated spaces, or punctuation at the ends), so "Heeft uw gemeente
 * antidiscriminatiebeleid?" and "heeft uw gemeente antidiscriminatiebeleid" are one header.
 */
import * as z from 'zod/mini';
import { DEVELOPING_ANSWERS, PARTICIPATION, POLICY_ANSWERS } from '../model/status';

/** The fields an imported file can fill, in the order of our CSV. */
export const IMPORT_FIELDS = ['gemeentecode', 'gemeentenaam', 'deelname', 'beleid', 'in_ontwikkeling', 'volledig'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const ANSWER_FIELDS = ['deelname', 'beleid', 'in_ontwikkeling', 'volledig'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Our own values per answer field: always understood, whatever the mapping says. */
export const OWN_VALUES: Record<AnswerField, readonly string[]> = {
	deelname: PARTICIPATION,
	beleid: POLICY_ANSWERS,
	in_ontwikkeling: DEVELOPING_ANSWERS,
	volledig: ['ja', 'nee']
};

const answersSchema = z.object({
	deelname: z.optional(z.enum(PARTICIPATION)),
	beleid: z.optional(z.enum(POLICY_ANSWERS)),
	in_ontwikkeling: z.optional(z.enum(DEVELOPING_ANSWERS)),
	volledig: z.optional(z.enum(['ja', 'nee']))
});

export const mappingSchema = z.object({
	about: z.optional(z.string()),
	columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.array(z.string())),
	answers: z.partialRecord(z.enum(ANSWER_FIELDS), z.record(z.string(), answersSchema))
});
export type ImportMapping = z.infer<typeof mappingSchema>;
/** What one answer means: our value for one field, or for several ("Nee, maar in ontwikkeling"). */
export type Answers = z.infer<typeof answersSchema>;

/** A header or answer as compared: "Ja, specifiek beleid." → "ja, specifiek beleid". */
export function normalizeWording(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[_\s]+/g, ' ')
		.replace(/ ?, ?/g, ', ')
		.replace(/^[\s"'“”‘’.:;?!*-]+|[\s"'“”‘’.:;?!*-]+$/g, '')
		.trim();
}

/** A second mapping (a file of the data owner's) added to the first; its wordings win. */
export function extendMapping(base: ImportMapping, extra: ImportMapping): ImportMapping {
	const columns = { ...base.columns };
	for (const [field, headers] of Object.entries(extra.columns) as [ImportField, string[]][]) columns[field] = [...headers, ...(columns[field] ?? [])];
	const answers = { ...base.answers };
	for (const [field, wordings] of Object.entries(extra.answers) as [AnswerField, Record<string, Answers>][])
		answers[field] = { ...answers[field], ...wordings };
	return { about: extra.about ?? base.about, columns, answers };
}

/** Lookups over a mapping, by normalised text. */
export class MappingIndex {
	private readonly headers = new Map<string, ImportField>();
	private readonly wordings = new Map<AnswerField, Map<string, Answers>>();

	constructor(readonly mapping: ImportMapping) {
		for (const field of IMPORT_FIELDS) {
			this.headers.set(normalizeWording(field), field);
			for (const header of mapping.columns[field] ?? []) if (!this.headers.has(normalizeWording(header))) this.headers.set(normalizeWording(header), field);
		}
		for (const field of ANSWER_FIELDS) {
			const byWording = new Map<string, Answers>(OWN_VALUES[field].map((v) => [v, { [field]: v } as Answers]));
			for (const [wording, answers] of Object.entries(mapping.answers[field] ?? {})) byWording.set(normalizeWording(wording), answers);
			this.wordings.set(field, byWording);
		}
	}

	/** The field a column header means, or undefined. */
	field(header: string): ImportField | undefined {
		return this.headers.get(normalizeWording(header));
	}

	/** What an answer in a column of `field` means, or undefined for a wording the mapping does not know. */
	answer(field: AnswerField, value: string): Answers | undefined {
		return this.wordings.get(field)!.get(normalizeWording(value));
	}

	/** Example headers for a field, for messages. */
	headersOf(field: ImportField, count = 3): string[] {
		return [...new Set([field, ...(this.mapping.columns[field] ?? [])])].slice(0, count);
	}

	/** The wordings a field understands, for messages: our values first. */
	wordingsOf(field: AnswerField): string[] {
		return [...OWN_VALUES[field], ...Object.keys(this.mapping.answers[field] ?? {})];
	}
}
