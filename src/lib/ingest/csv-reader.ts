/**
 * Bytes → CSV rows, streaming, the way papaparse's own `ChunkStreamer` drives its `Parser`: each
 * ~1 MB of bytes is decoded with a streaming decoder, parsed with `ignoreLastRow`, and the
 * unparsed rest after `meta.cursor` is carried into the next chunk; the last call parses all.
 * The file is never one string, and a browser `File` stream and a Node stream share this path.
 *
 * - Every line break counts, outside quotes: `\r\n`, `\n` and a lone `\r` are all made `\n` before
 *   parsing (files concatenated from two systems mix them), so line numbers are the file's.
 * - Rows whose opening quote never closes are cut back to their own line, reported, and parsing
 *   resumes on the next line, so one stray `"` costs one row, not the rest of the file.
 * - A row longer than `MAX_ROW_CHARS` is rejected as one row without building its string: the
 *   reader skips to the next line break (a 2 GB line of zero bytes costs one pass, not a quadratic
 *   re-parse), and still reports progress in bytes while it skips.
 * - Columns aligned with runs of spaces (CDNOW's `00004 0001 19970101  2   29.33`) are the
 *   delimiter `' '` (see `detect-delimiter.ts`); those lines are split here, without papaparse.
 */
import Papa from 'papaparse';
import {
	alignedFieldCount,
	detectDelimiter,
	detectNewline,
	normaliseLineBreaks,
	splitAligned
} from './detect-delimiter';
import type { Newline } from './detect-delimiter';
import { detectEncoding } from './detect-encoding';
import { createChunkDecoder } from './decode-text';
import type { ChunkDecoder } from './decode-text';
import { abortError, IngestError } from './types';
import type { TextEncodingName } from './types';

/** Bytes handed to the parser at once: large chunks are faster (see `shared/PERF-BASELINE.md`). */
const CHUNK_BYTES = 1 << 20;
const PARSE_CHARS = 1 << 18;
/** Bytes (and characters) to detect the encoding (and the delimiter) from, unless given. */
const DETECT_BYTES = 64 * 1024;

/**
 * The longest row read (1,048,576 characters): far above any real order line (a 100,000-character
 * description parses), it bounds the carried remainder, so parsing stays linear in the file size.
 */
export const MAX_ROW_CHARS = 1 << 20;

/** Characters of a rejected line kept as its example. */
const EXAMPLE_CHARS = 200;
/** Line numbers kept for a warning (bytes not valid in the encoding, zero bytes). */
const MAX_NOTED_LINES = 10;

/** Why the reader left a line out (before any field is looked at). */
export type ReaderRejection = 'unclosed-quote' | 'line-too-long';

/** A batch of parsed rows, in file order. */
export interface CsvBatch {
	rows: string[][];
	/** 1-based file line of each row, or null when row i is on line `firstLine + i`. */
	lineNumbers: number[] | null;
	firstLine: number;
	/**
	 * Lines left out by the reader: a quote opened there never closed (its row swallowed later
	 * lines), or the line is longer than `MAX_ROW_CHARS`. Each counts as one rejected row.
	 */
	brokenLines: { line: number; text: string; reason: ReaderRejection }[];
}

export interface CsvReaderOptions {
	encoding?: TextEncodingName;
	delimiter?: string;
	signal?: AbortSignal;
	/** Bytes decoded and parsed per step (default 1 MB); tiny values test chunk boundaries. */
	chunkBytes?: number;
	/**
	 * The source is a piece of a file starting at a record boundary, not the file's start: a
	 * byte-order mark there is text, not a mark (needs `encoding`).
	 */
	midFile?: boolean;
}

/** Lines that held something worth a warning: how many, and the first few line numbers. */
export interface NotedLines {
	count: number;
	lines: number[];
}

/** Streams rows out of a byte source. `encoding`, `delimiter` and `newline` are known after the first batch. */
export class CsvReader {
	encoding: TextEncodingName | null;
	delimiter: string | null;
	/** The first line break of the file (others may differ: all of them count). */
	newline: Newline | null = null;
	/** Decompressed bytes consumed so far. */
	bytesRead = 0;
	/** True when some bytes were not valid in the detected encoding (they read as U+FFFD). */
	sawReplacementCharacters = false;
	/** Rows holding U+FFFD where the bytes were not valid in the encoding. */
	readonly replacementLines: NotedLines = { count: 0, lines: [] };
	/** Rows holding a zero byte (U+0000) inside a field. */
	readonly zeroByteLines: NotedLines = { count: 0, lines: [] };
	/**
	 * Unclosed quotes found by the last parse (the end of the source reached inside a quoted field),
	 * and every other reader rejection (an unclosed quote cut at `MAX_ROW_CHARS`, an over-long line).
	 * A piece of a file whose end is inside a quote was split at a wrong place.
	 */
	readonly recoveries = { quoteAtEnd: 0, other: 0 };

	#decoder: ChunkDecoder | null = null;
	#parser: Papa.Parser | null = null;
	/** Fields per row of a space-aligned file (`delimiter === ' '`), from the detection sample. */
	#alignedFields = 0;
	#formatKnown = false;
	#partial = '';
	#nextLine = 1;
	/** A `\r` that ended the last chunk: it may pair with a `\n` at the start of the next. */
	#carriageReturnPending = false;
	/** The over-long line being skipped: where it started and its first characters. */
	#skipping: { line: number; text: string } | null = null;

	constructor(
		private readonly source: AsyncIterable<Uint8Array>,
		private readonly options: CsvReaderOptions = {}
	) {
		this.encoding = options.encoding ?? null;
		this.delimiter = options.delimiter ?? null;
	}

	/**
	 * The rows of the file, header included, in batches of about 1 MB of text. At least one batch
	 * (possibly empty) comes per chunk read, so that a caller can report progress in bytes.
	 */
	async *batches(): AsyncGenerator<CsvBatch> {
		const pending: Uint8Array[] = [];
		let pendingBytes = 0;
		for await (const chunk of this.source) {
			this.#checkAborted();
			pending.push(chunk);
			pendingBytes += chunk.byteLength;
			const chunkBytes = this.options.chunkBytes ?? CHUNK_BYTES;
			const needed = this.encoding ? chunkBytes : Math.max(chunkBytes, DETECT_BYTES);
			if (pendingBytes >= needed) {
				let bytes = concatBytes(pending, pendingBytes);
				pending.length = 0;
				pendingBytes = 0;
				if (this.#skipping && this.encoding !== 'utf-16le' && this.encoding !== 'utf-16be') {
					// Skipping an over-long line: in a one-byte-per-break encoding, look for its end in
					// the bytes, and decode nothing before it.
					const lineBreak = firstLineBreak(bytes);
					if (lineBreak < 0) {
						this.bytesRead += bytes.byteLength;
						yield this.#emptyBatch();
						continue;
					}
					this.bytesRead += lineBreak;
					bytes = bytes.subarray(lineBreak);
				}
				yield* this.#parsePieces(this.#decode(bytes, false), false);
			}
		}
		this.#checkAborted();
		yield* this.#parsePieces(this.#decode(concatBytes(pending, pendingBytes), true), true);
	}

	/**
	 * Parses decoded text in pieces of `PARSE_CHARS`: the rows of one parse call stay alive until
	 * they are consumed, and fewer live rows make the young-generation GC cheaper.
	 */
	*#parsePieces(decoded: string, final: boolean): Generator<CsvBatch> {
		const text = this.#normaliseBreaks(decoded, final);
		if (!this.#formatKnown) {
			const sample = this.#partial + text;
			if (!final && !this.#canDetectFormat(sample)) {
				this.#partial = sample;
				yield this.#emptyBatch();
				return;
			}
			this.#detectFormat(sample, decoded);
		}
		let yielded = false;
		for (let at = 0; at < text.length || (final && at === 0); at += PARSE_CHARS) {
			const last = at + PARSE_CHARS >= text.length;
			const piece = text.slice(at, at + PARSE_CHARS);
			const batch = this.#parseText(piece, final && last);
			if (batch.rows.length > 0 || batch.brokenLines.length > 0) {
				if (piece.indexOf('\uFFFD') >= 0) noteLines(batch, '\uFFFD', this.replacementLines);
				if (piece.indexOf('\u0000') >= 0) noteLines(batch, '\u0000', this.zeroByteLines);
				yielded = true;
				yield batch;
			}
		}
		if (!yielded) yield this.#emptyBatch();
	}

	/** Line breaks consumed so far (every line break, outside quotes and in them). */
	get lineBreaks(): number {
		return this.#nextLine - 1;
	}

	#emptyBatch(): CsvBatch {
		return { rows: [], lineNumbers: null, firstLine: this.#nextLine, brokenLines: [] };
	}

	#checkAborted(): void {
		if (this.options.signal?.aborted) throw abortError();
	}

	#decode(bytes: Uint8Array, final: boolean): string {
		this.bytesRead += bytes.byteLength;
		if (!this.#decoder) {
			if (bytes.byteLength === 0 && final) throw new IngestError({ code: 'empty-file' });
			this.encoding ??= detectEncoding(bytes);
			this.#decoder = createChunkDecoder(this.encoding, this.options.midFile === true);
		}
		const text = this.#decoder.decode(bytes, { stream: !final });
		if (!this.sawReplacementCharacters && text.indexOf('\uFFFD') >= 0) {
			this.sawReplacementCharacters = true;
		}
		return text;
	}

	/** Every line break as `\n`; a `\r` at the end of a chunk waits for the next chunk's first character. */
	#normaliseBreaks(text: string, final: boolean): string {
		let out = text;
		if (this.#carriageReturnPending) {
			out = '\r' + out;
			this.#carriageReturnPending = false;
		}
		if (!final && out.charCodeAt(out.length - 1) === 13) {
			out = out.slice(0, -1);
			this.#carriageReturnPending = true;
		}
		return normaliseLineBreaks(out);
	}

	/** Enough text to tell the line ending (a break and the character after it) and the delimiter. */
	#canDetectFormat(sample: string): boolean {
		// A first line longer than a row may be is read (and rejected) as it is.
		if (sample.length > MAX_ROW_CHARS) return true;
		if (!this.delimiter && sample.length < DETECT_BYTES) return false;
		const lineBreak = sample.indexOf('\n');
		return lineBreak >= 0 && lineBreak < sample.length - 1;
	}

	#detectFormat(sample: string, decoded: string): void {
		this.#formatKnown = true;
		this.newline = detectNewline(decoded);
		this.delimiter ??= detectDelimiter(sample, '\n');
		if (this.delimiter === ' ') {
			this.#alignedFields = alignedFieldCount(sample);
			return;
		}
		// No `fastMode`: papaparse then splits on newlines only when a chunk holds no quote at all.
		this.#parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n', quoteChar: '"' });
	}

	#parseText(text: string, final: boolean): CsvBatch {
		const skipped = this.#skipLongLine(text, final);
		const batch = this.#emptyBatch();
		if (skipped.rejected) batch.brokenLines.push(skipped.rejected);
		if (skipped.rest === null) return batch;
		let aggregate = this.#partial + skipped.rest;
		this.#partial = '';
		if (!this.#parser) return this.#parseAligned(batch, aggregate, final);
		const parser = this.#parser;

		for (;;) {
			const result = parser.parse(aggregate, 0, !final);
			const rows = result.data as string[][];
			const broken = findBrokenQuote(result.errors as Papa.ParseError[], rows, aggregate);
			if (broken) {
				// Rows before the broken one are good; the line holding the quote is reported; go on after it.
				const previousBreak =
					broken.quoteAt > 0 ? aggregate.lastIndexOf('\n', broken.quoteAt - 1) : -1;
				const start = previousBreak + 1;
				this.#addRows(batch, rows.slice(0, broken.row), aggregate, start);
				aggregate = this.#rejectLine(batch, aggregate, start, 'unclosed-quote');
				if (final) this.recoveries.quoteAtEnd++;
				else this.recoveries.other++;
				continue;
			}
			const consumed = final ? aggregate.length : (result.meta.cursor as number);
			let kept = rows;
			// A final line break yields one empty row at the end of the file: not a row.
			if (final && rows.length > 0 && aggregate.endsWith('\n')) {
				const last = rows[rows.length - 1];
				if (last.length === 1 && last[0] === '') kept = rows.slice(0, -1);
			}
			this.#addRows(batch, kept, aggregate, consumed);
			if (final || aggregate.length - consumed <= MAX_ROW_CHARS) {
				this.#partial = final ? '' : aggregate.substring(consumed);
				return batch;
			}
			// The unfinished row is over the limit. On one line: skip to its end. Over several lines, a
			// quote opened on its first line and has not closed within the limit: that line goes.
			const firstBreak = aggregate.indexOf('\n', consumed);
			if (firstBreak < 0) {
				this.#startSkipping(aggregate, consumed);
				return batch;
			}
			aggregate = this.#rejectLine(batch, aggregate, consumed, 'unclosed-quote');
			this.recoveries.other++;
		}
	}

	/** Space-aligned columns: one row per line, fields split by runs of spaces. */
	#parseAligned(batch: CsvBatch, text: string, final: boolean): CsvBatch {
		const end = final ? text.length : text.lastIndexOf('\n') + 1;
		if (!final && text.length - end > MAX_ROW_CHARS) {
			this.#partial = '';
			this.#addAlignedLines(batch, text, end);
			this.#startSkipping(text, end);
			return batch;
		}
		this.#partial = text.substring(end);
		this.#addAlignedLines(batch, text, end);
		return batch;
	}

	#addAlignedLines(batch: CsvBatch, text: string, end: number): void {
		if (end === 0) return;
		const endsWithBreak = text.endsWith('\n', end);
		const lines = text.slice(0, endsWithBreak ? end - 1 : end).split('\n');
		for (const line of lines) batch.rows.push(splitAligned(line, this.#alignedFields));
		this.#nextLine += lines.length - (endsWithBreak ? 0 : 1);
	}

	/** Reports the line of `text` that starts at `start` and returns the text after it. */
	#rejectLine(batch: CsvBatch, text: string, start: number, reason: ReaderRejection): string {
		const lineEnd = text.indexOf('\n', start);
		const end = lineEnd < 0 ? text.length : lineEnd;
		batch.brokenLines.push({
			line: this.#nextLine,
			text: text.slice(start, Math.min(end, start + EXAMPLE_CHARS)),
			reason
		});
		this.#nextLine++;
		return lineEnd < 0 ? '' : text.substring(lineEnd + 1);
	}

	#startSkipping(text: string, start: number): void {
		this.recoveries.other++;
		this.#skipping = { line: this.#nextLine, text: text.slice(start, start + EXAMPLE_CHARS) };
		this.#partial = '';
	}

	/**
	 * While an over-long line is skipped: the text after its end (`rest`), or null when the whole
	 * piece belongs to the line. The skipped line is reported once its end is found.
	 */
	#skipLongLine(
		text: string,
		final: boolean
	): { rest: string | null; rejected: CsvBatch['brokenLines'][number] | null } {
		const skipping = this.#skipping;
		if (!skipping) return { rest: text, rejected: null };
		const lineEnd = text.indexOf('\n');
		if (lineEnd < 0 && !final) return { rest: null, rejected: null };
		this.#skipping = null;
		const rejected = { ...skipping, reason: 'line-too-long' as const };
		this.#nextLine++;
		return { rest: lineEnd < 0 ? null : text.substring(lineEnd + 1), rejected };
	}

	/** Appends rows parsed from `text[0, end)` and advances the line count past them. */
	#addRows(batch: CsvBatch, rows: string[][], text: string, end: number): void {
		if (rows.length === 0) {
			this.#nextLine += countLineBreaks(text, 0, end);
			return;
		}
		const breaks = countLineBreaks(text, 0, end);
		const lastEndsWithBreak = end > 0 && text.charCodeAt(end - 1) === 10;
		const simple = breaks === rows.length - (lastEndsWithBreak ? 0 : 1);
		const offset = batch.rows.length;
		if (!simple || batch.lineNumbers || this.#nextLine !== batch.firstLine + offset) {
			// Quoted fields hold line breaks (or lines were cut out): number the rows one by one.
			batch.lineNumbers ??= Array.from({ length: offset }, (_, i) => batch.firstLine + i);
			let line = this.#nextLine;
			for (const row of rows) {
				batch.lineNumbers.push(line);
				line += 1;
				if (!simple) for (const field of row) line += countLineBreaks(field, 0, field.length);
			}
		}
		for (const row of rows) batch.rows.push(row);
		this.#nextLine += breaks;
	}
}

/**
 * The first quote error that broke a row: an opening quote that never closes (`MissingQuotes`), or
 * a malformed closing quote whose row then ran on over a line break (`InvalidQuotes`). A malformed
 * quote inside one line leaves a readable row and is not reported here.
 */
function findBrokenQuote(
	errors: Papa.ParseError[],
	rows: string[][],
	text: string
): { row: number; quoteAt: number } | null {
	for (const error of errors) {
		if (error.type !== 'Quotes' || error.index === undefined) continue;
		const quoteAt = Math.max(0, error.index - 1);
		if (error.code === 'MissingQuotes') return { row: error.row ?? rows.length, quoteAt };
		const row = error.row ?? rows.length;
		const spansLines =
			row < rows.length
				? rows[row].some((field) => field.indexOf('\n') >= 0)
				: text.indexOf('\n', quoteAt) >= 0;
		if (spansLines) return { row, quoteAt };
	}
	return null;
}

/** Records the lines of `batch` whose fields contain `char` (the first few, and how many). */
function noteLines(batch: CsvBatch, char: string, noted: NotedLines): void {
	batch.rows.forEach((row, i) => {
		if (!row.some((field) => field.indexOf(char) >= 0)) return;
		noted.count++;
		if (noted.lines.length < MAX_NOTED_LINES) {
			noted.lines.push(batch.lineNumbers ? batch.lineNumbers[i] : batch.firstLine + i);
		}
	});
}

/** Offset of the first `\n` or `\r` byte, or -1. */
function firstLineBreak(bytes: Uint8Array): number {
	const lf = bytes.indexOf(10);
	const cr = bytes.indexOf(13);
	return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

function countLineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1))
		count++;
	return count;
}

function concatBytes(parts: Uint8Array[], length: number): Uint8Array {
	if (parts.length === 1) return parts[0];
	const out = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.byteLength;
	}
	return out;
}
