/**
 * An orders file parsed on every core: the file is cut into pieces at record boundaries, each
 * piece is parsed where `runPiece` runs it (a parse worker reading its own `Blob` slice, or in
 * process in tests), a few at a time, and the pieces' columns and dictionaries are merged in file
 * order as they finish (`table-merger.ts`), while later pieces are still parsed. The result is the
 * one-worker `importOrders`'s, byte for byte: the same columns and dictionary codes, the same
 * rejected rows with the file's line numbers, the same report.
 *
 * - **Where a piece starts.** Each split is moved to just after the first line break at or after
 *   it (`\n`, `\r\n` kept whole, or a lone `\r`; a UTF-16 code unit, never half of one), so a piece
 *   never starts inside a UTF-8 character or a CRLF. That guesses the split is outside quotes.
 * - **Checking the guess.** A piece parsed from a true record boundary ends at one exactly when its
 *   reader does not end inside a quoted field (quote parity at its end, as papaparse counts it).
 *   The pieces are checked in file order as they are merged, from the file's start (a true
 *   boundary): a piece that ends inside a quote was cut inside a quoted line break, so it is
 *   parsed again together with the next piece — only those two — and checked again.
 * - **Not split:** gzip and workbooks (no random access), space-aligned files, presets whose rules
 *   carry values from row to row (fill-down, order-level discounts), and files where the reader
 *   had to recover from a broken quote or an over-long line (its recovery depends on where the
 *   text is cut): those return null, and the caller reads the file in one piece.
 */
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import { ByteRecordReader } from './byte-records';
import { CsvReader } from './csv-reader';
import type { NotedLines } from './csv-reader';
import { isGzip } from './detect-encoding';
import { openFileSource } from './file-source';
import {
	checkMapping,
	finishImport,
	withAttributes,
	formatsFromBatch,
	nextMacrotask,
	Preamble,
	todayDay
} from './import-orders';
import type { ImportTally } from './import-orders';
import { TableMerger } from './table-merger';
import type { GrowingColumn } from './table-merger';
import { pieceBuffers } from './merge-tables';
import type { PieceTable } from './merge-tables';
import { hasOrderLevelRules, OrdersBuilder } from './orders-builder';
import type { ColumnFormats } from './orders-builder';
import { mergeReasons } from './rejection-tally';
import { streamChunks } from './stream-chunks';
import { isZip } from './xlsx';
import { abortError } from './types';
import type {
	ColumnMapping,
	ImportProgress,
	ImportReport,
	RejectedReason,
	TextEncodingName
} from './types';

/** What every piece needs to read its rows as the whole file's: decided once from the file's head. */
export interface FileFormat {
	encoding: TextEncodingName;
	delimiter: string;
	header: string[];
	formats: ColumnFormats;
	/** Bytes per row in the file's head: a piece's columns are sized from its bytes with it. */
	bytesPerRow: number;
}

/** The row builder of a piece, its columns sized from the piece's bytes. */
function pieceBuilder({ mapping, format, today, start, end }: PieceRequest): OrdersBuilder {
	return new OrdersBuilder(
		mapping,
		format.header,
		format.formats,
		format.delimiter,
		today,
		expectedRows(end - start, format)
	);
}

/** Rows a piece of `bytes` is expected to hold (a little over, so that its columns do not grow). */
function expectedRows(bytes: number, format: FileFormat): number {
	return format.bytesPerRow > 0 ? Math.ceil((bytes / format.bytesPerRow) * 1.05) + 1024 : 0;
}

/** One piece to parse: bytes `[start, end)` of `file`, which begin and end at line breaks. */
export interface PieceRequest {
	file: Blob;
	start: number;
	end: number;
	mapping: ColumnMapping;
	format: FileFormat;
	today: number;
}

/** A piece parsed into columns with its own dictionaries, and its counts with piece line numbers. */
export interface PieceResult {
	start: number;
	end: number;
	/** The piece's columns, its dictionaries packed for the trip between workers. */
	table: PieceTable;
	rowsRead: number;
	blankLines: number;
	ignoredReturnLines: number;
	rejected: RejectedReason[];
	futureDates: ImportTally['futureDates'];
	titleLines: string[];
	sawReplacementCharacters: boolean;
	replacementLines: NotedLines;
	zeroByteLines: NotedLines;
	/** Line breaks in the piece: the line numbers of the next piece start after them. */
	lineBreaks: number;
	/** The piece ended inside a quoted field: it was cut inside one. */
	endsInsideQuote: boolean;
	/** The reader recovered from a broken quote or an over-long line elsewhere in the piece. */
	recovered: boolean;
	bytesRead: number;
	/** How the piece was read: from its bytes (`byte-records.ts`) or as text (papaparse). */
	readAs: 'bytes' | 'text';
}

/** A piece's counts, its table merged and let go. */
type PieceTally = Omit<PieceResult, 'table'>;

/** Progress of one piece: its bytes read and rows parsed so far. */
export type PieceProgress = (progress: ImportProgress) => void;

/** Runs one piece somewhere (a parse worker, or in process); rejects with an AbortError on abort. */
export type PieceRunner = (
	request: PieceRequest,
	options: { signal: AbortSignal; onProgress: PieceProgress }
) => Promise<PieceResult>;

export interface ParallelOptions {
	/**
	 * How many pieces are parsed at once (the parse workers; 1 in the command line's own process).
	 * A large file is cut into a multiple of that many pieces of about `pieceBytes` each, merged
	 * in file order as they finish.
	 */
	pieces: number;
	/** The size pieces are cut to (default `PIECE_BYTES`; at least `pieces` pieces). */
	pieceBytes?: number;
	runPiece: PieceRunner;
	signal?: AbortSignal;
	onProgress?: (progress: ImportProgress) => void;
	/** As `importOrders`'s. */
	today?: number;
	/** The smallest piece (bytes): a small file gets fewer pieces. */
	minPieceBytes?: number;
	/** Where to cut instead of into `pieces` equal parts (byte offsets; tests cut at hostile places). */
	splitAt?: number[];
	/** Bytes of the file's head read as a piece of its own (default `HEAD_PIECE_BYTES`). */
	headBytes?: number;
	/**
	 * Called after each piece is merged with the typed columns so far: their entries are final
	 * (later pieces only append), so the caller may save them while the rest is parsed.
	 */
	onMerged?: (columns: GrowingColumn[]) => void;
	/**
	 * Given the buffers of each merged piece while pieces remain to be parsed, for the next pieces'
	 * columns (`spare-buffers.ts`): where `runPiece` runs (this thread, or a parse worker it sends
	 * them to). Null when the import ends: let the buffers still kept go.
	 */
	recycle?: (buffers: ArrayBuffer[] | null) => void;
}

/**
 * How many pieces (parse workers) to read a file in, from the build option
 * `VITE_SIEVE_PARSE_WORKERS` and the core count: unset = one per core (at least two); `1` (or `0`)
 * = every file in one piece, as before parallel parsing; `n` = at most n.
 */
export function parseWorkersOption(value: string | undefined, cores: number): number {
	const all = Math.max(2, cores || 2);
	const chosen = value === undefined || value.trim() === '' ? NaN : Number(value);
	if (!Number.isFinite(chosen)) return all;
	return Math.max(1, Math.min(all, Math.floor(chosen)));
}

/** Bytes looked at, at a time, for the line break after a split. */
const BOUNDARY_WINDOW = 64 * 1024;
/** The smallest piece by default: below it, starting a worker costs more than it saves. */
export const MIN_PIECE_BYTES = 8 << 20;
/**
 * The size a large file's pieces are cut to: small enough that the first pieces are merged (and
 * saved) while later ones are parsed, and that few wait in memory; large enough that a piece's
 * fixed costs (its byte stream, its dictionaries — each piece meets most customers again) stay
 * small. At 10M lines (`bench/thread-cpu.ts`, builds alternated) 64 MB against 32 MB: import
 * 9.20–9.56 s against 9.85–11.54, Chromium's CPU ~1 s less, page faults 412–418k against
 * 441–445k, renderer peak 828–835 MB against 777–817; at 1M no slower (1.67–1.84 s against
 * 1.79–2.20); the 2 GB file alike (22.7–24.9 s against 21.1–24.9, peaks 1.30–1.35 GB both).
 */
export const PIECE_BYTES = 64 << 20;

/**
 * The file's head (title lines, header and first rows) is a piece of its own, this long: the
 * pieces after it start at data rows, which the byte reader reads.
 */
export const HEAD_PIECE_BYTES = 1 << 20;

type PieceOptions = {
	signal?: AbortSignal;
	onProgress?: PieceProgress;
	/** Read as text even where the byte reader could (benchmarks compare the two). */
	asText?: boolean;
};

/**
 * Parses a piece of a file into columns (in a parse worker, or in process). The piece at byte 0
 * skips the file's title lines and header; others start at data rows and are read from their
 * bytes when the file allows (`byte-records.ts`), else as text; both give the same result.
 */
export async function parsePiece(
	request: PieceRequest,
	options: PieceOptions = {}
): Promise<PieceResult> {
	if (!options.asText && request.start > 0 && readsBytes(request.mapping, request.format)) {
		const result = await parsePieceBytes(request, options);
		if (result) return result;
	}
	return parsePieceText(request, options);
}

/** True when pieces after the head can be read from their bytes (UTF-8, a plain delimiter, no preset). */
function readsBytes(mapping: ColumnMapping, format: FileFormat): boolean {
	return !mapping.preset && ByteRecordReader.handles(format.encoding, format.delimiter);
}

/**
 * Bytes read at a time from a piece's slice of the file, into one reused buffer. At 10M lines
 * (`bench/thread-cpu.ts`, builds alternated) 8 MB gave each parse worker 66–67k page faults against
 * 93–105k with 16 MB and 156k with 32 MB, all of Chromium 520k against 554–559k, and a renderer
 * peak 20–40 MB lower; 4 MB cut the parse workers' faults further (52k) but not Chromium's (553k:
 * more reads cost the browser more) and cost more CPU (27.3–27.6 against 25.7 CPU-s).
 */
export const READ_BYTES = 8 << 20;

/**
 * A read of a Blob's byte stream that gives nothing for this long is taken as stalled: its slice is
 * read again with `Blob.arrayBuffer()`. A read that progresses, however slowly, is never cut.
 */
export const STALLED_READ_MS = 5_000;

/**
 * Bytes `[start, end)` of `file`, `READ_BYTES` at a time, each read into the same buffer: a chunk is
 * valid until the next is asked for (the byte reader copies it at once), and no fresh memory is
 * touched per read — each new page costs a page fault, and the file's reads were half of a parse
 * worker's (`bench/README.md`). The reads come from one byte stream of the piece (`Blob.stream()`, a
 * BYOB reader): each stream moves the file's bytes through memory of its own, fresh for every
 * stream. In Chromium a read of a Blob's stream in a reused parse worker now and then never
 * settled, so a read that gives nothing for `STALLED_READ_MS` is dropped with its stream, and its
 * bytes read with `Blob.arrayBuffer()` instead (as are all where the stream has no BYOB reader); the
 * next read opens a new stream for the rest of the piece. A stream of high-water mark 0: bytes are
 * read only when the reader asks.
 */
export function sliceReads(
	file: Blob,
	start: number,
	end: number,
	stalledMs = STALLED_READ_MS
): ReadableStream<Uint8Array> {
	let at = start;
	let buffer: ArrayBuffer | null = null;
	/** The stream of the piece's bytes from `at` on; undefined until opened, null without a BYOB reader. */
	let reader: ReadableStreamBYOBReader | null | undefined;
	const drop = () => {
		reader?.cancel().catch(() => undefined);
		reader = reader === null ? null : undefined;
	};
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (at >= end) {
					drop();
					controller.close();
					return;
				}
				const from = at;
				const to = Math.min(end, from + READ_BYTES);
				at = to;
				buffer ??= new ArrayBuffer(READ_BYTES);
				if (reader === undefined) reader = byobReader(file.slice(from, end));
				const read = reader && (await readInto(reader, buffer, to - from, stalledMs));
				if (read) buffer = read.buffer as ArrayBuffer;
				else {
					// A stalled read keeps the buffer it was given, and its stream: the next read gets
					// new ones.
					if (reader) buffer = null;
					drop();
				}
				controller.enqueue(read ?? new Uint8Array(await file.slice(from, to).arrayBuffer()));
			},
			cancel: drop
		},
		{ highWaterMark: 0 }
	);
}

/** A BYOB reader of `blob`'s byte stream, or null where its stream has none. */
function byobReader(blob: Blob): ReadableStreamBYOBReader | null {
	try {
		return blob.stream().getReader({ mode: 'byob' });
	} catch {
		return null;
	}
}

/**
 * The next `length` bytes of `reader` read into `buffer` (transferred by the reads: the filled view
 * holds it now), or null when a read stalled, failed or the stream ended first.
 */
async function readInto(
	reader: ReadableStreamBYOBReader,
	buffer: ArrayBuffer,
	length: number,
	stalledMs: number
): Promise<Uint8Array<ArrayBuffer> | null> {
	let filled = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const stall = () =>
		new Promise<null>((resolve) => {
			timer = setTimeout(() => resolve(null), stalledMs);
		});
	try {
		while (filled < length) {
			const result = await Promise.race([
				reader.read(new Uint8Array(buffer, filled, length - filled)),
				stall()
			]);
			clearTimeout(timer);
			if (!result || result.done) return null;
			buffer = result.value.buffer as ArrayBuffer;
			filled += result.value.byteLength;
		}
		return new Uint8Array(buffer, 0, filled);
	} catch {
		return null;
	} finally {
		clearTimeout(timer);
	}
}

/** A piece read from its bytes, or null when the byte reader gave it back to the text path. */
async function parsePieceBytes(
	request: PieceRequest,
	options: PieceOptions
): Promise<PieceResult | null> {
	const { file, start, end, format } = request;
	const reader = new ByteRecordReader(
		sliceReads(file, start, end),
		format.delimiter,
		format.header.length,
		options.signal
	);
	const builder = pieceBuilder(request);
	for await (const _ of reader.read(builder)) {
		options.onProgress?.({ rowsRead: builder.rowsRead, bytesRead: reader.bytesRead });
		await nextMacrotask();
	}
	if (reader.declined) return null;
	const none = (): NotedLines => ({ count: 0, lines: [] });
	return {
		start,
		end,
		table: builder.finishPiece(),
		rowsRead: builder.rowsRead,
		blankLines: builder.blankLines,
		ignoredReturnLines: builder.ignoredReturnLines,
		rejected: builder.rejected.reasons(),
		futureDates: builder.futureDates,
		titleLines: [],
		sawReplacementCharacters: false,
		replacementLines: none(),
		zeroByteLines: none(),
		lineBreaks: reader.lineBreaks,
		endsInsideQuote: false,
		recovered: false,
		bytesRead: reader.bytesRead,
		readAs: 'bytes'
	};
}

/** A piece read as text: decoded, parsed by papaparse (`CsvReader`). */
async function parsePieceText(request: PieceRequest, options: PieceOptions): Promise<PieceResult> {
	const { file, start, end, mapping, format } = request;
	const chunks = streamChunks(file.slice(start, end).stream() as ReadableStream<Uint8Array>);
	const reader = new CsvReader(chunks, {
		encoding: format.encoding,
		delimiter: format.delimiter,
		signal: options.signal,
		midFile: start > 0
	});
	const preamble = start === 0 ? new Preamble(mapping) : null;
	const newBuilder = () => pieceBuilder(request);
	let builder = preamble ? null : newBuilder();
	for await (const batch of reader.batches()) {
		let first = 0;
		if (!builder) {
			first = preamble!.take(batch.rows);
			if (first < 0) continue;
			builder = newBuilder();
		}
		builder.addBatch(batch, first);
		options.onProgress?.({ rowsRead: builder.rowsRead, bytesRead: reader.bytesRead });
		await nextMacrotask();
	}
	builder ??= newBuilder();
	return {
		start,
		end,
		table: builder.finishPiece(),
		rowsRead: builder.rowsRead,
		blankLines: builder.blankLines + (preamble?.leadingBlankLines ?? 0),
		ignoredReturnLines: builder.ignoredReturnLines,
		rejected: builder.rejected.reasons(),
		futureDates: builder.futureDates,
		titleLines: preamble?.titleLines ?? [],
		sawReplacementCharacters: reader.sawReplacementCharacters,
		replacementLines: reader.replacementLines,
		zeroByteLines: reader.zeroByteLines,
		lineBreaks: reader.lineBreaks,
		endsInsideQuote: reader.recoveries.quoteAtEnd > 0,
		recovered: reader.recoveries.other > 0 || (preamble !== null && preamble.header === null),
		bytesRead: reader.bytesRead,
		readAs: 'text'
	};
}

/**
 * The format every piece shares, read from the file's head exactly as the one-worker import reads
 * it (the same reader on the same first bytes): encoding, delimiter, header, column formats. Null
 * when the file cannot be split (gzip, a workbook, space-aligned columns, no header in the head).
 */
export async function readFileFormat(
	file: Blob,
	mapping: ColumnMapping
): Promise<FileFormat | null> {
	if (hasOrderLevelRules(mapping.preset)) return null;
	// Customer attributes from the file's own columns are counted per customer over every line:
	// read in one piece (the pieces carry no such columns).
	if ((mapping.attributeColumns ?? []).length > 0) return null;
	const magic = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	if (isZip(magic) || isGzip(magic)) return null;
	const source = await openFileSource(file);
	const reader = new CsvReader(source.chunks, { delimiter: mapping.delimiter });
	const preamble = new Preamble(mapping);
	for await (const batch of reader.batches()) {
		const start = preamble.take(batch.rows);
		if (start < 0) {
			// The header is not in the first megabytes: not worth splitting.
			if (reader.bytesRead > 4 << 20) return null;
			continue;
		}
		const delimiter = reader.delimiter ?? ',';
		if (delimiter === ' ' || !reader.encoding) return null;
		const header = preamble.header!;
		return {
			encoding: reader.encoding,
			delimiter,
			header,
			formats: formatsFromBatch(mapping, header, batch.rows, start, delimiter),
			bytesPerRow: bytesPerRow(batch.rows, reader.encoding)
		};
	}
	return null;
}

/**
 * Bytes per row of `rows` as written (fields, delimiters, a line break; quotes not counted, so a
 * little under): characters × the encoding's code unit, exact for ASCII text.
 */
function bytesPerRow(rows: string[][], encoding: TextEncodingName): number {
	if (rows.length === 0) return 0;
	let characters = 0;
	for (const row of rows) for (const field of row) characters += field.length + 1;
	return (characters * unitOf(encoding).size) / rows.length;
}

/** The code unit size and byte order of an encoding, for finding line breaks in bytes. */
function unitOf(encoding: TextEncodingName): { size: 1 | 2; littleEndian: boolean } {
	if (encoding === 'utf-16le') return { size: 2, littleEndian: true };
	if (encoding === 'utf-16be') return { size: 2, littleEndian: false };
	return { size: 1, littleEndian: true };
}

/**
 * The offset just after the first line break at or after `from` (a `\r\n` kept whole), or
 * `file.size` when there is none. In UTF-16 only whole code units are looked at.
 */
export async function recordStartAfter(
	file: Blob,
	from: number,
	encoding: TextEncodingName
): Promise<number> {
	const { size, littleEndian } = unitOf(encoding);
	let at = size === 2 ? from + (from % 2) : from;
	while (at < file.size) {
		// One unit more than the window: a `\r` at its end is looked at with what follows it.
		const end = Math.min(file.size, at + BOUNDARY_WINDOW + size);
		const bytes = new Uint8Array(await file.slice(at, end).arrayBuffer());
		const unit = (i: number) =>
			size === 1
				? bytes[i]
				: littleEndian
					? bytes[i] | (bytes[i + 1] << 8)
					: (bytes[i] << 8) | bytes[i + 1];
		const last = bytes.length - size;
		for (let i = 0; i <= last && i < BOUNDARY_WINDOW; i += size) {
			const u = unit(i);
			if (u === 10) return at + i + size;
			if (u === 13) {
				if (i + size > last) {
					if (end === file.size) return file.size;
					break; // the next window starts at this `\r`
				}
				return at + i + (unit(i + size) === 10 ? 2 * size : size);
			}
		}
		at += BOUNDARY_WINDOW;
	}
	return file.size;
}

/** Piece boundaries: `[0, s1, s2, …, size]`, each after a line break at or after a split. */
export async function pieceBoundaries(
	file: Blob,
	splits: number[],
	encoding: TextEncodingName
): Promise<number[]> {
	const bounds = [0];
	for (const split of splits) {
		const at = await recordStartAfter(file, split, encoding);
		if (at > bounds[bounds.length - 1] && at < file.size) bounds.push(at);
	}
	bounds.push(file.size);
	return bounds;
}

/** Bytes of rows a parse worker reads ahead of an import (`warmUpRequest`). */
export const WARM_UP_BYTES = 2 << 20;

/**
 * Rows for a parse worker to read while the person checks the mapping, with the mapping the sniff
 * suggests, the result thrown away: V8 compiles the reader's hot code then, so that an import does
 * not spend its first second on it (at 1M lines, compiling took as much CPU as a quarter of the
 * parse). The rows just after the head, as the import's second piece starts there. Null where the
 * file would not be read in pieces from its bytes, or the mapping is not complete.
 */
export async function warmUpRequest(
	file: Blob,
	mapping: ColumnMapping
): Promise<PieceRequest | null> {
	try {
		checkMapping(mapping);
		const format = await readFileFormat(file, mapping);
		if (!format || !readsBytes(mapping, format)) return null;
		const cuts = [HEAD_PIECE_BYTES, HEAD_PIECE_BYTES + WARM_UP_BYTES];
		const bounds = await pieceBoundaries(file, cuts, format.encoding);
		if (bounds.length !== 4) return null;
		return { file, start: bounds[1], end: bounds[2], mapping, format, today: todayDay() };
	} catch {
		return null;
	}
}

/**
 * Reads `file` in parallel pieces (see the module's comment). Null when the file is not split;
 * then the caller reads it with `importOrders`. Throws what `importOrders` throws.
 */
export async function importOrdersParallel(
	file: Blob,
	mapping: ColumnMapping,
	options: ParallelOptions
): Promise<{
	table: OrdersTable;
	report: ImportReport;
	attributes: AttributesTable | null;
} | null> {
	checkMapping(mapping);
	const signal = options.signal ?? new AbortController().signal;
	const minPiece = options.minPieceBytes ?? MIN_PIECE_BYTES;
	// A multiple of the workers, so that they finish together: with three pieces on two workers,
	// the last piece would run alone while the other core idles.
	const parallel = Math.max(1, options.pieces);
	const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
	const rounds = Math.ceil(Math.max(1, file.size / pieceBytes) / parallel);
	const count = Math.min(rounds * parallel, Math.floor(file.size / minPiece));
	const splits =
		options.splitAt ??
		Array.from({ length: count - 1 }, (_, k) => Math.floor((file.size * (k + 1)) / count));
	if (splits.length === 0) return null;
	const format = await readFileFormat(file, mapping);
	if (!format) return null;
	if (signal.aborted) throw abortError();
	const today = options.today ?? todayDay();
	// The head as a piece of its own, so that every other piece starts at data rows.
	const head = readsBytes(mapping, format) ? [options.headBytes ?? HEAD_PIECE_BYTES] : [];
	const cuts = [...head, ...splits].sort((a, b) => a - b);
	const bounds = await pieceBoundaries(file, cuts, format.encoding);
	if (bounds.length < 3) return null;

	// Every piece's progress, summed.
	const progress = new Map<number, ImportProgress>();
	const report = (key: number, p: ImportProgress) => {
		progress.set(key, p);
		let rowsRead = 0;
		let bytesRead = 0;
		for (const v of progress.values()) {
			rowsRead += v.rowsRead;
			bytesRead += v.bytesRead;
		}
		options.onProgress?.({ rowsRead, bytesRead });
	};
	// One controller for every piece: the first failure (or a cancel) stops them all.
	const controller = new AbortController();
	const stop = () => controller.abort();
	signal.addEventListener('abort', stop, { once: true });
	const run = (start: number, end: number) =>
		options.runPiece(
			{ file, start, end, mapping, format, today },
			{ signal: controller.signal, onProgress: (p) => report(start, p) }
		);
	// Pieces run on `parallel` workers at a time, at most a few ahead of the merge (each finished
	// piece waits in memory until the ones before it are merged).
	const total = bounds.length - 1;
	// Pieces started and not yet merged: a merged piece's promise is dropped, or it would keep the
	// piece's columns alive (every piece, the whole table again, until the import ends).
	const running = new Map<number, Promise<PieceResult>>();
	let started = 0;
	let active = 0;
	let merged = 0;
	const launch = () => {
		while (active < parallel && started < total && started < merged + 2 * parallel) {
			const i = started++;
			active++;
			const piece = run(bounds[i], bounds[i + 1]);
			running.set(i, piece);
			piece.then(() => {
				active--;
				launch();
			}, stop);
		}
	};
	try {
		launch();
		const merger = new TableMerger(expectedRows(file.size, format));
		const tallies: PieceTally[] = [];
		// Merged in file order as they finish; each guess is checked there: a piece cut inside a
		// quoted field is read again together with the next (and the next, while it still is).
		for (let i = 0; i < total;) {
			let piece = await running.get(i)!;
			running.delete(i);
			let next = i + 1;
			while (piece.endsInsideQuote && !piece.recovered) {
				if (next === total) return null;
				progress.delete(bounds[next]);
				running.delete(next);
				piece = await run(piece.start, bounds[++next]);
			}
			if (piece.recovered) return null;
			if (signal.aborted) throw abortError();
			const { table, ...tally } = piece;
			merger.add(table);
			if (started < total) options.recycle?.(pieceBuffers(table));
			tallies.push(tally);
			i = merged = next;
			launch();
			options.onMerged?.(merger.growingColumns());
		}
		if (signal.aborted) throw abortError();
		// No attribute columns here: a file with them is read in one piece (`readFileFormat`).
		return withAttributes(
			finishImport(merger.finish(), mergeTallies(tallies, format, today)),
			null
		);
	} catch (error) {
		if (signal.aborted) throw abortError();
		throw error;
	} finally {
		signal.removeEventListener('abort', stop);
		controller.abort();
		options.recycle?.(null);
	}
}

/** The pieces' counts as the whole file's, line numbers moved past the pieces before. */
function mergeTallies(results: PieceTally[], format: FileFormat, today: number): ImportTally {
	const offsets: number[] = [];
	let lines = 0;
	for (const piece of results) {
		offsets.push(lines);
		lines += piece.lineBreaks;
	}
	const sum = (pick: (piece: PieceTally) => number) =>
		results.reduce((total, piece) => total + pick(piece), 0);
	const noted = (pick: (piece: PieceTally) => NotedLines): NotedLines => {
		const merged: NotedLines = { count: 0, lines: [] };
		results.forEach((piece, i) => {
			const { count, lines: at } = pick(piece);
			merged.count += count;
			for (const line of at) if (merged.lines.length < 10) merged.lines.push(line + offsets[i]);
		});
		return merged;
	};
	const futureDates: ImportTally['futureDates'] = { count: 0, examples: [] };
	results.forEach((piece, i) => {
		futureDates.count += piece.futureDates.count;
		for (const example of piece.futureDates.examples)
			if (futureDates.examples.length < 3)
				futureDates.examples.push({ line: example.line + offsets[i], date: example.date });
	});
	return {
		rowsRead: sum((p) => p.rowsRead),
		rejected: mergeReasons(
			results.map((p) => p.rejected),
			offsets
		),
		ignoredReturnLines: sum((p) => p.ignoredReturnLines),
		blankLines: sum((p) => p.blankLines),
		header: format.header,
		titleLines: results[0].titleLines,
		futureDates,
		adjustments: { addedReturnLines: 0, cancelledOrders: 0, spreadOrders: 0 },
		encoding: format.encoding,
		delimiter: format.delimiter,
		bytesRead: sum((p) => p.bytesRead),
		sawReplacementCharacters: results.some((p) => p.sawReplacementCharacters),
		replacementLines: noted((p) => p.replacementLines),
		zeroByteLines: noted((p) => p.zeroByteLines),
		today
	};
}
