import type { ClientInit } from '@sveltejs/kit';
import { memoizeLocaleByAddress } from '$lib/i18n/memoLocale';

export const init: ClientInit = () => memoizeLocaleByAddress();
