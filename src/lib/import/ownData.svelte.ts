/**
 * A person's own monitor data, read in this browser (/eigen-gegevens): per survey year the converted
 * answers and the file's name. Kept in memory for the visit (the map and table pages share it), and
 * in localStorage only when the person asks; never sent anywhere.
 */
import type { MonitorFileJson } from '$lib/data/publicSchemas';
import type { SurveyYear } from '$lib/model/geography';

export interface OwnYear {
	fileName: string;
	monitor: MonitorFileJson;
}

const STORAGE_KEY = 'beleidskaart:eigen-gegevens';

class OwnData {
	years = $state.raw<Partial<Record<SurveyYear, OwnYear>>>({});
	remember = $state(false);
	/** Raised on every change, so views of the data start afresh. */
	version = $state(0);
	private restored = false;

	/** The years' file names, for the data notices. */
	fileNames = $derived(Object.fromEntries(Object.entries(this.years).map(([y, own]) => [y, own.fileName])) as Partial<Record<SurveyYear, string>>);
	monitors = $derived(Object.fromEntries(Object.entries(this.years).map(([y, own]) => [y, own.monitor])) as Partial<Record<SurveyYear, MonitorFileJson>>);
	hasData = $derived(Object.keys(this.years).length > 0);

	set(year: SurveyYear, own: OwnYear) {
		this.years = { ...this.years, [year]: own };
		this.version++;
		this.persist();
	}

	clear() {
		this.years = {};
		this.version++;
		localStorage.removeItem(STORAGE_KEY);
	}

	setRemember(on: boolean) {
		this.remember = on;
		if (on) this.persist();
		else localStorage.removeItem(STORAGE_KEY);
	}

	/** Data remembered on an earlier visit, checked against the monitor schema; anything else is dropped from storage. */
	async restore() {
		if (this.restored) return;
		this.restored = true;
		const stored = localStorage.getItem(STORAGE_KEY);
		if (!stored) return;
		// Not `import('zod/mini')` here: a namespace imported at run time keeps all of zod in the bundle.
		const { checkMonitorFile } = await import('$lib/data/publicSchemas');
		try {
			const parsed = JSON.parse(stored) as Record<string, { fileName: unknown; monitor: unknown }>;
			const years: Partial<Record<SurveyYear, OwnYear>> = {};
			for (const [year, own] of Object.entries(parsed)) {
				const monitor = checkMonitorFile(own.monitor);
				if (!monitor.success || String(monitor.data.year) !== year || typeof own.fileName !== 'string') throw new Error('not what was stored');
				years[monitor.data.year] = { fileName: own.fileName, monitor: monitor.data };
			}
			this.years = years;
			this.remember = true;
			this.version++;
		} catch {
			localStorage.removeItem(STORAGE_KEY);
		}
	}

	private persist() {
		if (this.remember) localStorage.setItem(STORAGE_KEY, JSON.stringify(this.years));
	}
}

export const ownData = new OwnData();
