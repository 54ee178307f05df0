/** Reading data/voorzieningen.csv and data/werkgebied.csv, and reporting ADV coverage per year. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../geo/lib/config.ts';
import { SURVEY_YEARS, type MunicipalityCode, type SurveyYear } from '../../src/lib/model/geography.ts';
import type { GeographyContext } from '../../src/lib/model/geographyContext.ts';
import { closestName } from '../../src/lib/model/names.ts';
import { EVIDENCE, type AdvRecord, type Evidence, type WerkgebiedRecord } from '../../src/lib/data/adv.ts';
import { resolveRegister, type RegisterResult } from './advResolve.ts';
import { csvRecords } from './csv.ts';
import { DATA_DIR, InputError } from './inputs.ts';
import { cellProblem, isHttpUrl, shown } from '../../src/lib/import/safeText.ts';

const ADV_COLUMNS = [
	'adv_id',
	'naam',
	'naam_discriminatie_nl',
	'website',
	'telefoon',
	'email',
	'adres',
	'plaats',
	'actief_tot',
	'opmerking',
	'bron_url',
	'peildatum'
];
const WERKGEBIED_COLUMNS = ['adv_id', 'gemeente', 'gemeente_in_bron', 'aard', 'bron_url', 'peildatum'];
const PEILDATUM = /^(\d{4}(-\d{2}(-\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

function readTable(file: string, columns: string[]): Array<{ record: Record<string, string>; line: number }> {
	const name = path.relative(REPO_ROOT, file);
	const [header, ...body] = csvRecords(readFileSync(file, 'utf8'));
	if (header?.fields.join(',') !== columns.join(',')) {
		throw new InputError([`${name}:1:1: header is "${header?.fields.join(',') ?? ''}"; expected "${columns.join(',')}"`]);
	}
	const problems: string[] = [];
	const rows = body.map(({ fields, line }) => {
		if (fields.length !== columns.length) problems.push(`${name}:${line}:1: row has ${fields.length} fields; expected ${columns.length}`);
		fields.forEach((field, i) => {
			const problem = cellProblem(field);
			if (problem) problems.push(`${name}:${line}:${i + 1}: ${problem}`);
		});
		return { record: Object.fromEntries(columns.map((c, i) => [c, (fields[i] ?? '').trim()])), line };
	});
	if (problems.length) throw new InputError(problems);
	return rows;
}

const urls = (value: string) =>
	value
		.split(' ; ')
		.map((u) => u.trim())
		.filter(Boolean);

export function readRegister(dir = DATA_DIR): { advs: AdvRecord[]; rows: WerkgebiedRecord[] } {
	const problems: string[] = [];
	const advFile = path.join(dir, 'voorzieningen.csv');
	const rowFile = path.join(dir, 'werkgebied.csv');
	const advs = readTable(advFile, ADV_COLUMNS).map(({ record: r, line }) => {
		const at = `${path.relative(REPO_ROOT, advFile)}:${line}`;
		if (!/^[a-z0-9-]+$/.test(r.adv_id)) problems.push(`${at}:1: adv_id "${r.adv_id}" must be lower case letters, digits and -`);
		if (!r.naam) problems.push(`${at}:2: naam is empty`);
		if (r.actief_tot && !/^\d{4}$/.test(r.actief_tot)) problems.push(`${at}:9: actief_tot "${r.actief_tot}" is not a year`);
		if (!PEILDATUM.test(r.peildatum)) problems.push(`${at}:12: peildatum "${r.peildatum}" is not YYYY[-MM[-DD]][/…]`);
		if (urls(r.bron_url).length === 0) problems.push(`${at}:11: bron_url is empty; every fact needs a source`);
		for (const url of urls(r.bron_url)) if (!isHttpUrl(url)) problems.push(`${at}:11: bron_url ${shown(url)} is not an http(s) address`);
		return {
			id: r.adv_id,
			naam: r.naam,
			naamDiscriminatieNl: r.naam_discriminatie_nl,
			website: r.website,
			telefoon: r.telefoon,
			email: r.email,
			adres: r.adres,
			plaats: r.plaats,
			actiefTot: r.actief_tot ? Number(r.actief_tot) : undefined,
			opmerking: r.opmerking,
			bronUrl: urls(r.bron_url),
			peildatum: r.peildatum
		} satisfies AdvRecord;
	});
	const ids = new Set<string>();
	for (const a of advs) {
		if (ids.has(a.id)) problems.push(`${path.relative(REPO_ROOT, advFile)}: adv_id "${a.id}" appears twice`);
		ids.add(a.id);
	}
	const rows = readTable(rowFile, WERKGEBIED_COLUMNS).map(({ record: r, line }) => {
		const at = `${path.relative(REPO_ROOT, rowFile)}:${line}`;
		if (!ids.has(r.adv_id)) problems.push(`${at}:1: adv_id "${r.adv_id}" is not in voorzieningen.csv`);
		if (!r.gemeente) problems.push(`${at}:2: gemeente is empty`);
		if (!(EVIDENCE as readonly string[]).includes(r.aard)) problems.push(`${at}:4: aard "${r.aard}" is not one of ${EVIDENCE.join(', ')}`);
		if (!PEILDATUM.test(r.peildatum)) problems.push(`${at}:6: peildatum "${r.peildatum}" is not YYYY[-MM[-DD]][/…]`);
		if (urls(r.bron_url).length === 0) problems.push(`${at}:5: bron_url is empty; every fact needs a source`);
		for (const url of urls(r.bron_url)) if (!isHttpUrl(url)) problems.push(`${at}:5: bron_url ${shown(url)} is not an http(s) address`);
		return {
			advId: r.adv_id,
			gemeente: r.gemeente,
			aard: r.aard as Evidence,
			bronUrl: urls(r.bron_url),
			peildatum: r.peildatum,
			line
		} satisfies WerkgebiedRecord;
	});
	if (problems.length) throw new InputError(problems);
	return { advs, rows };
}

export function loadRegister(geography: GeographyContext, dir = DATA_DIR): { advs: AdvRecord[]; result: RegisterResult } {
	const { advs, rows } = readRegister(dir);
	return { advs, result: resolveRegister(advs, rows, geography) };
}

/**
 * Rows that reach no municipality stop the build (a misspelt name would silently take a municipality's
 * ADV away), except rows that say so themselves: aard "deelgebied", a part of a municipality such as
 * an Amsterdam stadsgebied. Each problem names the line and suggests the closest municipality name.
 */
export function unresolvedProblems(result: RegisterResult, geography: GeographyContext, dir = DATA_DIR): string[] {
	const file = path.relative(REPO_ROOT, path.join(dir, 'werkgebied.csv'));
	const names = [...new Set(SURVEY_YEARS.flatMap((y) => geography.municipalities(y).map((m) => m.naam)))];
	return result.unresolved
		.filter((u) => u.row.aard !== 'deelgebied')
		.map((u) => {
			const near = closestName(u.row.gemeente, names);
			return `${file}:${u.row.line}:2: ${u.reason}${near ? `; did you mean "${near}"?` : ''} (a part of a municipality: set aard to deelgebied)`;
		});
}

export function coverageReport(geography: GeographyContext, dir = DATA_DIR): string {
	const { result } = loadRegister(geography, dir);
	const name = (year: SurveyYear, code: MunicipalityCode) => `${geography.get(year, code)?.naam ?? '?'} (${code})`;
	const out: string[] = ['ADV coverage from sourced facts only (data/werkgebied.csv); a municipality without a source stays unknown.', ''];
	for (const year of SURVEY_YEARS) {
		const all = geography.municipalities(year);
		const known = result.byYear[year];
		const unknown = all.filter((m) => !known.has(m.code));
		out.push(
			`${year}: ${known.size} of ${all.length} municipalities have a known ADV (${((100 * known.size) / all.length).toFixed(1)}%); ${unknown.length} unknown:`
		);
		const byProvince = new Map<string, string[]>();
		for (const m of unknown) byProvince.set(m.provincie, [...(byProvince.get(m.provincie) ?? []), `${m.naam} (${m.code})`]);
		for (const [province, names] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${province} (${names.length}): ${names.join(', ')}`);
		out.push('');
	}
	out.push(`Conflicts (${result.conflicts.length}):`);
	for (const c of result.conflicts) {
		const claims = c.claims.map((k) => `${k.advId} (${k.row.peildatum || 'undated'}, ${k.route}, werkgebied.csv:${k.row.line})`).join(' vs ');
		out.push(`  ${c.year} ${name(c.year, c.code)}: ${claims} → ${c.chosen ?? 'unknown'}: ${c.reason}`);
	}
	out.push('', `Merged municipalities with only some predecessors known (left unknown) (${result.partial.length}):`);
	for (const p of result.partial) {
		out.push(`  ${p.year} ${name(p.year, p.code)}: known ${p.known.join(', ') || 'none'}; unknown ${p.unknown.join(', ')}`);
	}
	out.push('', `Historical rows, kept as history but not used for any survey year (${result.history.length}):`);
	for (const h of result.history) out.push(`  werkgebied.csv:${h.line} ${h.advId} "${h.gemeente}" (${h.peildatum || 'undated'})`);
	out.push('', `Rows that reach no municipality (${result.unresolved.length}):`);
	for (const u of result.unresolved) out.push(`  werkgebied.csv:${u.row.line} ${u.row.advId} "${u.row.gemeente}": ${u.reason}`);
	return out.join('\n');
}
