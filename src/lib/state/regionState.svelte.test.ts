import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { AtlasData } from '$lib/data/loader';
import { SURVEY_YEARS, type SurveyYear } from '$lib/model/geography';
import type { GeographyContext } from '$lib/model/geographyContext';
import type { StatusByYear } from '$lib/model/mapViewModel';
import type { DisplayStatus } from '$lib/model/status';
import { RegionState } from './regionState.svelte';

let geography: GeographyContext;
beforeAll(async () => {
	geography = await loadGeography();
});

/** An atlas with the real geography and nothing else a province needs. */
function atlasOf(geography: GeographyContext): AtlasData {
	const perYear = <T>(value: () => T) => Object.fromEntries(SURVEY_YEARS.map((y) => [y, value()]));
	return {
		geography,
		voorzieningen: { voorzieningen: [], byMunicipality: perYear(() => ({})) },
		kenmerken: { inhabitants: perYear(() => ({})), networks: { g40: { members: perYear(() => []) }, p10: { members: perYear(() => []) } } }
	} as unknown as AtlasData;
}

/** A region state over plain runes, as MapApp feeds it from the URL and the loaded data. */
function regionStateOf(start: { regionId: string | null; year: SurveyYear }) {
	const input = $state({ atlas: null as AtlasData | null, year: start.year, regionId: start.regionId, status: {} as StatusByYear });
	const region = new RegionState({
		atlas: () => input.atlas,
		grouping: () => 'provincie',
		year: () => input.year,
		regionId: () => input.regionId,
		status: () => input.status,
		change: () => null
	});
	return { input, region };
}

const run = (fn: () => void) => $effect.root(fn)();

describe('the region a view shows', () => {
	it('knows a region id is wrong only once the regions are loaded', () => {
		run(() => {
			const { input, region } = regionStateOf({ regionId: 'provincie-atlantis', year: 2025 });
			expect(region.unknown).toBe(false);
			input.atlas = atlasOf(geography);
			flushSync();
			expect(region.active).toBeNull();
			expect(region.unknown).toBe(true);
		});
	});

	it('follows each year’s boundaries: Weesp is in Noord-Holland in 2022 and merged into Amsterdam by 2025', () => {
		run(() => {
			const { input, region } = regionStateOf({ regionId: 'provincie-noord-holland', year: 2022 });
			input.atlas = atlasOf(geography);
			expect(region.name).toBe('Noord-Holland');
			expect(region.active!.members).toContain('GM0457');
			input.year = 2025;
			expect(region.active!.members).not.toContain('GM0457');
			expect(region.active!.members).toContain('GM0363');
		});
	});

	it('counts every status inside the region, zeros included, and nothing outside it', () => {
		run(() => {
			const { input, region } = regionStateOf({ regionId: 'provincie-utrecht', year: 2025 });
			input.atlas = atlasOf(geography);
			expect(region.statusCounts).toBeNull();
			const status = new Map<string, DisplayStatus>(geography.municipalities(2025).map((m) => [m.code, 'geen-beleid']));
			// Utrecht is in the province, Amsterdam is not.
			status.set('GM0344', 'beleid-specifiek');
			status.set('GM0363', 'beleid-specifiek');
			input.status = { 2025: status };
			const members = region.active!.members.length;
			expect(region.statusCounts).toEqual({
				'beleid-specifiek': 1,
				'beleid-bijdragend': 0,
				'in-ontwikkeling': 0,
				'geen-beleid': members - 1,
				onbekend: 0
			});
		});
	});
});
