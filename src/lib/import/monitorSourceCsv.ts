import type { MonitorRecord } from '../data/monitorJson';
import type { SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';

const REQUIRED = ['gemeentecode', 'gemeentenaam', 'deelname', 'beleid', 'in_ontwikkeling'] as const;

/** Quoted only where CSV needs it: the values are our own (codes, CBS names, answer values). */
const field = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Imported rows in the format of data/monitor/YEAR.csv (data/README.md), with CBS's names. */
export function monitorSourceCsv(rows: readonly MonitorRecord[], optionalColumns: readonly string[], year: SurveyYear, geography: GeographyContext): string {
	const lines = [[...REQUIRED, ...optionalColumns].join(',')];
	for (const row of rows) {
		const values = [
			row.gemeentecode,
			geography.get(year, row.gemeentecode)!.naam,
			row.deelname,
			row.beleid,
			row.in_ontwikkeling,
			...optionalColumns.map((c) => row.extra[c] ?? '')
		];
		lines.push(values.map(field).join(','));
	}
	return `${lines.join('\n')}\n`;
}
