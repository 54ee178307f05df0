import { pageSummary } from '$lib/server/pageSummary';
import type { PageServerLoad } from './$types';

// The published years' counts and origins: the years without an own file still show those.
export const load: PageServerLoad = () => pageSummary();
