/**
 * The schema check of a public data file, by kind: zod and the schemas. In the browser it runs in a
 * worker (dataCheckWorker.ts), so that neither zod's setup nor the checks themselves (tens of ms each
 * on a phone, one long task per file) hold the page's main thread; at build time and in tests it
 * runs in place (`checkInPlace`).
 */
import * as z from 'zod/mini';
import {
	crosswalkSchema,
	kenmerkenSchema,
	monitorFileSchema,
	municipalityIndexSchema,
	publishedJsonSchema,
	topologyLoadSchema,
	voorzieningenSchema
} from './publicSchemas';

// The site's Content-Security-Policy forbids eval: zod must not try to compile its parsers.
z.config({ jitless: true });

const SCHEMAS = {
	topology: topologyLoadSchema,
	monitor: monitorFileSchema,
	index: municipalityIndexSchema,
	crosswalk: crosswalkSchema,
	register: voorzieningenSchema,
	published: publishedJsonSchema,
	kenmerken: kenmerkenSchema
} satisfies Record<string, z.core.$ZodType>;

export type DataFileKind = keyof typeof SCHEMAS;

/**
 * What is wrong with a file's text for its kind ("unexpected content (year: …)"), or null when it
 * is what the schema says. Text that is not JSON is left to the loader, which parses it anyway.
 */
export function fileProblem(kind: DataFileKind, text: string): string | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	const result = z.safeParse(SCHEMAS[kind], value);
	if (result.success) return null;
	const issues = result.error.issues;
	const first = issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
	return `unexpected content (${first.join('; ')}${issues.length > 3 ? `; ${issues.length - 3} more` : ''})`;
}

/** The check where it is called: at build time, in tests, and in a browser whose worker failed. */
export const checkInPlace = async (kind: DataFileKind, text: string) => fileProblem(kind, text);
