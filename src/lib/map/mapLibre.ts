/**
 * The parts of MapLibre this app uses. Importing them by name (rather than the whole module
 * namespace) lets the bundler leave out what we never construct: controls, markers, popups.
 */
export { Map, setWorkerUrl } from 'maplibre-gl';
