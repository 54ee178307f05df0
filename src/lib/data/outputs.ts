/**
 * The public data contract of the data layer: /data/monitor-YEAR.json, /data/voorzieningen.json and
 * /data/published.json (see data/README.md). The app reads these; downloaders may too.
 */
import type { MunicipalityCode, SurveyYear } from '../model/geography';
import type { DisplayStatus, MonitorAnswers } from '../model/status';
import type { AdvRecord, Evidence, Route } from './adv';
import type { MonitorMeta, Published, PublishedFigure } from './schemas';
import type { Recomputed } from '../model/published';

export interface MonitorMunicipality extends MonitorAnswers {
	code: MunicipalityCode;
	naam: string;
	status: DisplayStatus;
	/** Optional survey columns (e.g. volledig), '' when not answered. */
	extra: Record<string, string>;
	/** True while the answers are the synthetic demonstration data. */
	synthetic: boolean;
}

export interface MonitorFileJson {
	year: SurveyYear;
	synthetic: boolean;
	title: string;
	notice: MonitorMeta['notice'];
	method: string;
	assumptions: string[];
	source: MonitorMeta['source'];
	optionalColumns: string[];
	summary: { total: number; participants: number; nonParticipants: number; counts: Record<DisplayStatus, number> };
	municipalities: MonitorMunicipality[];
}

export interface ServedMunicipality {
	code: MunicipalityCode;
	bron: string[];
	peildatum: string;
	aard: Evidence;
	route: Route;
}

export interface VoorzieningenJson {
	about: string;
	voorzieningen: Array<AdvRecord & { gemeenten: Record<SurveyYear, ServedMunicipality[]> }>;
	/** Per survey year: municipality code → adv id. Absent = unknown. */
	byMunicipality: Record<SurveyYear, Record<string, string>>;
	coverage: Record<SurveyYear, { known: number; total: number }>;
	conflicts: Array<{
		year: SurveyYear;
		code: MunicipalityCode;
		claims: Array<{ advId: string; peildatum: string; bron: string[] }>;
		chosen: string | null;
		reason: string;
	}>;
	unresolved: Array<{ advId: string; gemeente: string; reason: string }>;
}

/** /data/published.json: data/published.json with each figure recomputed from the data shown. */
export interface PublishedJson extends Omit<Published, 'figures'> {
	figures: Array<PublishedFigure & { recomputed: Recomputed | null }>;
}

/** /data/kenmerken.json: size and city-network membership per municipality and survey year. */
export interface KenmerkenJson {
	about: string;
	/** Where the sizes come from: CBS inhabitants, or (2017) a proxy stated as such. */
	sizeSource: Record<SurveyYear, 'cbs' | 'proxy'>;
	inhabitants: Record<SurveyYear, Record<string, number>>;
	networks: Record<'g40' | 'p10', { note: string; members: Record<SurveyYear, MunicipalityCode[]> }>;
}
