/** The message of an import that ran out of memory. */
import { IngestError } from './types';

/**
 * A typed array that could not grow (the tab's memory is exhausted) becomes a message that says
 * how far the import got and what to do; other errors pass through unchanged.
 */
export function explainOutOfMemory(
	error: unknown,
	rowsRead: number,
	bytesRead: number,
	totalBytes: number
): unknown {
	const message = error instanceof Error ? error.message : '';
	if (
		!(error instanceof RangeError) ||
		!/allocation|invalid (typed )?array length|out of memory/i.test(message)
	) {
		return error;
	}
	const share = totalBytes > 0 ? Math.round((bytesRead / totalBytes) * 100) : 0;
	return new IngestError({ code: 'out-of-memory', rows: rowsRead, share });
}
