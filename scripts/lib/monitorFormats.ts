/**
 * The monitor data of a year in the two spreadsheet and GIS formats the site publishes: CSV (formula
 * triggers neutralised) and GeoJSON with the year's boundaries (RFC 7946). Source, licence and the
 * synthetic notice travel inside both.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { stringify } from 'csv-stringify/sync';
import { OUTPUT_DIR } from '../../geo/lib/config.ts';
import { dataPath, MUNICIPALITY_OBJECT, type MunicipalityCode } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { neutraliseFormula, REAL_DATA_LABEL, SYNTHETIC_LABEL } from '../../src/lib/data/tableCsv.ts';
import type { MonitorYear } from './buildData.ts';
import { decimalsOf, rfc7946 } from './geojson.ts';

const BOUNDARY_LICENCE = 'Gemeentegrenzen: CBS/Kadaster, CC-BY 4.0 (bron vermelden)';

const monitorSource = (monitor: MonitorYear) => [monitor.meta.source.title, monitor.meta.source.publisher, monitor.meta.source.url].filter(Boolean).join(' — ');

/**
 * The year's boundaries with each municipality's status and ADV, as GeoJSON. Source, licence and the
 * synthetic notice travel inside the file (as foreign members and in every feature's properties).
 */
export async function statusGeoJson(monitor: MonitorYear, geography: GeographyContext, adv: Record<string, { id: string; naam: string }>): Promise<string> {
	const topology = JSON.parse(await readFile(path.join(OUTPUT_DIR, path.basename(dataPath.topology(monitor.year))), 'utf8')) as Topology;
	const collection = feature(topology, topology.objects[MUNICIPALITY_OBJECT]) as unknown as GeoJSON.FeatureCollection;
	const byCode = new Map(monitor.rows.map((r) => [r.gemeentecode, r]));
	const label = monitor.meta.synthetic ? SYNTHETIC_LABEL : REAL_DATA_LABEL;
	const digits = decimalsOf(topology);
	return JSON.stringify({
		type: 'FeatureCollection',
		name: `gemeenten-status-${monitor.year}`,
		gegevens: label,
		notice: monitor.meta.notice,
		bron: { status: monitorSource(monitor), grenzen: 'CBS/Kadaster, CBS gebiedsindelingen (gegeneraliseerd)' },
		licentie: BOUNDARY_LICENCE,
		features: collection.features.map((f) => {
			const code = String(f.id);
			const row = byCode.get(code as MunicipalityCode)!;
			return {
				type: 'Feature',
				id: code,
				geometry: rfc7946(f.geometry, digits),
				properties: {
					gegevens: label,
					code,
					naam: geography.get(monitor.year, code)!.naam,
					provincie: geography.get(monitor.year, code)!.provincie,
					status: monitor.status.get(code as MunicipalityCode),
					deelname: row.deelname,
					beleid: row.beleid,
					in_ontwikkeling: row.in_ontwikkeling,
					adv_id: adv[code]?.id ?? null,
					adv_naam: adv[code]?.naam ?? null
				}
			};
		})
	});
}

export function monitorCsv(monitor: MonitorYear, geography: GeographyContext): string {
	const extras = Object.keys(monitor.rows[0]?.extra ?? {});
	const source = monitorSource(monitor);
	const label = monitor.meta.synthetic ? SYNTHETIC_LABEL : REAL_DATA_LABEL;
	return stringify(
		monitor.rows.map((r) => {
			const m = geography.get(monitor.year, r.gemeentecode)!;
			return [
				label,
				monitor.year,
				r.gemeentecode,
				m.naam,
				m.provincie,
				monitor.status.get(r.gemeentecode),
				r.deelname,
				r.beleid,
				r.in_ontwikkeling,
				...extras.map((e) => r.extra[e]),
				source,
				BOUNDARY_LICENCE
			].map((cell) => neutraliseFormula(String(cell ?? '')));
		}),
		{
			header: true,
			columns: [
				'gegevens',
				'jaar',
				'gemeentecode',
				'gemeentenaam',
				'provincie',
				'status',
				'deelname',
				'beleid',
				'in_ontwikkeling',
				...extras,
				'bron',
				'licentie'
			],
			record_delimiter: 'unix'
		}
	);
}
