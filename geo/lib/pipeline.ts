/**
 * The geography build: source layers → validated, province-assigned, simplified web topologies,
 * municipality indexes and the crosswalk, written to the output directory as the public contract.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import {
	CROSSWALK_PERIODS,
	MUNICIPALITY_CODE_PATTERN,
	MUNICIPALITY_OBJECT,
	crosswalkKey,
	type Crosswalk,
	type SurveyYear
} from '../../src/lib/model/geography.ts';
import { EXPECTED_MUNICIPALITIES, EXPECTED_PROVINCES, LAYER_KINDS, TOPOLOGY_BUDGET_GZIP_BYTES, sourceFileName } from './config.ts';
import { crosswalk } from './crosswalk.ts';
import { areaFeatures, type AreaFeature } from './features.ts';
import { municipalityIndex, webTopology } from './municipalities.ts';
import { assignProvinces } from './province.ts';
import { simplifyToBudget, type SimplifyResult } from './simplify.ts';
import { readLayer } from './sources.ts';
import { absoluteArcs, collection, ringsOf } from './topology.ts';
import { GeoValidationError, ringProblem, validateLayer } from './validate.ts';
import { feature } from 'topojson-client';
import { multiPolygonAreaKm2, type MultiPolygonCoords } from './area.ts';

/**
 * How far simplification plus rounding may move a border. 300 m is 1–2 px at zoom 9 (a province
 * filling the screen) and under 1 px at the national view (zoom 6–7); see geo/README.md.
 */
export const MAX_DISPLACEMENT_M = 300;
/** A municipality whose area changes more than this through simplification is reported as lost shape. */
const MAX_AREA_CHANGE = 0.1;

export interface YearReport {
	year: SurveyYear;
	municipalities: number;
	simplifyLevelM2: number;
	points: [before: number, after: number];
	maxDisplacementM: number;
	maxAreaChange: number;
	gzipBytes: number;
	bytes: number;
}

export interface PipelineOptions {
	sourceDir: string;
	outputDir: string;
	years: readonly SurveyYear[];
	budgetGzipBytes?: number;
	log?: (message: string) => void;
}

export interface PipelineResult {
	years: YearReport[];
	crosswalkLinks: Record<string, number>;
}

interface YearSources {
	municipalities: Topology;
	provinces: Topology;
}

export function validateYear(year: SurveyYear, sources: YearSources): string[] {
	return [
		...validateLayer(sources.municipalities, {
			label: sourceFileName('gemeente', year),
			objectName: `gemeente_${year}`,
			expectedCount: EXPECTED_MUNICIPALITIES[year],
			noun: 'municipalities',
			codePattern: MUNICIPALITY_CODE_PATTERN,
			codeDescription: 'a municipality code (GM + 4 digits)'
		}),
		...validateLayer(sources.provinces, {
			label: sourceFileName('provincie', year),
			objectName: `provincie_${year}`,
			expectedCount: EXPECTED_PROVINCES,
			noun: 'provinces',
			codePattern: /^PV\d{2}$/,
			codeDescription: 'a province code (PV + 2 digits)'
		})
	];
}

/** Checks the simplified topology: every municipality kept, rings closed, shape (area) preserved. */
function checkResult(result: SimplifyResult, features: readonly AreaFeature[], label: string): number {
	const arcs = absoluteArcs(result.topology);
	const geometries = collection(result.topology, MUNICIPALITY_OBJECT).geometries;
	const problems: string[] = [];
	if (geometries.length !== features.length) problems.push(`${label}: ${geometries.length} of ${features.length} municipalities left`);
	const byCode = new Map(features.map((f) => [f.code, f]));
	let maxChange = 0;
	for (const geometry of geometries) {
		ringsOf(geometry).forEach((ring, r) => {
			const problem = ringProblem(arcs, ring);
			if (problem) problems.push(`${label}: ${geometry.id} ring ${r} ${problem} after simplification`);
		});
		const shape = feature(result.topology, geometry as never) as unknown as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
		const polygons = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates) as MultiPolygonCoords;
		const source = byCode.get(String(geometry.id))!;
		const change = Math.abs(multiPolygonAreaKm2(polygons) / source.areaKm2 - 1);
		maxChange = Math.max(maxChange, change);
		if (!(change <= MAX_AREA_CHANGE)) {
			problems.push(
				`${label}: ${geometry.id} ${source.name} changed area by ${(change * 100).toFixed(1)}% in simplification (limit ${MAX_AREA_CHANGE * 100}%)`
			);
		}
	}
	if (problems.length) throw new GeoValidationError(problems);
	return maxChange;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const log = options.log ?? (() => {});
	const budget = options.budgetGzipBytes ?? TOPOLOGY_BUDGET_GZIP_BYTES;
	const sources = new Map<SurveyYear, YearSources>();
	for (const year of options.years) {
		sources.set(year, {
			municipalities: await readLayer(options.sourceDir, 'gemeente', year),
			provinces: await readLayer(options.sourceDir, 'provincie', year)
		});
	}
	const problems = options.years.flatMap((year) => validateYear(year, sources.get(year)!));
	if (problems.length) throw new GeoValidationError(problems);

	await mkdir(options.outputDir, { recursive: true });
	const featuresByYear = new Map<SurveyYear, AreaFeature[]>();
	const reports: YearReport[] = [];
	for (const year of options.years) {
		const { municipalities, provinces } = sources.get(year)!;
		const features = areaFeatures(municipalities, `gemeente_${year}`);
		featuresByYear.set(year, features);
		const provinceOf = assignProvinces(features, areaFeatures(provinces, `provincie_${year}`), `${year}`);
		const label = `gemeenten-${year}.topojson`;
		const result = simplifyToBudget(webTopology(municipalities, `gemeente_${year}`, provinceOf), {
			budgetGzipBytes: budget,
			maxDisplacementM: MAX_DISPLACEMENT_M,
			serialize: (t) => JSON.stringify(t),
			label
		});
		const maxAreaChange = checkResult(result, features, label);
		const topologyText = JSON.stringify(result.topology);
		await writeFile(path.join(options.outputDir, `gemeenten-${year}.topojson`), topologyText);
		await writeFile(path.join(options.outputDir, `gemeenten-${year}.json`), JSON.stringify(municipalityIndex(result.topology, features)));
		const report: YearReport = {
			year,
			municipalities: features.length,
			simplifyLevelM2: result.level,
			points: [result.pointsBefore, result.pointsAfter],
			maxDisplacementM: Math.round(result.maxDisplacementM),
			maxAreaChange: Math.round(maxAreaChange * 1e4) / 1e4,
			gzipBytes: result.gzipBytes,
			bytes: topologyText.length
		};
		reports.push(report);
		log(
			`${year}: ${report.municipalities} municipalities, ${report.points[0]}→${report.points[1]} points (level ${report.simplifyLevelM2} m²), ` +
				`borders move ≤ ${report.maxDisplacementM} m, area change ≤ ${(report.maxAreaChange * 100).toFixed(1)}%, ` +
				`${(report.gzipBytes / 1024).toFixed(1)} KB gzipped (budget ${(budget / 1024).toFixed(0)} KB)`
		);
	}

	const result: Crosswalk = {};
	const crosswalkLinks: Record<string, number> = {};
	for (const [from, to] of CROSSWALK_PERIODS) {
		if (!featuresByYear.has(from) || !featuresByYear.has(to)) continue;
		const links = crosswalk(featuresByYear.get(from)!, featuresByYear.get(to)!);
		result[crosswalkKey(from, to)] = links;
		crosswalkLinks[crosswalkKey(from, to)] = links.length;
		log(`crosswalk ${from}→${to}: ${links.length} links`);
	}
	await writeFile(path.join(options.outputDir, 'crosswalk.json'), JSON.stringify(result));
	return { years: reports, crosswalkLinks };
}

/** Hash of the source files and the pipeline's own code: outputs are stale when it changes. */
export async function inputsHash(sourceDir: string, years: readonly SurveyYear[], codeFiles: readonly string[]): Promise<string> {
	const hash = createHash('sha256');
	for (const year of years) for (const kind of LAYER_KINDS) hash.update(await readFile(path.join(sourceDir, sourceFileName(kind, year))));
	for (const file of codeFiles) hash.update(await readFile(file));
	return hash.digest('hex');
}
