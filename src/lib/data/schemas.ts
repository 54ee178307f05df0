/**
 * Schemas of the curated JSON inputs in data/ (zod): a typo in a meta or published file fails the
 * build with the path of the bad field instead of showing up as a blank in the app.
 */
import { z } from 'zod';
import { SURVEY_YEARS } from '../model/geography';

const surveyYear = z.union(SURVEY_YEARS.map((y) => z.literal(y)) as [z.ZodLiteral<2017>, z.ZodLiteral<2022>, z.ZodLiteral<2025>]);

export const sourceSchema = z.object({
	title: z.string().min(1),
	publisher: z.string().min(1),
	date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
	url: z.url().nullable(),
	quote: z.string().min(1).nullable()
});

export const publishedFigureSchema = z
	.object({
		id: z.string().regex(/^\d{4}-[a-z0-9-]+$/),
		year: surveyYear,
		measure: z.enum(['participants', 'complete', 'policy', 'developing', 'developing-without-policy', 'policy-in-group']),
		group: z.enum(['g40', 'p10']).optional(),
		value: z.number().nonnegative(),
		unit: z.enum(['count', 'percent']),
		denominator: z.object({ description: z.string().min(1), count: z.number().int().positive().nullable() }),
		note: z.string().optional(),
		source: sourceSchema
	})
	.refine((f) => (f.measure === 'policy-in-group') === (f.group !== undefined), { message: 'group is required for policy-in-group and only there' });

export const publishedSchema = z.object({
	about: z.string(),
	figures: z.array(publishedFigureSchema).min(1)
});

export const monitorMetaSchema = z.object({
	year: surveyYear,
	synthetic: z.boolean(),
	title: z.string().min(1),
	notice: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
	method: z.string().min(1),
	generator: z.object({ command: z.string(), seed: z.number().int() }).optional(),
	assumptions: z.array(z.string()),
	source: sourceSchema.omit({ quote: true }),
	reproduces: z.array(z.string())
});

export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type MonitorMeta = z.infer<typeof monitorMetaSchema>;

/** Zod issues as "path: message" lines for a file. */
export function describeIssues(file: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
