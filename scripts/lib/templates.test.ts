import { beforeAll, describe, expect, it } from 'vitest';
import mappingJson from '../../data/import-mapping.json';
import { importMonitor } from '../../src/lib/import/importMonitor';
import { mappingSchema, MappingIndex } from '../../src/lib/import/mapping';
import { readSourceTable } from '../../src/lib/import/sourceTable';
import type { GeographyContext } from '../../src/lib/model/geographyContext';
import { loadGeography } from './geography';
import { templateCsv, templateXlsx } from './templates';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});
const mapping = new MappingIndex(mappingSchema.parse(mappingJson));

describe('templates for the data owner', () => {
	it('list every municipality of the year once; filled in, they import', async () => {
		const csv = templateCsv(2025, geography);
		const lines = csv.trim().split('\n');
		expect(lines[0]).toMatch(/^# Sjabloon Monitor lokaal antidiscriminatiebeleid 2025: .*\(342 gemeenten\)/);
		expect(lines.filter((l) => l.startsWith('GM'))).toHaveLength(342);
		// Filled in: everyone "nee", Utrecht took part without policy, developing it.
		const filled = lines.map((l) => (l.startsWith('GM0344,') ? 'GM0344,Utrecht,ja,geen,ja,ja' : l.startsWith('GM') ? l.replace(/,,,,$/, ',nee,,,') : l));
		const table = await readSourceTable(new TextEncoder().encode(filled.join('\n')), 'sjabloon-2025.csv', 'nl');
		const result = importMonitor(table, { year: 2025, geography, mapping, absentDidNotTakePart: false, locale: 'nl' });
		expect(result.problems).toEqual([]);
		expect(result.rows.filter((r) => r.deelname === 'ja')).toEqual([
			{ gemeentecode: 'GM0344', deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'ja', extra: { volledig: 'ja' } }
		]);
	});

	it('as .xlsx: the same rows, and the same bytes on every build', async () => {
		const [a, b] = [await templateXlsx(2022, geography), await templateXlsx(2022, geography)];
		expect(Buffer.compare(a, b)).toBe(0);
		const table = await readSourceTable(a, 'sjabloon-2022.xlsx', 'en');
		expect(table.rows.filter((r) => r.cells[0].startsWith('GM'))).toHaveLength(345);
		expect(table.rows[3].cells).toEqual(['gemeentecode', 'gemeentenaam', 'deelname', 'beleid', 'in_ontwikkeling', 'volledig']);
	});
});
