/**
 * Node side of ingest for the command line (and tests, benchmarks): a path (`.csv`, `.tsv`,
 * `.csv.gz` …) → byte chunks → the same `sniffOrders` / `importOrders` as the page's worker.
 * gzip is recognised by its magic bytes, not the file name.
 */
import { createReadStream, openAsBlob } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { TransformOptions } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ZlibOptions } from 'node:zlib';
import type { AttributesTable, OrdersTable } from '../lib/engine/tables/orders-table';
import type { TicketsTable } from '../lib/engine/tables/tickets-table';
import {
	checkMapping,
	checkTicketMapping,
	importAttributes,
	importOrders,
	importOrdersParallel,
	importTickets,
	IngestError,
	isGzip,
	isZip,
	offerSpareBuffers,
	parsePiece,
	sniffOrders,
	sniffTickets,
	xlsxToCsv
} from '../lib/ingest/index';
import type {
	AttributesReport,
	ColumnMapping,
	ImportProgress,
	ImportReport,
	SniffResult,
	TicketsReport,
	TicketsSniff
} from '../lib/ingest/index';

const HEAD_BYTES = 1 << 20;
const READ_BYTES = 1 << 20;

/**
 * The decompressed bytes of a file as chunks; errors say which file and what went wrong. For an
 * Excel workbook, `sheet` (by name; default the first) is the sheet read — a name the workbook
 * lacks is an `IngestError` naming its sheets; a text file has no sheets to choose.
 */
export async function openChunks(
	path: string,
	sheet?: string | null
): Promise<{ chunks: AsyncIterable<Uint8Array>; gzip: boolean }> {
	const magic = await readMagic(path);
	if (isZip(magic)) {
		// An Excel workbook: one sheet as CSV bytes, the same path the page's worker takes.
		const bytes = await readFile(path);
		const csv = await xlsxToCsv(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
			sheet || 1
		);
		return {
			chunks: (async function* () {
				yield csv;
			})(),
			gzip: false
		};
	}
	if (sheet) {
		throw new IngestError(
			`${path} is not an Excel workbook (.xlsx): it has no sheet “${sheet}” to choose.`
		);
	}
	const gzip = isGzip(magic);
	return { chunks: translateErrors(path, () => fileStream(path, gzip)), gzip };
}

/** The first `limit` decompressed bytes, and whether that is the whole file. */
export async function readFileHead(
	path: string,
	limit = HEAD_BYTES,
	sheet?: string | null
): Promise<{ head: Uint8Array; isComplete: boolean }> {
	const { chunks } = await openChunks(path, sheet);
	const parts: Uint8Array[] = [];
	let length = 0;
	let isComplete = true;
	for await (const chunk of chunks) {
		parts.push(chunk);
		length += chunk.byteLength;
		if (length >= limit) {
			isComplete = false;
			break;
		}
	}
	const head = new Uint8Array(Math.min(length, limit));
	let offset = 0;
	for (const part of parts) {
		const take = Math.min(part.byteLength, head.length - offset);
		head.set(part.subarray(0, take), offset);
		offset += take;
	}
	return { head, isComplete };
}

export interface LoadOrdersOptions {
	/** Overrides of the suggested mapping (roles, date order, return prefix, returns). */
	mapping?: Partial<ColumnMapping>;
	/**
	 * Header names of columns to keep as customer attributes (`--attribute-column Country`): each
	 * customer's most frequent value. A name the file lacks, or a column read for a role, is an
	 * `IngestError` naming the columns.
	 */
	attributeColumns?: string[];
	signal?: AbortSignal;
	onProgress?: (progress: ImportProgress) => void;
}

export interface LoadedOrders {
	table: OrdersTable;
	report: ImportReport;
	sniff: SniffResult;
	/** The mapping used: the sniff's suggestion with `options.mapping` applied. */
	mapping: ColumnMapping;
	gzip: boolean;
	/** The customer attributes taken from the file's own columns (`attributeColumns`), or null. */
	attributes: AttributesTable | null;
}

/** The header's columns named in `names` (case and spaces aside), for `--attribute-column`. */
function attributeColumnIndices(sniff: SniffResult, mapping: ColumnMapping, names: string[]) {
	const key = (name: string) => name.trim().toLowerCase();
	const columns = sniff.header.map((name) => `“${name}”`).join(', ');
	return names.map((name) => {
		const column = sniff.header.findIndex((header) => key(header) === key(name));
		if (column < 0)
			throw new IngestError(`The file has no column “${name}”. The file's columns: ${columns}.`);
		if (mapping.roles[column] !== 'ignore')
			throw new IngestError(
				`“${sniff.header[column]}” is read as the ${mapping.roles[column]} column: it cannot also be a customer attribute.`
			);
		return column;
	});
}

/**
 * Sniffs and imports an orders file with the suggested mapping (as a user who accepts every
 * suggestion would). Throws `IngestError` for unreadable or unusable files.
 */
export async function loadOrdersFile(
	path: string,
	options: LoadOrdersOptions = {}
): Promise<LoadedOrders> {
	// `mapping.sheet`: a workbook's sheet (`--sheet`), read for the sniff and the import alike.
	const sheet = options.mapping?.sheet;
	const { head, isComplete } = await readFileHead(path, HEAD_BYTES, sheet);
	const sniff = sniffOrders(head, isComplete);
	const mapping: ColumnMapping = { ...sniff.mapping, ...options.mapping };
	if (options.attributeColumns?.length)
		mapping.attributeColumns = attributeColumnIndices(sniff, mapping, options.attributeColumns);
	try {
		checkMapping(mapping);
	} catch (error) {
		// On the command line there is no mapping step: say which columns the file has.
		const columns = sniff.header.map((name) => `“${name}”`).join(', ');
		throw new IngestError(`${(error as Error).message} The file's columns: ${columns}.`);
	}
	const pieces = await importInPieces(path, mapping, options);
	if (pieces) return { ...pieces, sniff, mapping, gzip: false };
	const { chunks, gzip } = await openChunks(path, sheet);
	const { table, report, attributes } = await importOrders(chunks, mapping, {
		encoding: sniff.encoding,
		delimiter: sniff.delimiter,
		signal: options.signal,
		onProgress: options.onProgress
	});
	return { table, report, sniff, mapping, gzip, attributes };
}

/**
 * A large plain CSV read as the page reads it (`importOrdersParallel`): its head, then pieces
 * read from their bytes — here in this process, so the gain is the byte reader's, not more cores.
 * The same table and report as `importOrders` (`ingest/byte-records.test.ts`). Null for a file
 * the parallel import declines (small, gzip, a workbook, space-aligned, attribute columns …).
 */
async function importInPieces(
	path: string,
	mapping: ColumnMapping,
	options: LoadOrdersOptions
): Promise<Pick<LoadedOrders, 'table' | 'report' | 'attributes'> | null> {
	const blob = await openAsBlob(path);
	// One piece at a time: the same merge, with only the growing table and one piece in memory.
	return importOrdersParallel(blob, mapping, {
		pieces: 1,
		runPiece: (request, pieceOptions) => parsePiece(request, pieceOptions),
		recycle: offerSpareBuffers,
		signal: options.signal,
		onProgress: options.onProgress
	});
}

/** Imports a customers (attributes) file. Throws `IngestError` for unreadable or unusable files. */
export async function loadAttributesFile(
	path: string,
	options: { customerColumn?: number; signal?: AbortSignal } = {}
): Promise<{ table: AttributesTable; report: AttributesReport }> {
	const { chunks } = await openChunks(path);
	return importAttributes(chunks, options);
}

/**
 * Sniffs and imports a tickets file with the suggested mapping; `customerIds` (the orders'
 * `customer.values`) lets the report count tickets matched to customers. Throws `IngestError`.
 */
export async function loadTicketsFile(
	path: string,
	options: { customerIds?: readonly string[]; signal?: AbortSignal } = {}
): Promise<{ table: TicketsTable; report: TicketsReport; sniff: TicketsSniff }> {
	const { head, isComplete } = await readFileHead(path);
	const sniff = sniffTickets(head, isComplete);
	try {
		checkTicketMapping(sniff.mapping);
	} catch (error) {
		const columns = sniff.header.map((name) => `“${name}”`).join(', ');
		throw new IngestError(`${(error as Error).message} The file's columns: ${columns}.`);
	}
	const { chunks } = await openChunks(path);
	const { table, report } = await importTickets(chunks, sniff.mapping, {
		encoding: sniff.encoding,
		delimiter: sniff.delimiter,
		signal: options.signal,
		customerIds: options.customerIds
	});
	return { table, report, sniff };
}

async function readMagic(path: string): Promise<Uint8Array> {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (error) {
		throw new IngestError(describeFileError(path, error));
	}
	try {
		const magic = new Uint8Array(4);
		const { bytesRead } = await handle.read(magic, 0, 4, 0);
		return magic.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

function fileStream(path: string, gzip: boolean): AsyncIterable<Uint8Array> {
	const file = createReadStream(path, { highWaterMark: READ_BYTES });
	if (!gzip) return file;
	// A deep read-ahead lets zlib (on libuv's thread pool) inflate while the main thread parses.
	const options: ZlibOptions & TransformOptions = {
		chunkSize: 256 * 1024,
		readableHighWaterMark: 4 << 20
	};
	const gunzip = createGunzip(options);
	file.on('error', (error) => gunzip.destroy(error));
	return file.pipe(gunzip);
}

/** Node's stream errors (a missing file, damaged gzip data) as `IngestError`s that name the file. */
async function* translateErrors(
	path: string,
	open: () => AsyncIterable<Uint8Array>
): AsyncIterable<Uint8Array> {
	try {
		yield* open();
	} catch (error) {
		if (error instanceof IngestError || (error instanceof Error && error.name === 'AbortError')) {
			throw error;
		}
		throw new IngestError(describeFileError(path, error));
	}
}

function describeFileError(path: string, error: unknown): string {
	const code = (error as { code?: string }).code ?? '';
	const message = error instanceof Error ? error.message : String(error);
	if (code === 'ENOENT') return `No such file: ${path}`;
	if (code === 'EISDIR') return `${path} is a folder, not a file.`;
	if (code === 'EACCES') return `${path} cannot be read (permission denied).`;
	if (code.startsWith('Z_') || /incorrect header|unexpected end of file|invalid/i.test(message)) {
		return `${path} starts like a gzip file but its compressed data is damaged or cut short (${message}).`;
	}
	return `${path} could not be read: ${message}`;
}
