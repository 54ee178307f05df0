import { pageSummary } from '$lib/server/pageSummary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => ({ figures: (await pageSummary(fetch)).figures });
