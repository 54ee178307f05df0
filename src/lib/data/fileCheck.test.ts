import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dataPath, SURVEY_YEARS } from '../model/geography';
import { fileProblem, type DataFileKind } from './fileCheck';
import { monitorPath } from './loader';
import * as schemas from './publicSchemas';

// The site's own files, as the data build wrote them (the unit tests' global setup runs it).
const served = (url: string) => readFileSync(new URL(`../../../static${url}`, import.meta.url), 'utf8');
const FILES: Array<[DataFileKind, string, z.core.$ZodType]> = [
	...SURVEY_YEARS.flatMap((y): Array<[DataFileKind, string, z.core.$ZodType]> => [
		['topology', dataPath.topology(y), schemas.topologyLoadSchema],
		['monitor', monitorPath(y), schemas.monitorFileSchema],
		['index', dataPath.index(y), schemas.municipalityIndexSchema]
	]),
	['crosswalk', dataPath.crosswalk, schemas.crosswalkSchema],
	['register', '/data/voorzieningen.json', schemas.voorzieningenSchema],
	['published', '/data/published.json', schemas.publishedJsonSchema],
	['kenmerken', '/data/kenmerken.json', schemas.kenmerkenSchema]
];

describe('the check of a data file', () => {
	it.each(FILES)("passes the site's own %s file %s, and the page may use it as parsed: the schema drops or changes nothing", (kind, url, schema) => {
		const text = served(url);
		expect(fileProblem(kind, text)).toBeNull();
		// The page uses JSON.parse's value while the worker checks: it must be what the schema would give.
		expect(z.parse(schema, JSON.parse(text))).toEqual(JSON.parse(text));
	});

	it('says where a file differs from its schema, the first three places and how many more', () => {
		expect(fileProblem('monitor', '{}')).toMatch(/^unexpected content \(year: .*; \d+ more\)$/);
		expect(fileProblem('topology', 'null')).toContain('(root)');
		expect(fileProblem('crosswalk', JSON.stringify({ '2017-2022': { GM0001: 5 } }))).toMatch(/^unexpected content \(2017-2022/);
	});

	it('leaves text that is not JSON to the loader, which reports it as such', () => {
		expect(fileProblem('published', '{')).toBeNull();
	});
});
