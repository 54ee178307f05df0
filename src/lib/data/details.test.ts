import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../../scripts/lib/geography';
import type { GeographyContext } from '../model/geographyContext';
import { SURVEY_YEARS } from '../model/geography';
import { municipalityDetails, type DetailsData } from './details';
import type { VoorzieningenJson } from './publicSchemas';

let data: DetailsData;
beforeAll(async () => {
	const geography: GeographyContext = await loadGeography();
	const monitor = Object.fromEntries(SURVEY_YEARS.map((y) => [y, { synthetic: true, municipalities: [] }])) as unknown as DetailsData['monitor'];
	const record = (id: string, naam: string, served: Record<number, string[]>) => ({
		id,
		naam,
		naamDiscriminatieNl: '',
		website: '',
		telefoon: '',
		email: '',
		adres: '',
		plaats: '',
		opmerking: '',
		bronUrl: [],
		peildatum: '',
		gemeenten: Object.fromEntries(
			SURVEY_YEARS.map((y) => [y, (served[y] ?? []).map((code) => ({ code, bron: [], peildatum: '', aard: 'direct', route: 'naam' }))])
		)
	});
	const voorzieningen = {
		voorzieningen: [record('mdra', 'MDRA', { 2022: ['GM0363'], 2025: ['GM0363'] }), record('gooi', 'Meldpunt Gooi', { 2022: ['GM0457'] })],
		byMunicipality: { 2017: {}, 2022: { GM0363: 'mdra', GM0457: 'gooi' }, 2025: { GM0363: 'mdra' } }
	} as unknown as VoorzieningenJson;
	data = { geography, monitor, voorzieningen };
});

describe('where to report, for a municipality that merged', () => {
	it('shows, in a later year, the ADV of the municipality it merged into, and says so', () => {
		const weesp = municipalityDetails('GM0457', 2025, data)!;
		expect(weesp.naam).toBe('Weesp');
		expect(weesp.adv?.adv.id).toBe('mdra');
		expect(weesp.adv?.year).toBe(2025);
		expect(weesp.advVia).toEqual({ code: 'GM0363', naam: 'Amsterdam', year: 2025, after: 2022 });
	});

	it('shows its own ADV in a year it existed', () => {
		const weesp = municipalityDetails('GM0457', 2022, data)!;
		expect(weesp.adv?.adv.id).toBe('gooi');
		expect(weesp.advVia).toBeNull();
	});
});
