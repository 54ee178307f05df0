import { buildSearchEntries } from '$lib/model/search';
import { siteData } from '$lib/server/siteData';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const entries = buildSearchEntries((await siteData()).geography);
	return { municipalities: entries.map(({ code, naam, provincie, years }) => ({ code, naam, provincie, years })) };
};
