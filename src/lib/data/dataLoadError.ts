/** A public data file that could not be loaded or is not what it should be; it names the file. */
export class DataLoadError extends Error {
	constructor(
		readonly url: string,
		readonly detail: string
	) {
		super(`${url}: ${detail}`);
		this.name = 'DataLoadError';
	}
}
