import { tableRows } from '$lib/data/tableRows';
import { siteData } from '$lib/server/siteData';
import { DEFAULT_YEAR } from '$lib/state/viewState';
import type { PageServerLoad } from './$types';

// The default year's rows are in the prerendered HTML, so the table works without JavaScript.
export const load: PageServerLoad = async () => {
	const data = await siteData();
	return {
		year: DEFAULT_YEAR,
		rows: tableRows(DEFAULT_YEAR, data),
		synthetic: Object.values(data.monitor).some((mo) => mo.synthetic)
	};
};
