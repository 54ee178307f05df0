import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from '../../geo/lib/config';
import { InputError } from './inputs';
import { GEO_FILES, validatePublicFiles, writeJsonSchemas } from './publicContract';

describe('the public data contract', () => {
	it('accepts what the geo pipeline wrote', async () => {
		await expect(validatePublicFiles(OUTPUT_DIR, GEO_FILES)).resolves.toBeUndefined();
	});

	it('rejects a written file that breaks its schema, naming file and field', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'contract-'));
		const index = JSON.parse(await readFile(path.join(OUTPUT_DIR, 'gemeenten-2025.json'), 'utf8'));
		index[3].code = 'XX0001';
		delete index[7].bbox;
		await writeFile(path.join(dir, 'gemeenten-2025.json'), JSON.stringify(index));
		await copyFile(path.join(OUTPUT_DIR, 'crosswalk.json'), path.join(dir, 'crosswalk.json'));
		const error = await validatePublicFiles(dir, ['gemeenten-2025.json', 'crosswalk.json']).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).problems).toEqual([
			expect.stringMatching(/gemeenten-2025\.json: 3\.code: .+/),
			expect.stringMatching(/gemeenten-2025\.json: 7\.bbox: .+/)
		]);
	});

	it('publishes each schema as JSON Schema', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'schemas-'));
		const written = await writeJsonSchemas(dir);
		expect(written.map((f) => path.basename(f))).toContain('monitor.schema.json');
		const monitor = JSON.parse(await readFile(path.join(dir, 'schema', 'monitor.schema.json'), 'utf8'));
		expect(monitor).toMatchObject({ type: 'object', title: 'monitor' });
		expect(monitor.properties.municipalities.items.properties.status.enum).toEqual([
			'beleid-specifiek',
			'beleid-bijdragend',
			'in-ontwikkeling',
			'geen-beleid',
			'onbekend'
		]);
	});
});
