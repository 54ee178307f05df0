/**
 * The i18n layer: every user-facing string comes from src/lib/i18n/messages/{nl,en}.json, compiled by
 * Paraglide into typed, tree-shaken functions. Dutch is the base locale (served at /), English lives
 * under /en/.
 */
export { m } from '$lib/paraglide/messages.js';
export { getLocale, localizeHref, locales, baseLocale, type Locale } from '$lib/paraglide/runtime.js';
