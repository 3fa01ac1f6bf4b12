/**
 * A `ReadableStream` (a browser `File.stream()`, possibly through `DecompressionStream`) as the
 * `AsyncIterable<Uint8Array>` that ingest reads, without relying on the stream being async-iterable
 * (Safari's streams are not).
 */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = stream.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			if (value && value.byteLength > 0) yield value;
		}
	} finally {
		// Stopping early (a sniff of the head, a cancel) releases the file.
		await reader.cancel().catch(() => undefined);
		reader.releaseLock();
	}
}
