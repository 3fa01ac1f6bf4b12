/** The message of an import that ran out of memory. */
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
	return Object.assign(
		new Error(
			`This browser tab ran out of memory after ${rowsRead.toLocaleString('en-GB')} rows (${share}% of the file). Nothing was saved and your other datasets are intact. Sieve has been measured on 20 million lines (2 GB) in one tab; split the file by date, or leave out columns you do not need (map them to “ignore”).`
		),
		{ name: 'IngestError' }
	);
}
