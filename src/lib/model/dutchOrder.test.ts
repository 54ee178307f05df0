import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDutch } from './dutchOrder';

const collator = new Intl.Collator('nl');
const sign = (n: number) => Math.sign(n);

/** Every string in a JSON file: names of municipalities, provinces and ADVs, codes, sentences. */
function stringsIn(file: string): string[] {
	const found: string[] = [];
	const walk = (value: unknown): void => {
		if (typeof value === 'string') found.push(value);
		else if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(JSON.parse(readFileSync(path.join('static/data', file), 'utf8')));
	return found;
}

/** A small pseudo-random generator, so that a failure can be run again. */
function random(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('Dutch order', () => {
	it('orders as the collator does the names that need it', () => {
		const names = [
			"'s-Hertogenbosch",
			"'s-Gravenhage",
			'IJsselstein',
			'Ijsselstein',
			'Súdwest-Fryslân',
			'Sudwest',
			'Zwolle',
			'aa en Hunze',
			'Aa en Hunze',
			'Ésch',
			'Eindhoven',
			'Ede',
			'Bergen (L.)',
			'Bergen (NH.)',
			'Bergen op Zoom',
			'Sint Anthonis',
			'Sint-Michielsgestel',
			'Nuenen, Gerwen en Nederwetten',
			'Øster',
			'Oster',
			'Straße',
			'Strasse'
		];
		expect([...names].sort(compareDutch)).toEqual([...names].sort(collator.compare));
	});

	it('orders every string of the site data as the collator does', () => {
		const strings = [
			...new Set(['gemeenten-2017.json', 'gemeenten-2022.json', 'gemeenten-2025.json', 'voorzieningen.json', 'published.json'].flatMap(stringsIn))
		];
		expect(strings.length).toBeGreaterThan(1000);
		expect([...strings].sort(compareDutch)).toEqual([...strings].sort(collator.compare));
	});

	it('agrees with the collator on random strings of letters, accents, marks, digits and punctuation', () => {
		const next = random(15);
		const alphabet = [...` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$09azAZijIJéÉúâëøßĳ\u0301\u00a0`];
		const text = () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
		const disagreements: string[] = [];
		for (let i = 0; i < 50_000; i++) {
			const [a, b] = [text(), text()];
			if (sign(compareDutch(a, b)) !== sign(collator.compare(a, b))) disagreements.push(JSON.stringify([a, b]));
		}
		expect(disagreements.slice(0, 10)).toEqual([]);
	});
});
