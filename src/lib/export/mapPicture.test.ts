import { describe, expect, it } from 'vitest';
import type { SvgGeometry } from '../map/svgGeometry';
import { TRANSITION_COLOURS, STATUS_COLOURS } from '../model/palette';
import { mapPicture, wrapText, type PictureInput } from './mapPicture';

const geometry: SvgGeometry = {
	width: 1000,
	height: 1200,
	municipalities: [
		{ code: 'GM0001', naam: 'Een & Twee', provincie: 'A', d: 'm0,0l10,0,0,10z' },
		{ code: 'GM0002', naam: 'Drie', provincie: 'A', d: 'm20,0l10,0,0,10z' },
		{ code: 'GM0003', naam: 'Vier', provincie: 'B', d: 'm40,0l10,0,0,10z' }
	],
	provinces: 'm0,0l50,0',
	viewBoxFor: () => '0 0 60 20',
	project: ([lon, lat]) => [lon, lat],
	scale: 1
};

const input = (patch: Partial<PictureInput> = {}): PictureInput => ({
	geometry,
	mode: 'status',
	classOf: (code) => (code === 'GM0001' ? 'beleid-specifiek' : code === 'GM0002' ? 'onbekend' : 'geen-beleid'),
	emphasis: null,
	selected: [],
	box: null,
	title: 'Beleid <in> "A", 2022',
	subtitle: null,
	notice: 'Voorbeeldgegevens: verzonnen',
	legendHeading: 'Legenda',
	legend: [{ colour: STATUS_COLOURS['beleid-specifiek'], hatched: false, label: 'Specifiek beleid', detail: '50% van 2' }],
	legendNotes: ['Samen met beleid: 50%'],
	source: 'Bron: Movisie',
	address: 'https://example.org/?jaar=2022',
	...patch
});

describe('the exported picture', () => {
	it('carries title, notice, legend, source and address, escaped', () => {
		const { svg, width, height } = mapPicture(input());
		expect(width).toBe(1200);
		expect(height).toBeGreaterThan(420);
		expect(svg).toContain('<title>Beleid &lt;in&gt; &quot;A&quot;, 2022</title>');
		expect(svg).toContain('Voorbeeldgegevens: verzonnen');
		expect(svg).toContain('>Specifiek beleid</text>');
		expect(svg).toContain('Samen met beleid: 50%');
		expect(svg).toContain('Bron: Movisie');
		expect(svg).toContain('https://example.org/?jaar=2022');
		expect(svg).toContain('<title>Een &amp; Twee</title>');
		expect(svg).not.toMatch(/<[^>]*[<]/);
	});

	it('draws each municipality in its class, unknown hatched, outside the emphasis faded, the selection outlined', () => {
		const { svg } = mapPicture(input({ emphasis: new Set(['GM0001']), selected: ['GM0003'] }));
		expect(svg).toContain(`d="m0,0l10,0,0,10z" fill="${STATUS_COLOURS['beleid-specifiek']}" vector-effect`);
		expect(svg).toContain('d="m20,0l10,0,0,10z" fill="url(#hatch-map)" fill-opacity="0.2"');
		expect(svg).toContain(`d="m40,0l10,0,0,10z" fill="${STATUS_COLOURS['geen-beleid']}" fill-opacity="0.2"`);
		expect(svg).toContain('<path d="m40,0l10,0,0,10z" fill="none" stroke="#000000"');
	});

	it('shows the area asked for, and the change classes in the change view', () => {
		const { svg } = mapPicture(input({ box: [4, 51, 6, 52], mode: 'verandering', classOf: () => 'meer-beleid', notice: null }));
		expect(svg).toContain('viewBox="0 0 60 20"');
		expect(svg).toContain(`fill="${TRANSITION_COLOURS['meer-beleid']}"`);
		expect(svg).not.toContain('<desc>');
	});

	it('wraps long text into lines that fit', () => {
		const lines = wrapText('Verandering in lokaal antidiscriminatiebeleid per gemeente in Noord-Brabant, 2017–2025', 1128, 30, true);
		expect(lines.length).toBe(2);
		for (const line of lines) expect(line.length * 30 * 0.64).toBeLessThanOrEqual(1128);
		expect(wrapText('', 100, 10)).toEqual([]);
	});
});
