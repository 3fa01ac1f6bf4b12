/**
 * Byte sources in the browser (the worker, the storage benchmark): a `File` read as a stream (every gzip member gunzipped
 * through the browser's `DecompressionStream` when it starts with the gzip magic bytes), with a count of the
 * file's bytes consumed, for progress. An Excel workbook (zip magic bytes) is read whole and one
 * sheet (the first, or `sheet`) given as CSV bytes, so the sniff and the import are the CSV path's.
 */
import { isGzip } from './detect-encoding';
import { gunzipMembers } from './gunzip-members';
import { streamChunks } from './stream-chunks';
import { isZip, readWorkbook, xlsxToCsv } from './xlsx';
import { IngestError } from './types';

export interface FileSource {
	chunks: AsyncIterable<Uint8Array>;
	gzip: boolean;
	/** Bytes of the (compressed) file read so far. */
	bytesRead: () => number;
	/** A workbook's sheet names, in order, when asked for (`listSheets`); absent for text files. */
	sheets?: string[];
}

/** Which sheet of a workbook to read (default the first), and whether to list its sheets. */
export interface WorkbookChoice {
	sheet?: string | null;
	listSheets?: boolean;
}

export async function openFileSource(
	file: Blob,
	workbook: WorkbookChoice = {}
): Promise<FileSource> {
	const magic = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	if (isZip(magic)) return openWorkbook(file, workbook);
	const gzip = isGzip(magic);
	let bytes = 0;
	const counted = file.stream().pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				bytes += chunk.byteLength;
				controller.enqueue(chunk);
			}
		})
	);
	// Every gzip member (`cat a.gz b.gz`, pigz, bgzip), not only the first.
	const chunks = gzip ? gunzipMembers(streamChunks(counted)) : streamChunks(counted);
	return { chunks: gzip ? explainGzipErrors(chunks) : chunks, gzip, bytesRead: () => bytes };
}

/**
 * A sheet of a workbook as CSV chunks; progress counts the file's bytes in proportion. Listing
 * the sheets reads every sheet (the sniff); otherwise only the chosen one is read (the import).
 */
async function openWorkbook(
	file: Blob,
	{ sheet, listSheets }: WorkbookChoice
): Promise<FileSource> {
	const read = listSheets ? await readWorkbook(file, sheet) : null;
	const csv = read ? read.csv : await xlsxToCsv(file, sheet || 1);
	let consumed = 0;
	async function* chunks(): AsyncIterable<Uint8Array> {
		for (let at = 0; at < csv.length; at += 1 << 20) {
			const chunk = csv.subarray(at, at + (1 << 20));
			consumed = at + chunk.length;
			yield chunk;
		}
	}
	return {
		chunks: chunks(),
		gzip: false,
		bytesRead: () => Math.round((consumed / Math.max(csv.length, 1)) * file.size),
		...(read ? { sheets: read.sheets } : {})
	};
}

/** The browser's gunzip errors ("Compressed input was truncated") in words for the user. */
async function* explainGzipErrors(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
	try {
		yield* chunks;
	} catch (error) {
		if ((error as Error).name === 'AbortError') throw error;
		const reason = error instanceof Error ? error.message : String(error);
		throw new IngestError({ code: 'gzip-damaged', reason });
	}
}

/** The first `limit` bytes of a source (decompressed), and whether that is the whole of it. */
export async function readHead(
	chunks: AsyncIterable<Uint8Array>,
	limit = 1 << 20
): Promise<{ head: Uint8Array; isComplete: boolean }> {
	const parts: Uint8Array[] = [];
	let length = 0;
	const iterator = chunks[Symbol.asyncIterator]();
	let isComplete = false;
	while (length < limit) {
		const next = await iterator.next();
		if (next.done) {
			isComplete = true;
			break;
		}
		parts.push(next.value);
		length += next.value.byteLength;
	}
	if (!isComplete) await iterator.return?.();
	const head = new Uint8Array(Math.min(length, limit));
	let offset = 0;
	for (const part of parts) {
		const take = Math.min(part.byteLength, head.length - offset);
		head.set(part.subarray(0, take), offset);
		offset += take;
		if (offset >= head.length) break;
	}
	return { head, isComplete: isComplete && length <= limit };
}

/** A string as a stream of 1 MB UTF-8 chunks, as if it were read from a file. */
export async function* textChunks(text: string, chunkChars = 1 << 20): AsyncIterable<Uint8Array> {
	const encoder = new TextEncoder();
	for (let start = 0; start < text.length; start += chunkChars) {
		yield encoder.encode(text.slice(start, start + chunkChars));
	}
}
