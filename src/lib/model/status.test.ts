import { describe, expect, it } from 'vitest';
import { displayStatus, hasPolicy } from './status';

describe('displayStatus', () => {
	it('puts policy first, in both shades', () => {
		expect(displayStatus({ deelname: 'ja', beleid: 'specifiek', in_ontwikkeling: 'ja' })).toBe('beleid-specifiek');
		expect(displayStatus({ deelname: 'ja', beleid: 'bijdragend', in_ontwikkeling: '' })).toBe('beleid-bijdragend');
	});

	it('shows development only without policy', () => {
		expect(displayStatus({ deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'ja' })).toBe('in-ontwikkeling');
		expect(displayStatus({ deelname: 'ja', beleid: 'geen', in_ontwikkeling: 'nee' })).toBe('geen-beleid');
	});

	it('is unknown for non-participants and unanswered policy questions', () => {
		expect(displayStatus({ deelname: 'nee', beleid: '', in_ontwikkeling: '' })).toBe('onbekend');
		expect(displayStatus({ deelname: 'ja', beleid: '', in_ontwikkeling: '' })).toBe('onbekend');
	});

	it('knows which statuses count as having policy', () => {
		expect(['beleid-specifiek', 'beleid-bijdragend', 'in-ontwikkeling', 'geen-beleid', 'onbekend'].filter((s) => hasPolicy(s as never))).toEqual([
			'beleid-specifiek',
			'beleid-bijdragend'
		]);
	});
});
