/**
 * A whole dataset read in the browser: the orders file streamed into columns, then the optional
 * customers and tickets files matched against its customers, with progress; or the demo business.
 * What the worker saves and keeps open — it only adds storage and the dataset's id.
 */
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { generateDemoBusiness } from './demo/index';
import { explainOutOfMemory } from './explain-out-of-memory';
import { openFileSource, readHead, textChunks } from './file-source';
import { mergeAttributes } from './derive-attributes';
import { importAttributes } from './import-attributes';
import { checkTicketMapping, importTickets } from './import-tickets';
import type { TicketMapping, TicketsReport } from './import-tickets';
import { importOrders } from './import-orders';
import { importOrdersParallel } from './parallel-import';
import type { ParallelOptions } from './parallel-import';
import { sniffOrders } from './sniff-orders';
import { sniffTickets } from './sniff-tickets';
import type { AttributesWarning } from './import-warnings';
import type { ColumnMapping, ImportProgress, ImportReport, RejectedReason } from './types';

/** The source file name of the demo business's orders (how the page finds a kept demo). */
export const DEMO_SOURCE_FILE_NAME = 'demo-orders.csv';

/** One progress report of a dataset read (the worker's `ProgressInfo` has the same shape). */
export interface ReadProgress {
	phase: string;
	bytes?: number;
	totalBytes?: number;
	rows?: number;
	message?: string;
}

export interface ReadContext {
	signal: AbortSignal;
	progress: (progress: ReadProgress) => void;
	/**
	 * Where the pieces of a large orders file are parsed in parallel (the analysis worker's parse
	 * workers), and into how many; without it, or for a file the parallel import declines, the
	 * file is read in one piece.
	 */
	parallel?: Pick<ParallelOptions, 'pieces' | 'runPiece' | 'onMerged' | 'recycle'> | null;
}

export interface AttributesSummary {
	fileName: string;
	rowsRead: number;
	customers: number;
	numericColumns: string[];
	categoricalColumns: string[];
	/** Ids of the customers file that are customers of the orders file. */
	matched: number;
	/** Ids of the customers file with no line in the orders file (reported, not joined). */
	unmatched: number;
	/** The first few unmatched ids, as examples. */
	unmatchedExamples: string[];
	/**
	 * Rows of the customers file left out, by reason with examples and line numbers, and rows that
	 * repeated an id (absent from summaries stored before they were shown).
	 */
	rejected?: RejectedReason[];
	duplicates?: number;
	/** What the import noticed, in English and by code (`import-warnings.ts`). */
	warnings?: string[];
	warningCauses?: AttributesWarning[];
}

/** The tickets file's import report, with its name (`report.matching` is always filled here). */
export interface TicketsSummary extends TicketsReport {
	fileName: string;
}

/** The files of one import: the orders file and its confirmed mapping, and the optional others. */
export interface DatasetFiles {
	file: Blob;
	fileName: string;
	mapping: ColumnMapping;
	attributesFile: Blob | null;
	attributesFileName: string | null;
	/** The optional tickets file and its confirmed mapping (both or neither). */
	ticketsFile?: Blob | null;
	ticketsFileName?: string | null;
	ticketsMapping?: TicketMapping | null;
}

/** A dataset read into columns, with its reports. */
export interface ReadDataset {
	name: string;
	sourceFileName: string;
	sourceSize: number;
	mapping: ColumnMapping;
	orders: OrdersTable;
	report: ImportReport;
	/**
	 * The customer attributes: the customers file's (with its `summary`) and those taken from the
	 * orders file's own columns (`mapping.attributeColumns`, named in `report.attributeColumns`),
	 * merged into one table; `summary` is null without a customers file.
	 */
	attributes: { table: AttributesTable; summary: AttributesSummary | null } | null;
	tickets: { table: TicketsTable; summary: TicketsSummary } | null;
	parseSeconds: number;
}

/** Sends at most one progress message per interval. */
function throttle(progress: (p: ReadProgress) => void, intervalMs = 100) {
	let last = 0;
	return (p: ReadProgress) => {
		const now = performance.now();
		if (now - last >= intervalMs) {
			last = now;
			progress(p);
		}
	};
}

/**
 * A sniff of a file's head, with the file's name, size and compression, and for an Excel workbook
 * its sheet names in order (absent for text files).
 */
export type SniffedFile<T> = T & {
	fileName: string;
	fileSize: number;
	gzip: boolean;
	sheets?: string[];
};

/**
 * A file's head sniffed as orders or tickets, with its name, size and compression; a workbook's
 * `sheet` (by name; default the first) is the one read, and its sheet names are listed.
 */
export async function sniffFile<T>(
	file: Blob,
	fileName: string,
	sniff: (head: Uint8Array, isComplete: boolean) => T,
	sheet?: string | null
): Promise<SniffedFile<T>> {
	const source = await openFileSource(file, { sheet, listSheets: true });
	const { head, isComplete } = await readHead(source.chunks);
	return {
		...sniff(head, isComplete),
		fileName,
		fileSize: file.size,
		gzip: source.gzip,
		...(source.sheets ? { sheets: source.sheets } : {})
	};
}

async function readAttributes(
	chunks: AsyncIterable<Uint8Array>,
	fileName: string,
	signal: AbortSignal,
	orders: OrdersTable
): Promise<{ table: AttributesTable; summary: AttributesSummary }> {
	const { table, report } = await importAttributes(chunks, { signal });
	// One entry per customer (not per line): a Set of ids is cheap here.
	const known = new Set(orders.customer.values);
	const unmatchedIds = table.customerIds.filter((id) => !known.has(id));
	return {
		table,
		summary: {
			fileName,
			rowsRead: report.rowsRead,
			customers: report.customers,
			numericColumns: report.numericColumns,
			categoricalColumns: report.categoricalColumns,
			matched: table.customerIds.length - unmatchedIds.length,
			unmatched: unmatchedIds.length,
			unmatchedExamples: unmatchedIds.slice(0, 5),
			rejected: report.rejected,
			duplicates: report.duplicates,
			warnings: report.warnings,
			warningCauses: report.warningCauses
		}
	};
}

async function readTickets(
	chunks: AsyncIterable<Uint8Array>,
	fileName: string,
	mapping: TicketMapping,
	signal: AbortSignal,
	orders: OrdersTable
): Promise<{ table: TicketsTable; summary: TicketsSummary }> {
	const { table, report } = await importTickets(chunks, mapping, {
		signal,
		customerIds: orders.customer.values
	});
	return { table, summary: { ...report, fileName } };
}

/**
 * Reads an orders file (and its customers and tickets files) into columns. A bad tickets mapping
 * is refused before the orders are read; a tab out of memory gets a message saying how far it got.
 * Throws `IngestError` for unreadable or unusable files, an AbortError when cancelled.
 */
export async function readDatasetFiles(
	files: DatasetFiles,
	context: ReadContext
): Promise<ReadDataset> {
	const { file, fileName, mapping, attributesFile, attributesFileName } = files;
	const { ticketsFile, ticketsFileName, ticketsMapping } = files;
	if (ticketsFile && ticketsMapping) checkTicketMapping(ticketsMapping);
	const send = throttle(context.progress);
	const parseStart = performance.now();
	let rowsSoFar = 0;
	let bytesSoFar = 0;
	const onProgress = ({ rowsRead, bytesRead }: ImportProgress) => {
		rowsSoFar = rowsRead;
		bytesSoFar = bytesRead;
		send({
			phase: 'parsing',
			bytes: bytesRead,
			totalBytes: file.size,
			rows: rowsRead,
			message: 'Parsing'
		});
	};
	const read = async () => {
		const parallel = context.parallel
			? await importOrdersParallel(file, mapping, {
					...context.parallel,
					signal: context.signal,
					onProgress
				})
			: null;
		if (parallel) return parallel;
		rowsSoFar = 0;
		const source = await openFileSource(file, { sheet: mapping.sheet });
		return importOrders(source.chunks, mapping, {
			signal: context.signal,
			onProgress: ({ rowsRead }) => onProgress({ rowsRead, bytesRead: source.bytesRead() })
		});
	};
	const imported = await read().catch((error: unknown) => {
		throw explainOutOfMemory(error, rowsSoFar, bytesSoFar, file.size);
	});
	const { table, report } = imported;
	let fromFile: { table: AttributesTable; summary: AttributesSummary } | null = null;
	if (attributesFile) {
		context.progress({ phase: 'attributes', message: 'Reading the customers file' });
		const attributeSource = await openFileSource(attributesFile);
		fromFile = await readAttributes(
			attributeSource.chunks,
			attributesFileName ?? 'customers file',
			context.signal,
			table
		);
	}
	// A file with attribute columns is read in one piece (`importOrdersParallel` declines it).
	const derived = imported.attributes;
	const merged = mergeAttributes(fromFile?.table ?? null, derived);
	const attributes = merged ? { table: merged, summary: fromFile?.summary ?? null } : null;
	let tickets: ReadDataset['tickets'] = null;
	if (ticketsFile && ticketsMapping) {
		context.progress({ phase: 'tickets', message: 'Reading the tickets file' });
		const ticketSource = await openFileSource(ticketsFile);
		tickets = await readTickets(
			ticketSource.chunks,
			ticketsFileName ?? 'tickets file',
			ticketsMapping,
			context.signal,
			table
		);
	}
	return {
		name: fileName.replace(/\.(csv|tsv|txt)(\.gz)?$/i, ''),
		sourceFileName: fileName,
		sourceSize: file.size,
		mapping,
		orders: table,
		report,
		attributes,
		tickets,
		parseSeconds: (performance.now() - parseStart) / 1000
	};
}

/** Bytes as 1 MB slices (views, not copies), the way a file is read. */
async function* byteChunks(bytes: Uint8Array, chunkBytes = 1 << 20): AsyncIterable<Uint8Array> {
	for (let start = 0; start < bytes.length; start += chunkBytes)
		yield bytes.subarray(start, start + chunkBytes);
}

/**
 * The demo business of `seed` (orders, customers and tickets files) read as a user's would be,
 * with its steps as progress (generating, parsing with the bytes read, attributes, tickets).
 */
export async function readDemoDataset(seed: number, context: ReadContext): Promise<ReadDataset> {
	context.progress({ phase: 'generating', message: 'Generating the demo business' });
	const parseStart = performance.now();
	const demo = generateDemoBusiness({ seed });
	// Encoded once: the sniff reads its head, the import its 1 MB slices (the reader's streaming
	// decoder joins a character cut between two), and the bar its share of the bytes read.
	const ordersBytes = new TextEncoder().encode(demo.ordersCsv);
	const head = ordersBytes.subarray(0, 1 << 20);
	const { mapping } = sniffOrders(head, head.length === ordersBytes.length);
	const send = throttle(context.progress);
	const { table, report } = await importOrders(byteChunks(ordersBytes), mapping, {
		signal: context.signal,
		onProgress: ({ rowsRead, bytesRead }) =>
			send({
				phase: 'parsing',
				rows: rowsRead,
				bytes: bytesRead,
				totalBytes: ordersBytes.length,
				message: 'Parsing the demo orders'
			})
	});
	context.progress({ phase: 'attributes', message: 'Reading the customers file' });
	const attributes = await readAttributes(
		textChunks(demo.customersCsv),
		'demo-customers.csv',
		context.signal,
		table
	);
	context.progress({ phase: 'tickets', message: 'Reading the tickets file' });
	const ticketsHead = await readHead(textChunks(demo.ticketsCsv));
	const tickets = await readTickets(
		textChunks(demo.ticketsCsv),
		'demo-tickets.csv',
		sniffTickets(ticketsHead.head, ticketsHead.isComplete).mapping,
		context.signal,
		table
	);
	return {
		name: demo.name,
		sourceFileName: DEMO_SOURCE_FILE_NAME,
		sourceSize: ordersBytes.length,
		mapping,
		orders: table,
		report,
		attributes,
		tickets,
		parseSeconds: (performance.now() - parseStart) / 1000
	};
}
