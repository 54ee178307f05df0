import { pageSummary } from '$lib/server/pageSummary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { figures, origins } = await pageSummary();
	return { figures, origins };
};
