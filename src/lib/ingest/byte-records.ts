/**
 * A piece of a UTF-8 orders file read from its bytes, without decoding it whole or running
 * papaparse over it: records and fields are found in the bytes, and a record of unquoted ASCII
 * fields goes to `OrdersBuilder.addBytesRow`, which reads numbers, dates and dictionary codes from
 * the bytes. Any other record is decoded on its own and split as the text path splits it (a quoted
 * record by papaparse), then goes to `addRow`. The result is the text path's (`CsvReader` +
 * `addBatch`), byte for byte; `parallel-import.test.ts` holds both to it.
 *
 * The fast path reads well-formed files only. It gives the piece back to the text path (`declined`)
 * at the first thing whose reading the text path decides with more context: a lone `\r`, a `\r`
 * inside quotes, a zero byte, bytes that are not UTF-8 (or decode to U+FFFD), a quote that closes
 * and is followed by something other than a delimiter or a line break, a quote still open at the
 * piece's end, a record longer than `MAX_ROW_CHARS` bytes.
 */
import Papa from 'papaparse';
import { MAX_ROW_CHARS } from './csv-reader';
import { asciiText } from './byte-fields';
import { streamChunks } from './stream-chunks';
import { ByteScanner } from './wasm/byte-scanner';
import { KernelStop } from './wasm/row-kernel';
import type { RowKernel } from './wasm/row-kernel';
import { abortError } from './types';

/** A reader that reads into the caller's buffer, where the stream allows it (a `Blob`'s does). */
function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
	try {
		return stream.getReader({ mode: 'byob' });
	} catch {
		return null;
	}
}

/** `bytes[0, length)` in a new buffer of `size` bytes. */
function grown(bytes: Uint8Array, length: number, size: number): Uint8Array<ArrayBuffer> {
	const bigger = new Uint8Array(size);
	bigger.set(bytes.subarray(0, length));
	return bigger;
}

/** Where a record's rows go: `OrdersBuilder`. */
export interface RecordSink {
	addBytesRow(bytes: Uint8Array, spans: Int32Array, line: number): boolean;
	addRow(row: string[], line: number): void;
	/** A row kernel for this sink's plain rows, or null (`OrdersBuilder.rowKernel`). */
	rowKernel?(): RowKernel | null;
	/** The rows of the kernel's last run. */
	addKernelRows?(kernel: RowKernel): void;
}

/** Bytes gathered before records are looked for. */
const BUFFER_BYTES = 1 << 20;
/** Bytes scanned at a time (`ByteScanner`): its memory holds them and up to 4 bytes per byte. */
const SCAN_WINDOW = 1 << 20;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Byte classes for the scan: 0 = an ordinary byte, else one the scan looks at. */
const ORDINARY = 0;
const DELIMITER = 1;
const SPECIAL = 2;
const HIGH = 3;

function byteClasses(delimiter: number): Uint8Array {
	const classes = new Uint8Array(256);
	for (let b = 128; b < 256; b++) classes[b] = HIGH;
	for (const b of [0, LF, CR, QUOTE]) classes[b] = SPECIAL;
	classes[delimiter] = DELIMITER;
	return classes;
}

/** Why the fast path gave a piece back to the text path. */
export type ByteDecline =
	| 'carriage-return'
	| 'zero-byte'
	| 'not-utf-8'
	| 'malformed-quote'
	| 'open-quote-at-end'
	| 'long-record';

export class ByteRecordReader {
	/** Bytes of the piece consumed so far. */
	bytesRead = 0;
	/** Line breaks consumed so far (in quotes too). */
	lineBreaks = 0;
	/** Set when the piece must be read by the text path instead (nothing read here counts). */
	declined: ByteDecline | null = null;

	readonly #delimiter: number;
	readonly #fields: number;
	/** Field k of the current record is bytes `[spans[2k], spans[2k + 1])`, without its quotes. */
	readonly #spans: Int32Array;
	readonly #classes: Uint8Array;
	readonly #utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	readonly #parser: Papa.Parser;
	/** Finds the bytes to look at sixteen at a time, or null (every byte is looked at here). */
	readonly #scanner: ByteScanner | null;
	/** Reads plain records in WebAssembly, once `read` has asked the sink for one. */
	#kernel: RowKernel | null = null;

	constructor(
		private readonly source: ReadableStream<Uint8Array>,
		private readonly delimiter: string,
		fields: number,
		private readonly signal?: AbortSignal,
		useScanner = true,
		private readonly useKernel = true
	) {
		this.#delimiter = delimiter.charCodeAt(0);
		this.#fields = fields;
		this.#spans = new Int32Array(2 * fields);
		this.#classes = byteClasses(this.#delimiter);
		this.#parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
		this.#scanner = useScanner ? ByteScanner.shared() : null;
	}

	/** True when a piece in this encoding with this delimiter can be read here. */
	static handles(encoding: string, delimiter: string): boolean {
		if (encoding !== 'utf-8' || delimiter.length !== 1) return false;
		const code = delimiter.charCodeAt(0);
		return code < 128 && code !== QUOTE && code !== LF && code !== CR && code !== 32;
	}

	/**
	 * Reads every record into `sink`, yielding after each buffer (about 1 MB) so that the caller can
	 * report progress and yield to its event loop. Stops early with `declined` set.
	 */
	async *read(sink: RecordSink): AsyncGenerator<void> {
		this.#kernel = this.useKernel ? (sink.rowKernel?.() ?? null) : null;
		try {
			yield* this.#read(sink);
		} finally {
			this.#kernel?.release();
			this.#kernel = null;
		}
	}

	async *#read(sink: RecordSink): AsyncGenerator<void> {
		if (this.#kernel) {
			yield* this.#readIntoKernel(sink, this.#kernel, streamChunks(this.source));
			return;
		}
		const reader = byobReader(this.source);
		if (!reader) {
			yield* this.#readChunks(sink, streamChunks(this.source));
			return;
		}
		// A BYOB reader fills the one buffer: no chunk is allocated per read, so a gigabyte read
		// leaves no gigabyte of buffers for the collector to find.
		let buffer: Uint8Array<ArrayBuffer> = new Uint8Array(BUFFER_BYTES * 2);
		let length = 0;
		try {
			for (;;) {
				if (this.signal?.aborted) throw abortError();
				if (length === buffer.length) buffer = grown(buffer, length, length * 2);
				const { done, value } = await reader.read(
					new Uint8Array(buffer.buffer, length, buffer.length - length)
				);
				// The reader hands the (transferred) buffer back with what it read.
				if (value) buffer = new Uint8Array(value.buffer as ArrayBuffer);
				if (done) break;
				length += value!.byteLength;
				if (length < BUFFER_BYTES) continue;
				length = this.#consume(buffer, length, sink);
				if (this.declined) return;
				yield;
			}
		} finally {
			await reader.cancel().catch(() => undefined);
			reader.releaseLock();
		}
		yield* this.#finish(buffer, length, sink);
	}

	/** The complete records of the buffer; the rest moved to its start. Returns the rest's length. */
	#consume(buffer: Uint8Array, length: number, sink: RecordSink): number {
		const used = this.#records(buffer, length, false, sink);
		if (this.declined) return length;
		buffer.copyWithin(0, used, length);
		this.bytesRead += used;
		return length - used;
	}

	/** The last records, at the source's end. */
	*#finish(buffer: Uint8Array, length: number, sink: RecordSink): Generator<void> {
		if (this.signal?.aborted) throw abortError();
		this.#records(buffer, length, true, sink);
		if (this.declined) return;
		this.bytesRead += length;
		yield;
	}

	/** `read` over a stream whose reader gives chunks of its own. */
	async *#readChunks(sink: RecordSink, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<void> {
		let buffer = new Uint8Array(BUFFER_BYTES * 2);
		let length = 0;
		for await (const chunk of chunks) {
			if (this.signal?.aborted) throw abortError();
			if (length + chunk.byteLength > buffer.length)
				buffer = grown(buffer, length, Math.max(buffer.length * 2, length + chunk.byteLength));
			buffer.set(chunk, length);
			length += chunk.byteLength;
			if (length < BUFFER_BYTES) continue;
			length = this.#consume(buffer, length, sink);
			if (this.declined) return;
			yield;
		}
		yield* this.#finish(buffer, length, sink);
	}

	/**
	 * The complete records of `bytes[0, length)` into `sink` (at the source's end, `final`, the last
	 * one even without a line break); returns the bytes consumed. With a scanner, a record of plain
	 * fields is found from the offsets of its delimiters and line break alone; every other record
	 * (a quote, a `\r`, a zero byte, a character beyond ASCII, a wrong field count, the last bytes)
	 * is read byte by byte, as without one.
	 */
	#records(bytes: Uint8Array, length: number, final: boolean, sink: RecordSink): number {
		const scanner = this.#scanner;
		if (!scanner) return this.#recordsByBytes(bytes, length, final, sink, 0);
		const delimiter = this.#delimiter;
		const fields = this.#fields;
		const spans = this.#spans;
		let offsets: Int32Array = new Int32Array(0);
		/** The offsets cover bytes `[base, windowEnd)`, each relative to `base`; `k` is the next. */
		let base = 0;
		let windowEnd = 0;
		let k = 0;
		const scan = (from: number) => {
			base = from;
			windowEnd = Math.min(length, from + SCAN_WINDOW);
			offsets = scanner.offsets(bytes, from, windowEnd, delimiter);
			k = 0;
		};
		scan(0);
		let at = 0;
		while (at < length) {
			let field = 0;
			let end = -1;
			let j = k;
			spans[0] = at;
			for (; j < offsets.length; j++) {
				const o = offsets[j] + base;
				const b = bytes[o];
				if (b !== delimiter) {
					if (b === LF) end = o;
					break;
				}
				if (field < fields) spans[2 * field + 1] = o;
				field++;
				if (field < fields) spans[2 * field] = o + 1;
			}
			if (end >= 0 && field === fields - 1 && end - at <= MAX_ROW_CHARS) {
				spans[2 * field + 1] = end;
				const line = this.lineBreaks + 1;
				if (!sink.addBytesRow(bytes, spans, line)) sink.addRow(this.#split(bytes, at, end), line);
				this.lineBreaks++;
				at = end + 1;
				k = j + 1;
				continue;
			}
			if (j === offsets.length && windowEnd < length && base !== at) {
				// The window ends inside this record: the next window starts with it.
				scan(at);
				continue;
			}
			const next = this.#recordsByBytes(bytes, length, final, sink, at, 1);
			if (this.declined || next === at) return next;
			at = next;
			if (at >= windowEnd) scan(at);
			else while (k < offsets.length && offsets[k] + base < at) k++;
		}
		return at;
	}

	/**
	 * `read` with the row kernel: each chunk is copied straight into the kernel's input (no buffer
	 * of the reader's own), and the records read there.
	 */
	async *#readIntoKernel(
		sink: RecordSink,
		kernel: RowKernel,
		chunks: AsyncIterable<Uint8Array>
	): AsyncGenerator<void> {
		let length = 0;
		for await (const chunk of chunks) {
			if (this.signal?.aborted) throw abortError();
			kernel.append(chunk, length);
			length += chunk.byteLength;
			if (length < BUFFER_BYTES) continue;
			const used = this.#recordsByKernel(length, false, sink, kernel);
			if (this.declined) return;
			kernel.shift(used, length);
			this.bytesRead += used;
			length -= used;
			yield;
		}
		if (this.signal?.aborted) throw abortError();
		this.#recordsByKernel(length, true, sink, kernel);
		if (this.declined) return;
		this.bytesRead += length;
		yield;
	}

	/**
	 * The complete records of the kernel's first `length` input bytes, as `#records` reads them: the
	 * kernel reads records until one is not plain, which is read here (`#recordsByBytes`, one
	 * record), and so on. Every record the kernel reads ends with one line break. Returns the bytes
	 * consumed.
	 */
	#recordsByKernel(length: number, final: boolean, sink: RecordSink, kernel: RowKernel): number {
		let at = 0;
		while (at < length) {
			const next = kernel.run(at, length, final);
			const rows = kernel.rows;
			if (rows > 0) {
				sink.addKernelRows!(kernel);
				this.lineBreaks += rows;
			}
			at = next;
			const stop = kernel.stop;
			if (stop === KernelStop.More || stop === KernelStop.End) return at;
			if (stop === KernelStop.Record) {
				const bytes = kernel.input(length);
				const after = this.#recordsByBytes(bytes, length, final, sink, at, 1);
				if (this.declined || after === at) return after;
				at = after;
			}
		}
		return at;
	}

	/** `#records` looking at every byte, from `from`, for at most `limit` records. */
	#recordsByBytes(
		bytes: Uint8Array,
		length: number,
		final: boolean,
		sink: RecordSink,
		from: number,
		limit = Infinity
	): number {
		const delimiter = this.#delimiter;
		const classes = this.#classes;
		const fields = this.#fields;
		const spans = this.#spans;
		let at = from;
		let records = 0;
		while (at < length && records < limit) {
			records++;
			// One record from `at`: its fields' spans, its end, the start of the next.
			let i = at;
			let field = 0;
			let fieldStart = at;
			/** Where the current field's closing quote is, or -1 (not quoted). */
			let closedAt = -1;
			let ascii = true;
			let quoted = false;
			/** A quoted field holds `""` or a line break: its text is not its bytes. */
			let escaped = false;
			let breaksInside = 0;
			let end = -1;
			let next = -1;
			spans[0] = at;
			scan: while (i < length) {
				const b = bytes[i];
				const kind = classes[b];
				if (kind === ORDINARY) {
					i++;
					continue;
				}
				if (kind === HIGH) {
					ascii = false;
					i++;
					continue;
				}
				if (kind === DELIMITER) {
					if (field < fields) spans[2 * field + 1] = closedAt >= 0 ? closedAt : i;
					field++;
					if (field < fields) spans[2 * field] = i + 1;
					closedAt = -1;
					fieldStart = i + 1;
					i++;
				} else if (b === LF) {
					end = i;
					next = i + 1;
					break;
				} else if (b === CR) {
					if (i + 1 >= length) {
						if (final) return this.#decline('carriage-return');
						break;
					}
					if (bytes[i + 1] !== LF) return this.#decline('carriage-return');
					end = i;
					next = i + 2;
					break;
				} else if (b === QUOTE && i === fieldStart) {
					quoted = true;
					if (field < fields) spans[2 * field] = i + 1;
					// A quoted field: `""` is a quote; the closing quote must end the field.
					let j = i + 1;
					for (;;) {
						if (j >= length) {
							if (final) return this.#decline('open-quote-at-end');
							break scan;
						}
						const c = bytes[j];
						if (c === QUOTE) {
							if (j + 1 >= length) {
								if (!final) break scan;
								closedAt = j;
								i = j + 1;
								break;
							}
							const after = bytes[j + 1];
							if (after === QUOTE) {
								escaped = true;
								j += 2;
								continue;
							}
							if (after !== delimiter && after !== LF && after !== CR)
								return this.#decline('malformed-quote');
							closedAt = j;
							i = j + 1;
							break;
						}
						if (c === CR) return this.#decline('carriage-return');
						if (j - at > MAX_ROW_CHARS) return this.#decline('long-record');
						if (c === LF) {
							breaksInside++;
							escaped = true;
						} else if (c === 0) return this.#decline('zero-byte');
						else if (c >= 128) ascii = false;
						j++;
					}
				} else if (b === 0) {
					return this.#decline('zero-byte');
				} else {
					i++; // a quote inside an unquoted field is text
				}
			}
			// A record over the text path's limit is that path's to reject (and bytes ≥ characters).
			if (i - at > MAX_ROW_CHARS) return this.#decline('long-record');
			if (end < 0) {
				// The record runs to the end of the bytes: complete only at the source's end.
				if (!final) break;
				end = length;
				next = length;
			}
			const line = this.lineBreaks + 1;
			if (ascii && !escaped && field === fields - 1) {
				spans[2 * field + 1] = closedAt >= 0 ? closedAt : end;
				if (!sink.addBytesRow(bytes, spans, line)) {
					const row = quoted
						? this.#rowOfText(bytes, at, end, true, true)
						: this.#split(bytes, at, end);
					if (!row) return at;
					sink.addRow(row, line);
				}
			} else {
				const row = this.#rowOfText(bytes, at, end, quoted, ascii);
				if (!row) return at;
				sink.addRow(row, line);
			}
			this.lineBreaks += breaksInside + (next > end ? 1 : 0);
			at = next;
		}
		return at;
	}

	#split(bytes: Uint8Array, start: number, end: number): string[] {
		return asciiText(bytes, start, end).split(this.delimiter);
	}

	/** A record decoded and split as the text path would, or null (declined). */
	#rowOfText(
		bytes: Uint8Array,
		start: number,
		end: number,
		quoted: boolean,
		ascii: boolean
	): string[] | null {
		let text: string;
		if (ascii) text = asciiText(bytes, start, end);
		else {
			try {
				text = this.#utf8.decode(bytes.subarray(start, end));
			} catch {
				this.declined = 'not-utf-8';
				return null;
			}
			if (text.indexOf('\uFFFD') >= 0) {
				this.declined = 'not-utf-8';
				return null;
			}
		}
		if (!quoted) return text.split(this.delimiter);
		const result = this.#parser.parse(text, 0, false);
		const rows = result.data as string[][];
		if (rows.length !== 1 || result.errors.length > 0) {
			this.declined = 'malformed-quote';
			return null;
		}
		return rows[0];
	}

	#decline(reason: ByteDecline): number {
		this.declined = reason;
		return 0;
	}
}
