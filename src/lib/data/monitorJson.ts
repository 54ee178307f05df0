/**
 * One survey year's answers as the app reads them (/data/monitor-YEAR.json): written by the data
 * build for the published files and by the browser for a private preview of a person's own file,
 * so both are drawn by the same code.
 */
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';
import { summarize } from '../model/aggregate';
import { displayStatus, type DisplayStatus, type MonitorAnswers } from '../model/status';
import type { MonitorMeta } from './schemas';
import type { MonitorFileJson } from './publicSchemas';

/** One municipality's answers in a year's indeling, with the optional columns ('' when empty). */
export interface MonitorRecord extends MonitorAnswers {
	gemeentecode: MunicipalityCode;
	extra: Record<string, string>;
}

export type MonitorJsonMeta = Pick<MonitorMeta, 'synthetic' | 'title' | 'notice' | 'method' | 'assumptions' | 'source'>;

export function monitorJson(year: SurveyYear, meta: MonitorJsonMeta, rows: readonly MonitorRecord[], geography: GeographyContext): MonitorFileJson {
	const status = rows.map(displayStatus);
	const summary = summarize(status);
	return {
		year,
		synthetic: meta.synthetic,
		title: meta.title,
		notice: meta.notice,
		method: meta.method,
		assumptions: meta.assumptions,
		source: meta.source,
		optionalColumns: Object.keys(rows[0]?.extra ?? {}),
		summary: {
			total: summary.total,
			participants: summary.participants,
			nonParticipants: summary.nonParticipants,
			counts: Object.fromEntries(Object.entries(summary.byStatus).map(([s, v]) => [s, v.count])) as Record<DisplayStatus, number>
		},
		municipalities: rows.map((r, i) => ({
			code: r.gemeentecode,
			naam: geography.get(year, r.gemeentecode)!.naam,
			status: status[i],
			deelname: r.deelname,
			beleid: r.beleid,
			in_ontwikkeling: r.in_ontwikkeling,
			extra: r.extra,
			synthetic: meta.synthetic
		}))
	};
}
