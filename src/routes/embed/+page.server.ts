import { pageSummary } from '$lib/server/pageSummary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => pageSummary();
