/**
 * The templates a data owner fills in (/data/sjabloon-YEAR.csv and .xlsx): every code and name of
 * the year's indeling, empty answer columns, and comment lines ("# …", which the import skips)
 * with the allowed values. Written by the data build, so they always match the boundaries.
 */
import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import type { SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { DEVELOPING_ANSWERS, PARTICIPATION, POLICY_ANSWERS } from '../../src/lib/model/status.ts';

export const TEMPLATE_COLUMNS = ['gemeentecode', 'gemeentenaam', 'deelname', 'beleid', 'in_ontwikkeling', 'volledig'] as const;

/** The comment lines: what to fill in, in Dutch and English, without commas or quotes (they stay one CSV cell). */
export function templateComments(year: SurveyYear, count: number): string[] {
	const values = (list: readonly string[]) => list.join(' | ');
	return [
		`# Sjabloon Monitor lokaal antidiscriminatiebeleid ${year}: één rij per gemeente van de CBS-indeling van 1 januari ${year} (${count} gemeenten). Regels die met # beginnen worden overgeslagen.`,
		`# deelname: ${values(PARTICIPATION)} — beleid: ${values(POLICY_ANSWERS)} (leeg als deelname nee is) — in_ontwikkeling: ${values(DEVELOPING_ANSWERS)} (nodig als beleid geen is) — volledig: ja | nee of leeg.`,
		`# Template: one row per municipality of ${year}. deelname ${values(PARTICIPATION)}; beleid ${values(POLICY_ANSWERS)} (empty when deelname is nee); in_ontwikkeling ${values(DEVELOPING_ANSWERS)} (needed when beleid is geen); volledig ja | nee or empty. Import: npm run data:import or /eigen-gegevens.`
	];
}

const rowsOf = (year: SurveyYear, geography: GeographyContext) => geography.municipalities(year).sort((a, b) => a.code.localeCompare(b.code));

const field = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function templateCsv(year: SurveyYear, geography: GeographyContext): string {
	const rows = rowsOf(year, geography);
	const lines = [...templateComments(year, rows.length), TEMPLATE_COLUMNS.join(','), ...rows.map((mu) => [mu.code, field(mu.naam), '', '', '', ''].join(','))];
	return `${lines.join('\n')}\n`;
}

/** Zip entries dated 1 January 1980 (the zip epoch), so two builds write the same bytes. */
function reproducibleZip(bytes: Uint8Array): Uint8Array {
	const files = unzipSync(bytes);
	return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

export async function templateXlsx(year: SurveyYear, geography: GeographyContext): Promise<Uint8Array> {
	const rows = rowsOf(year, geography);
	const text = (value: string, bold = false) => ({ value, type: String, ...(bold ? { fontWeight: 'bold' } : {}) });
	const data = [
		...templateComments(year, rows.length).map((c) => [text(c)]),
		TEMPLATE_COLUMNS.map((c) => text(c, true)),
		...rows.map((mu) => [text(mu.code), text(mu.naam), null, null, null, null])
	];
	const workbook = writeExcelFile(
		data as never,
		{ sheet: `Sjabloon ${year}`, columns: [{ width: 14 }, { width: 32 }, { width: 10 }, { width: 12 }, { width: 16 }, { width: 10 }] } as never
	);
	return reproducibleZip(new Uint8Array(await workbook.toBuffer()));
}
