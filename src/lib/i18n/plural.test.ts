import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';

describe('counts through the plural rules of each language', () => {
	it('says "1 gemeente" and "2 gemeenten", "1 municipality" and "2 municipalities"', () => {
		expect(m.legend_count({ count: 1 }, { locale: 'nl' })).toBe('1 gemeente');
		expect(m.legend_count({ count: 2 }, { locale: 'nl' })).toBe('2 gemeenten');
		expect(m.legend_count({ count: 0 }, { locale: 'nl' })).toBe('0 gemeenten');
		expect(m.legend_count({ count: 1 }, { locale: 'en' })).toBe('1 municipality');
		expect(m.region_members({ total: 1 }, { locale: 'nl' })).toBe('1 gemeente');
		expect(m.table_download_shown({ count: 1 }, { locale: 'nl' })).toBe('Download deze 1 rij (CSV)');
		expect(m.legend_non_participants({ count: 1, total: 5 }, { locale: 'nl' })).toBe('1 van 5 gemeenten deed niet mee');
	});
});
