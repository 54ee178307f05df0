/**
 * Which municipality a row of an imported file means (importMonitor.ts): by code, where a code of
 * another survey year counts only for the very same area, else by name in any spelling the names
 * index knows. It never guesses: a merged, split or unknown municipality, a name that matches two, a
 * name garbled by a wrong encoding, or a name that contradicts the code is a problem, with the
 * suggestion a person needs to mend it.
 */
import { m } from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';
import { MUNICIPALITY_CODE_PATTERN, SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../model/geography';
import type { GeographyContext } from '../model/geographyContext';
import { closestName, sameName } from '../model/names';
import { otherYearMunicipality, type OtherYearMunicipality } from './otherYear';
import { shown } from './safeText';
import { repairMojibake } from './textEncoding';

export interface MunicipalityCells {
	/** The trimmed cells of the code and name columns; undefined where the file has no such column. */
	code: string | undefined;
	name: string | undefined;
}

export interface ResolveContext {
	year: SurveyYear;
	geography: GeographyContext;
	locale: Locale;
	/** The row's line in the file, for the notes. */
	line: number;
}

export interface MunicipalityResolution {
	code: MunicipalityCode | null;
	/** What is wrong, by the column it is in. */
	problems: { field: 'gemeentecode' | 'gemeentenaam'; message: string }[];
	/** A conversion said in words (another year's code for the same area, a spelling variant). */
	note?: string;
	/** A code typed as a number, padded: "363 → GM0363". */
	padded?: string;
	/** The name is the official one, letter for letter. */
	exactName?: boolean;
}

function otherYearMessage(value: string, found: OtherYearMunicipality, { year, locale }: ResolveContext): string {
	const params = { value: shown(value), name: found.naam, code: found.code, other: found.year, year };
	const list = found.related.map((r) => `${r.naam} (${r.code})`).join(', ');
	if (found.kind === 'merged') return m.import_other_year_merged({ ...params, into: `${found.related[0].naam} (${found.related[0].code})` }, { locale });
	if (found.kind === 'split') return m.import_other_year_split({ ...params, parts: list }, { locale });
	return m.import_other_year_formed({ ...params, parts: list }, { locale });
}

export function resolveMunicipality(cells: MunicipalityCells, context: ResolveContext): MunicipalityResolution {
	return cells.code !== undefined && (cells.code !== '' || !cells.name) ? byCode(cells.code, cells.name, context) : byName(cells.name ?? '', context);
}

function byCode(codeCell: string, nameCell: string | undefined, context: ResolveContext): MunicipalityResolution {
	const { year, geography, locale, line } = context;
	const result: MunicipalityResolution = { code: null, problems: [] };
	const bad = (field: 'gemeentecode' | 'gemeentenaam', message: string) => result.problems.push({ field, message });
	let candidate = codeCell.toUpperCase().replace(/\s+/g, '');
	if (/^\d{1,4}$/.test(candidate)) {
		candidate = `GM${candidate.padStart(4, '0')}`;
		result.padded = `${codeCell} → ${candidate}`;
	}
	let other: OtherYearMunicipality | undefined;
	if (!MUNICIPALITY_CODE_PATTERN.test(candidate)) bad('gemeentecode', m.import_code_invalid({ value: shown(codeCell) }, { locale }));
	else if (geography.get(year, candidate)) result.code = candidate as MunicipalityCode;
	else if (!(other = otherYearMunicipality(candidate, year, geography))) bad('gemeentecode', m.import_code_unknown({ code: candidate, year }, { locale }));
	else if (other.kind !== 'same') bad('gemeentecode', otherYearMessage(codeCell, other, context));
	else {
		result.code = other.related[0].code;
		result.note = m.import_note_same_area({ line, value: shown(codeCell), other: other.year, code: result.code, name: other.related[0].naam }, { locale });
	}
	if (result.code && nameCell) {
		const official = geography.get(year, result.code)!.naam;
		if (!sameName(nameCell, official) && !(other && sameName(nameCell, other.naam)))
			bad('gemeentenaam', m.import_name_mismatch({ value: shown(nameCell), code: result.code, name: official, year }, { locale }));
	}
	return result;
}

function byName(name: string, context: ResolveContext): MunicipalityResolution {
	const { year, geography, locale, line } = context;
	const wrong = (message: string): MunicipalityResolution => ({ code: null, problems: [{ field: 'gemeentenaam', message }] });
	const matches = geography.municipalities(year).filter((mu) => sameName(name, mu.naam));
	if (matches.length === 1) {
		const { code, naam } = matches[0];
		if (name === naam) return { code, problems: [], exactName: true };
		return { code, problems: [], note: m.import_note_name_variant({ line, value: shown(name), code, name: naam }, { locale }) };
	}
	if (matches.length > 1)
		return wrong(m.import_name_ambiguous({ value: shown(name), year, options: matches.map((mu) => `${mu.naam} (${mu.code})`).join(', ') }, { locale }));

	const elsewhere = SURVEY_YEARS.filter((y) => y !== year)
		.flatMap((y) => geography.municipalities(y))
		.find((mu) => sameName(name, mu.naam));
	const other = elsewhere && otherYearMunicipality(elsewhere.code, year, geography);
	if (other?.kind === 'same') {
		const { code, naam } = other.related[0];
		return { code, problems: [], note: m.import_note_same_area({ line, value: shown(name), other: other.year, code, name: naam }, { locale }) };
	}
	if (other) return wrong(otherYearMessage(name, other, context));
	const repaired = repairMojibake(name);
	if (repaired) return wrong(m.import_name_mojibake({ value: shown(name), repaired: shown(repaired) }, { locale }));
	const suggestion = closestName(
		name,
		geography.municipalities(year).map((mu) => mu.naam)
	);
	return wrong(
		suggestion
			? m.import_name_unknown_suggest({ value: shown(name), year, suggestion: shown(suggestion) }, { locale })
			: m.import_name_unknown({ value: shown(name), year }, { locale })
	);
}
