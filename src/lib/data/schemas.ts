/**
 * Schemas of the curated JSON inputs in data/ (monitor meta files, published figures). They are
 * zod/mini schemas so that the public files built from them can be checked in the browser too,
 * for a few kilobytes; a typo in an input fails the build with the path of the bad field.
 */
import * as z from 'zod/mini';
import { SURVEY_YEARS } from '../model/geography';

export const surveyYearSchema = z.union(SURVEY_YEARS.map((y) => z.literal(y)) as [z.ZodMiniLiteral<2017>, z.ZodMiniLiteral<2022>, z.ZodMiniLiteral<2025>]);

const text = z.string().check(z.minLength(1));

export const sourceSchema = z.object({
	title: text,
	publisher: text,
	date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
	// Only web addresses: a source is something a reader can open.
	url: z.nullable(z.string().check(z.regex(/^https?:\/\/[^\s/]+\.[^\s]*$/, 'expected an http(s) address'))),
	quote: z.nullable(text)
});

export const MEASURES = ['participants', 'complete', 'policy', 'developing', 'developing-without-policy', 'policy-in-group'] as const;

export const publishedFigureSchema = z
	.object({
		id: z.string().check(z.regex(/^\d{4}-[a-z0-9-]+$/)),
		year: surveyYearSchema,
		measure: z.enum(MEASURES),
		group: z.optional(z.enum(['g40', 'p10'])),
		value: z.number().check(z.nonnegative()),
		unit: z.enum(['count', 'percent']),
		denominator: z.object({ description: text, count: z.nullable(z.int().check(z.positive())) }),
		note: z.optional(z.string()),
		source: sourceSchema
	})
	.check(z.refine((f) => (f.measure === 'policy-in-group') === (f.group !== undefined), { message: 'group is required for policy-in-group and only there' }));

export const publishedSchema = z.object({
	about: z.string(),
	figures: z.array(publishedFigureSchema).check(z.minLength(1))
});

export const monitorMetaSchema = z.object({
	year: surveyYearSchema,
	synthetic: z.boolean(),
	title: text,
	notice: z.object({ nl: text, en: text }),
	method: text,
	generator: z.optional(z.object({ command: z.string(), seed: z.int() })),
	assumptions: z.array(z.string()),
	source: z.omit(sourceSchema, { quote: true }),
	reproduces: z.array(z.string())
});

export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type MonitorMeta = z.infer<typeof monitorMetaSchema>;

/** Zod issues as "path: message" lines for a file. */
export function describeIssues(file: string, error: z.core.$ZodError): string[] {
	return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
