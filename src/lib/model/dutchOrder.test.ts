import { describe, expect, it } from 'vitest';
import { compareDutch } from './dutchOrder';

describe('Dutch order', () => {
	it("orders as localeCompare(…, 'nl') does", () => {
		const names = [
			"'s-Hertogenbosch",
			'IJsselstein',
			'Ijsselstein',
			'Súdwest-Fryslân',
			'Sudwest',
			'Zwolle',
			'aa en Hunze',
			'Aa en Hunze',
			'Ésch',
			'Eindhoven',
			'Ede'
		];
		expect([...names].sort(compareDutch)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
	});
});
