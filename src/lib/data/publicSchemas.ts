/**
 * The public data contract: a schema for every JSON file under /data/. The build validates what it
 * writes against them and publishes them as JSON Schema under /data/schema/; the browser validates
 * what it fetches; the types the app uses are inferred from them. Changing a field is a breaking
 * change for embedders and downloaders, so add fields rather than rename them.
 */
import * as z from 'zod/mini';
import { DISPLAY_STATUSES, DEVELOPING_ANSWERS, PARTICIPATION, POLICY_ANSWERS } from '../model/status';
import { EVIDENCE } from './adv';
import { monitorMetaSchema, publishedFigureSchema, publishedSchema, sourceSchema, surveyYearSchema } from './schemas';

export const municipalityCodeSchema = z.templateLiteral(['GM', z.string()]).check(z.regex(/^GM\d{4}$/, 'expected a CBS code GM0000'));
const pair = z.tuple([z.number(), z.number()]);
const perYear = <T extends z.core.$ZodType>(value: T) => z.object({ 2017: value, 2022: value, 2025: value });
const counts = <T extends readonly string[]>(keys: T) => z.record(z.enum(keys), z.int().check(z.nonnegative()));

/** /data/gemeenten-YEAR.json: the municipality index of a survey year. */
export const municipalityIndexSchema = z.array(
	z.object({
		code: municipalityCodeSchema,
		naam: z.string(),
		provincie: z.string(),
		centroid: pair,
		bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
		areaKm2: z.number(),
		neighbours: z.array(municipalityCodeSchema)
	})
);

const crosswalkLinks = z.array(z.object({ from: municipalityCodeSchema, to: municipalityCodeSchema, share: z.number().check(z.gte(0), z.lte(1)) }));

/** /data/crosswalk.json: links between consecutive survey years ("2017-2022", "2022-2025"). */
export const crosswalkSchema = z.object({ '2017-2022': z.optional(crosswalkLinks), '2022-2025': z.optional(crosswalkLinks) });

const arcIndexes = z.array(z.array(z.int()));
const municipalityGeometry = z.object({
	type: z.enum(['Polygon', 'MultiPolygon']),
	id: z.optional(z.union([z.string(), z.number()])),
	// Polygon: rings of arc indexes; MultiPolygon: polygons of them.
	arcs: z.union([arcIndexes, z.array(arcIndexes)]),
	properties: z.object({ code: municipalityCodeSchema, naam: z.string(), provincie: z.string() })
});

/** /data/gemeenten-YEAR.topojson: quantized TopoJSON, object `gemeenten`. */
export const topologySchema = z.object({
	type: z.literal('Topology'),
	bbox: z.optional(z.array(z.number())),
	transform: z.optional(z.object({ scale: pair, translate: pair })),
	objects: z.object({ gemeenten: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(municipalityGeometry) }) }),
	arcs: z.array(z.array(z.array(z.number())))
});

/** Every arc a list of positions, each at least two finite numbers. */
const isArcs = (value: unknown): value is number[][][] =>
	Array.isArray(value) &&
	value.every(
		(arc) => Array.isArray(arc) && arc.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)))
	);

/**
 * The topology as the browser checks it: the same contract, with the arcs (≈ 40,000 numbers a year)
 * checked in one loop. Zod's parse of every number held a phone's main thread for a quarter second
 * per year; the build still checks them number by number (topologySchema).
 */
export const topologyLoadSchema = z.extend(topologySchema, {
	arcs: z.custom<number[][][]>(isArcs, { error: 'expected arcs: lists of [x, y] number positions' })
});

export const monitorMunicipalitySchema = z.object({
	code: municipalityCodeSchema,
	naam: z.string(),
	status: z.enum(DISPLAY_STATUSES),
	deelname: z.enum(PARTICIPATION),
	beleid: z.union([z.enum(POLICY_ANSWERS), z.literal('')]),
	in_ontwikkeling: z.union([z.enum(DEVELOPING_ANSWERS), z.literal('')]),
	/** Optional survey columns (e.g. volledig), '' when not answered. */
	extra: z.record(z.string(), z.string()),
	/** True while the answers are the synthetic demonstration data. */
	synthetic: z.boolean()
});

/** /data/monitor-YEAR.json: one survey year's answers and display status per municipality. */
export const monitorFileSchema = z.object({
	year: surveyYearSchema,
	synthetic: z.boolean(),
	title: z.string(),
	notice: monitorMetaSchema.shape.notice,
	method: z.string(),
	assumptions: z.array(z.string()),
	source: monitorMetaSchema.shape.source,
	optionalColumns: z.array(z.string()),
	summary: z.object({ total: z.int(), participants: z.int(), nonParticipants: z.int(), counts: counts(DISPLAY_STATUSES) }),
	municipalities: z.array(monitorMunicipalitySchema)
});

const route = z.enum(['naam', 'provincie', 'voorgangers', 'opvolger']);
const servedMunicipality = z.object({ code: municipalityCodeSchema, bron: z.array(z.string()), peildatum: z.string(), aard: z.enum(EVIDENCE), route });

export const advRecordSchema = z.object({
	id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	naam: z.string(),
	naamDiscriminatieNl: z.string(),
	website: z.string(),
	telefoon: z.string(),
	email: z.string(),
	adres: z.string(),
	plaats: z.string(),
	actiefTot: z.optional(z.int()),
	opmerking: z.string(),
	bronUrl: z.array(z.string()),
	peildatum: z.string()
});

/** /data/voorzieningen.json: the ADV register and which municipality each serves per survey year. */
export const voorzieningenSchema = z.object({
	about: z.string(),
	voorzieningen: z.array(z.extend(advRecordSchema, { gemeenten: perYear(z.array(servedMunicipality)) })),
	/** Per survey year: municipality code → adv id. Absent = unknown. */
	byMunicipality: perYear(z.record(z.string(), z.string())),
	coverage: perYear(z.object({ known: z.int(), total: z.int() })),
	conflicts: z.array(
		z.object({
			year: surveyYearSchema,
			code: municipalityCodeSchema,
			claims: z.array(z.object({ advId: z.string(), peildatum: z.string(), bron: z.array(z.string()) })),
			chosen: z.nullable(z.string()),
			reason: z.string()
		})
	),
	unresolved: z.array(z.object({ advId: z.string(), gemeente: z.string(), reason: z.string() }))
});

const recomputedSchema = z.object({ value: z.number(), numerator: z.int(), denominator: z.int() });

/** /data/published.json: data/published.json with each figure recomputed from the data shown. */
export const publishedJsonSchema = z.extend(publishedSchema, {
	figures: z.array(z.extend(publishedFigureSchema, { recomputed: z.nullable(recomputedSchema) }))
});

/** /data/kenmerken.json: size and city-network membership per municipality and survey year. */
export const kenmerkenSchema = z.object({
	about: z.string(),
	/** Where the sizes come from: CBS inhabitants, or (2017) a proxy stated as such. */
	sizeSource: perYear(z.enum(['cbs', 'proxy'])),
	inhabitants: perYear(z.record(z.string(), z.number())),
	networks: z.object({
		g40: z.object({ note: z.string(), members: perYear(z.array(municipalityCodeSchema)) }),
		p10: z.object({ note: z.string(), members: perYear(z.array(municipalityCodeSchema)) })
	})
});

export { sourceSchema };

export type MunicipalityIndexEntry = z.infer<typeof municipalityIndexSchema>[number];
export type CrosswalkJson = z.infer<typeof crosswalkSchema>;
export type TopologyJson = z.infer<typeof topologySchema>;
export type MonitorMunicipality = z.infer<typeof monitorMunicipalitySchema>;
export type MonitorFileJson = z.infer<typeof monitorFileSchema>;
export type ServedMunicipality = z.infer<typeof servedMunicipality>;
export type VoorzieningenJson = z.infer<typeof voorzieningenSchema>;
export type PublishedJson = z.infer<typeof publishedJsonSchema>;
export type KenmerkenJson = z.infer<typeof kenmerkenSchema>;

/** A monitor file from elsewhere (own data remembered in this browser), checked as the published ones are. */
export const checkMonitorFile = (value: unknown) => z.safeParse(monitorFileSchema, value);
