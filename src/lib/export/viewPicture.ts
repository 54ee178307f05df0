/**
 * The picture of the map view on screen: the same title, classes, emphasis and legend figures as
 * the page (region counts with the national figure beside them), in words from the i18n layer.
 */
import { m } from '$lib/paraglide/messages.js';
import { statusLabel, transitionLabel, viewTitle } from '$lib/i18n/labels';
import { nationalChangeReference, nationalStatusReference, policyTotal, statusDetail } from '$lib/i18n/legendText';
import type { SvgGeometry } from '../map/svgGeometry';
import { TRANSITIONS, type Transition } from '../model/change';
import { classColour, isHatched } from '../model/choroplethStyle';
import type { SurveyYear } from '../model/geography';
import type { Box, Mode } from '../model/mapViewModel';
import { DISPLAY_STATUSES, type DisplayStatus } from '../model/status';
import { mapPicture, type Picture, type PictureLegendItem } from './mapPicture';

export interface ViewPictureSource {
	geometry: SvgGeometry;
	mode: Mode;
	year: SurveyYear;
	/** The earlier survey of the change view. */
	since: SurveyYear | null;
	regionName: string | null;
	status: ReadonlyMap<string, DisplayStatus>;
	change: ReadonlyMap<string, Transition> | undefined;
	emphasis: ReadonlySet<string> | null;
	selected: readonly string[];
	box: Box | null;
	/** Counts shown (the region's when there is one) and the whole country's. */
	statusCounts: Readonly<Record<DisplayStatus, number>>;
	nationalStatusCounts: Readonly<Record<DisplayStatus, number>>;
	changeCounts: Readonly<Partial<Record<Transition, number>>> | null;
	nationalChangeCounts: Readonly<Partial<Record<Transition, number>>> | null;
	/** "Utrecht, Utrecht: specifiek beleid" for a selected municipality. */
	selection: string | null;
	/** The data notice (synthetic or own data, with years where they differ), or null for real data. */
	notice: string | null;
	/** The source line (monitor, own file, boundaries). */
	sourceLine: string;
	address: string;
}

export function viewPicture(source: ViewPictureSource): Picture & { title: string; notice: string | null; sourceLine: string } {
	const change = source.mode === 'verandering' && source.since !== null && source.changeCounts !== null;
	const title = viewTitle({ mode: change ? 'verandering' : 'status', year: source.year, since: source.since, region: source.regionName });
	const outside: PictureLegendItem[] = source.regionName
		? [
				{
					colour: classColour(change ? 'verandering' : 'status', change ? 'gelijk-met-beleid' : 'beleid-bijdragend'),
					hatched: false,
					dimmed: true,
					label: m.legend_outside({ region: source.regionName }),
					detail: m.legend_outside_detail()
				}
			]
		: [];
	const legend: PictureLegendItem[] = change
		? TRANSITIONS.map((t) => ({
				colour: classColour('verandering', t),
				hatched: isHatched(t),
				label: transitionLabel(t),
				detail: m.legend_count({ count: source.changeCounts![t] ?? 0 })
			}))
		: DISPLAY_STATUSES.map((s) => ({
				colour: classColour('status', s),
				hatched: isHatched(s),
				label: statusLabel(s),
				detail: statusDetail(s, source.statusCounts)
			}));
	const notes = change
		? source.regionName && source.nationalChangeCounts
			? [nationalChangeReference(source.nationalChangeCounts)]
			: []
		: [policyTotal(source.statusCounts), ...(source.regionName ? [nationalStatusReference(source.nationalStatusCounts)] : [])];
	const notice = source.notice;
	const sourceLine = source.sourceLine;
	const picture = mapPicture({
		geometry: source.geometry,
		mode: change ? 'verandering' : 'status',
		classOf: (code) => (change ? (source.change?.get(code) ?? 'onbekend') : (source.status.get(code) ?? 'onbekend')),
		emphasis: source.emphasis,
		selected: source.selected,
		box: source.box,
		title,
		subtitle: source.selection ? m.picture_selected({ description: source.selection }) : null,
		notice,
		legendHeading: change
			? source.regionName
				? m.change_legend_heading_region({ region: source.regionName, from: source.since!, to: source.year })
				: m.change_legend_heading({ from: source.since!, to: source.year })
			: source.regionName
				? m.legend_heading_region({ region: source.regionName, year: source.year })
				: m.legend_heading({ year: source.year }),
		legend: [...legend, ...outside],
		legendNotes: notes,
		source: sourceLine,
		address: source.address
	});
	return { ...picture, title, notice, sourceLine };
}
