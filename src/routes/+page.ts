import type { MunicipalityIndexEntry } from '$lib/model/geography';
import { dataPath } from '$lib/model/geography';
import type { PageLoad } from './$types';

// The proof of the chain draws the 2022 indeling; the full map chooses the year from the URL.
const YEAR = 2022 as const;

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(dataPath.index(YEAR));
	if (!response.ok) throw new Error(`${dataPath.index(YEAR)}: HTTP ${response.status}`);
	const municipalities = (await response.json()) as MunicipalityIndexEntry[];
	return { year: YEAR, count: municipalities.length };
};
