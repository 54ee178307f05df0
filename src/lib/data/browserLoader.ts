import type { DataLoader } from './loader';

let loader: Promise<DataLoader> | undefined;

/**
 * The browser's data loader, one per page load, imported on first use: with it come the schemas
 * (zod), which the first view does not need.
 */
export function browserLoader(): Promise<DataLoader> {
	loader ??= import('./loader').then(({ DataLoader }) => new DataLoader((input, init) => fetch(input, init)));
	return loader;
}
