/**
 * Bytes → CSV rows, streaming, the way papaparse's own `ChunkStreamer` drives its `Parser`: each
 * ~1 MB of bytes is decoded with a streaming `TextDecoder`, parsed with `ignoreLastRow`, and the
 * unparsed rest after `meta.cursor` is carried into the next chunk; the last call parses all.
 * The file is never one string, and a browser `File` stream and a Node stream share this path.
 *
 * Rows whose opening quote never closes are cut back to their own line, reported, and parsing
 * resumes on the next line, so one stray `"` costs one row, not the rest of the file.
 */
import Papa from 'papaparse';
import { detectDelimiter, detectNewline } from './detect-delimiter';
import type { Newline } from './detect-delimiter';
import { detectEncoding } from './detect-encoding';
import { abortError, IngestError } from './types';
import type { TextEncodingName } from './types';

/** Bytes handed to the parser at once: large chunks are faster (see `shared/PERF-BASELINE.md`). */
const CHUNK_BYTES = 1 << 20;
const PARSE_CHARS = 1 << 18;
/** Bytes (and characters) to detect the encoding (and the delimiter) from, unless given. */
const DETECT_BYTES = 64 * 1024;

/**
 * An unfinished row longer than this is taken to be an unclosed quote. Far above any real field
 * (a 100,000-character description parses), it bounds the re-parsing of a growing remainder.
 */
const MAX_PENDING_CHARS = 8 << 20;

/** A batch of parsed rows, in file order. */
export interface CsvBatch {
	rows: string[][];
	/** 1-based file line of each row, or null when row i is on line `firstLine + i`. */
	lineNumbers: number[] | null;
	firstLine: number;
	/** Lines left out because a quote opened there never closed (its row swallowed later lines). */
	brokenLines: { line: number; text: string }[];
}

export interface CsvReaderOptions {
	encoding?: TextEncodingName;
	delimiter?: string;
	signal?: AbortSignal;
	/** Bytes decoded and parsed per step (default 1 MB); tiny values test chunk boundaries. */
	chunkBytes?: number;
}

/** Streams rows out of a byte source. `encoding`, `delimiter` and `newline` are known after the first batch. */
export class CsvReader {
	encoding: TextEncodingName | null;
	delimiter: string | null;
	newline: Newline | null = null;
	/** Decompressed bytes consumed so far. */
	bytesRead = 0;
	/** True when a chunk after the head held bytes that are not valid in the detected encoding. */
	sawReplacementCharacters = false;

	#decoder: TextDecoder | null = null;
	#parser: Papa.Parser | null = null;
	#partial = '';
	#nextLine = 1;
	#newlineChar = 10;

	constructor(
		private readonly source: AsyncIterable<Uint8Array>,
		private readonly options: CsvReaderOptions = {}
	) {
		this.encoding = options.encoding ?? null;
		this.delimiter = options.delimiter ?? null;
	}

	/** The rows of the file, header included, in batches of about 1 MB of text. */
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
				const text = this.#decode(concatBytes(pending, pendingBytes), false);
				pending.length = 0;
				pendingBytes = 0;
				yield* this.#parsePieces(text, false);
			}
		}
		this.#checkAborted();
		yield* this.#parsePieces(this.#decode(concatBytes(pending, pendingBytes), true), true);
	}

	/**
	 * Parses decoded text in pieces of `PARSE_CHARS`: the rows of one parse call stay alive until
	 * they are consumed, and fewer live rows make the young-generation GC cheaper.
	 */
	*#parsePieces(text: string, final: boolean): Generator<CsvBatch> {
		if (!this.#parser) {
			const sample = this.#partial + text;
			if (!final && !this.#canDetectFormat(sample)) {
				this.#partial = sample;
				return;
			}
			this.#createParser(sample);
		}
		for (let at = 0; at < text.length || (final && at === 0); at += PARSE_CHARS) {
			const last = at + PARSE_CHARS >= text.length;
			const batch = this.#parseText(text.slice(at, at + PARSE_CHARS), final && last);
			if (batch.rows.length > 0 || batch.brokenLines.length > 0) yield batch;
		}
	}

	#checkAborted(): void {
		if (this.options.signal?.aborted) throw abortError();
	}

	#decode(bytes: Uint8Array, final: boolean): string {
		this.bytesRead += bytes.byteLength;
		if (!this.#decoder) {
			if (bytes.byteLength === 0 && final) throw new IngestError('The file is empty.');
			this.encoding ??= detectEncoding(bytes);
			this.#decoder = new TextDecoder(this.encoding);
		}
		const text = this.#decoder.decode(bytes, { stream: !final });
		if (!this.sawReplacementCharacters && text.indexOf('\uFFFD') >= 0) {
			this.sawReplacementCharacters = true;
		}
		return text;
	}

	/** Enough text to tell the line ending (a break and the character after it) and the delimiter. */
	#canDetectFormat(sample: string): boolean {
		if (!this.delimiter && sample.length < DETECT_BYTES) return false;
		const lineBreak = sample.search(/[\r\n]/);
		return lineBreak >= 0 && lineBreak < sample.length - 1;
	}

	#createParser(sample: string): void {
		this.newline = detectNewline(sample);
		this.#newlineChar = this.newline === '\r' ? 13 : 10;
		this.delimiter ??= detectDelimiter(sample, this.newline);
		// No `fastMode`: papaparse then splits on newlines only when a chunk holds no quote at all.
		this.#parser = new Papa.Parser({
			delimiter: this.delimiter,
			newline: this.newline,
			quoteChar: '"'
		});
	}

	#parseText(text: string, final: boolean): CsvBatch {
		const parser = this.#parser as Papa.Parser;
		const newline = this.newline as Newline;
		const batch: CsvBatch = {
			rows: [],
			lineNumbers: null,
			firstLine: this.#nextLine,
			brokenLines: []
		};
		let aggregate = this.#partial + text;
		this.#partial = '';
		let probeForUnclosedQuote = !final && aggregate.length > MAX_PENDING_CHARS;

		for (;;) {
			const result = parser.parse(aggregate, 0, !final && !probeForUnclosedQuote);
			const rows = result.data as string[][];
			const broken = findBrokenQuote(result.errors as Papa.ParseError[], rows, aggregate, newline);
			if (broken) {
				// Rows before the broken one are good; the line holding the quote is reported; go on after it.
				const previousBreak =
					broken.quoteAt > 0 ? aggregate.lastIndexOf(newline, broken.quoteAt - 1) : -1;
				const start = previousBreak < 0 ? 0 : previousBreak + newline.length;
				this.#addRows(batch, rows.slice(0, broken.row), aggregate, start);
				const lineEnd = aggregate.indexOf(newline, broken.quoteAt);
				const resume = lineEnd < 0 ? aggregate.length : lineEnd + newline.length;
				batch.brokenLines.push({
					line: this.#nextLine,
					text: aggregate.slice(
						start,
						Math.min(lineEnd < 0 ? aggregate.length : lineEnd, start + 200)
					)
				});
				this.#nextLine += countChar(aggregate, this.#newlineChar, start, resume);
				aggregate = aggregate.substring(resume);
				probeForUnclosedQuote = false;
				continue;
			}
			if (probeForUnclosedQuote) {
				// A long unfinished row without an unclosed quote (a huge field): parse it normally.
				probeForUnclosedQuote = false;
				continue;
			}
			const consumed = final ? aggregate.length : (result.meta.cursor as number);
			let kept = rows;
			// A final line break yields one empty row at the end of the file: not a row.
			if (final && rows.length > 0 && aggregate.endsWith(newline)) {
				const last = rows[rows.length - 1];
				if (last.length === 1 && last[0] === '') kept = rows.slice(0, -1);
			}
			this.#addRows(batch, kept, aggregate, consumed);
			this.#partial = final ? '' : aggregate.substring(consumed);
			return batch;
		}
	}

	/** Appends rows parsed from `text[0, end)` and advances the line count past them. */
	#addRows(batch: CsvBatch, rows: string[][], text: string, end: number): void {
		if (rows.length === 0) {
			this.#nextLine += countChar(text, this.#newlineChar, 0, end);
			return;
		}
		const breaks = countChar(text, this.#newlineChar, 0, end);
		const lastEndsWithBreak = end > 0 && text.charCodeAt(end - 1) === this.#newlineChar;
		const simple = breaks === rows.length - (lastEndsWithBreak ? 0 : 1);
		const offset = batch.rows.length;
		if (!simple || batch.lineNumbers || this.#nextLine !== batch.firstLine + offset) {
			// Quoted fields hold line breaks (or lines were cut out): number the rows one by one.
			batch.lineNumbers ??= Array.from({ length: offset }, (_, i) => batch.firstLine + i);
			let line = this.#nextLine;
			for (const row of rows) {
				batch.lineNumbers.push(line);
				line += 1;
				if (!simple)
					for (const field of row) line += countChar(field, this.#newlineChar, 0, field.length);
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
	text: string,
	newline: Newline
): { row: number; quoteAt: number } | null {
	for (const error of errors) {
		if (error.type !== 'Quotes' || error.index === undefined) continue;
		const quoteAt = Math.max(0, error.index - 1);
		if (error.code === 'MissingQuotes') return { row: error.row ?? rows.length, quoteAt };
		const row = error.row ?? rows.length;
		const spansLines =
			row < rows.length
				? rows[row].some((field) => LINE_BREAK.test(field))
				: text.indexOf(newline, quoteAt) >= 0;
		if (spansLines) return { row, quoteAt };
	}
	return null;
}

const LINE_BREAK = /[\r\n]/;

function countChar(text: string, code: number, from: number, to: number): number {
	const char = String.fromCharCode(code);
	let count = 0;
	for (let at = text.indexOf(char, from); at >= 0 && at < to; at = text.indexOf(char, at + 1))
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
