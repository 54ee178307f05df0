/** The parts of the map page loaded when first used, each retried after a failed download. */
import { lazy } from '$lib/lazy';

export const loadExportOptions = lazy(() => import('./ExportOptions.svelte'));
export const loadEmbedDialog = lazy(() => import('./EmbedDialog.svelte'));
export const loadMunicipalityPanel = lazy(() => import('./MunicipalityPanel.svelte'));
export const loadRegionChart = lazy(() => import('./RegionChart.svelte'));
