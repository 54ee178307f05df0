/** What went wrong: the reader is told in words; the kind decides which words. */
export type LoadFailure = 'network' | 'timeout' | 'http' | 'invalid' | 'code';

/**
 * A public data file (or a part of the page's code) that could not be loaded or is not what it
 * should be. It names the file (`url`), says what kind of failure it was and keeps the detail.
 */
export class DataLoadError extends Error {
	constructor(
		readonly url: string,
		readonly detail: string,
		readonly kind: LoadFailure = 'invalid'
	) {
		super(`${url}: ${detail}`);
		this.name = 'DataLoadError';
	}

	/** Any failure as a DataLoadError; what is not one already was the page's own code. */
	static from(error: unknown, url = 'code'): DataLoadError {
		if (error instanceof DataLoadError) return error;
		const message = error instanceof Error ? error.message : String(error);
		return new DataLoadError(url, message, 'code');
	}
}
