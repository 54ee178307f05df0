import { siteOrigins } from '$lib/server/pageSummary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ origins: await siteOrigins() });
