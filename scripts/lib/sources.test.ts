import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../geo/lib/config';
import { readPublished } from './inputs';

const LETTER = path.join(REPO_ROOT, '..', 'shared', 'sources', 'kamerbrief-2023-0000039249.md');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe("the minister's letter as a source", () => {
	it('is quoted exactly wherever a figure cites it', async () => {
		const letter = words(await readFile(LETTER, 'utf8'));
		const figures = (await readPublished()).figures.filter((f) => f.source.title.includes('2023-0000039249'));
		expect(figures.map((f) => f.id).sort()).toEqual(['2017-developing', '2022-developing']);
		for (const figure of figures) {
			expect(figure.source.quote, figure.id).not.toBeNull();
			expect(letter, figure.id).toContain(words(figure.source.quote!));
			expect(figure.source.quote, figure.id).toContain(`${figure.value} procent`);
		}
	});

	it('confirms the 2017 and 2022 policy figures, in words quoted from it', async () => {
		const letter = words(await readFile(LETTER, 'utf8'));
		for (const id of ['2017-policy', '2022-policy']) {
			const note = (await readPublished()).figures.find((f) => f.id === id)!.note!;
			const quoted = note.match(/'([^']+)'$/)![1];
			expect(letter, id).toContain(words(quoted));
		}
	});
});
