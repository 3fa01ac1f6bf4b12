/**
 * An orders file → the columnar `OrdersTable` and an import report. Rows stream through
 * `CsvReader` and go straight into typed arrays and dictionaries; each rejected row is counted by
 * reason. The counting conventions (orders, returns, customers) are the engine's `summariseOrders`.
 */
import { summariseOrders } from '../engine/tables/order-totals';
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import { CsvReader } from './csv-reader';
import type { NotedLines } from './csv-reader';
import type { AdjustmentCounts } from './order-adjustments';
import { decideColumnFormats, isBlank, OrdersBuilder } from './orders-builder';
import type { ColumnFormats } from './orders-builder';
import type { RequiredRole } from './ingest-refusals';
import { describeImportWarning, type ImportWarning } from './import-warnings';
import { IngestError, MAPPABLE_ROLES } from './types';
import type {
	ColumnMapping,
	ColumnRole,
	ImportProgress,
	ImportReport,
	RejectedReason,
	TextEncodingName
} from './types';

export interface ImportOptions {
	/** Skip detection (the sniff's answer, or the user's choice). */
	encoding?: TextEncodingName;
	delimiter?: string;
	/** Aborting stops the import between chunks with an `AbortError`. */
	signal?: AbortSignal;
	/** Called after every chunk (about 1 MB). */
	onProgress?: (progress: ImportProgress) => void;
	/** Bytes parsed per step (default 1 MB); for tests of chunk boundaries. */
	chunkBytes?: number;
	/**
	 * Days since 1970-01-01 of "today", only to warn about lines dated after it (default: the
	 * current UTC date). No figure depends on it.
	 */
	today?: number;
}

/** Data rows of the first chunk used to decide each numeric column's decimal separator. */
const FORMAT_SAMPLE_ROWS = 5000;

/**
 * The rows before the data: leading blank lines, title lines (`mapping.skipRows`) and the header.
 * `take` consumes them from the first batches and says where the data starts.
 */
export class Preamble {
	leadingBlankLines = 0;
	readonly titleLines: string[] = [];
	/** The header (or the roles' names in a file without one), once found. */
	header: string[] | null = null;
	#titleRowsLeft: number;

	constructor(private readonly mapping: ColumnMapping) {
		this.#titleRowsLeft = mapping.skipRows ?? 0;
	}

	/** The index of the first data row of `rows`, or -1 when the header is not in them. */
	take(rows: string[][]): number {
		let start = 0;
		for (; start < rows.length; start++) {
			const row = rows[start];
			if (isBlank(row)) this.leadingBlankLines++;
			else if (this.#titleRowsLeft > 0) {
				this.#titleRowsLeft--;
				this.titleLines.push(row.join(' ').trim().slice(0, 100));
			} else break;
		}
		if (start === rows.length) return -1;
		const first = rows[start];
		checkHeader(this.mapping, first);
		const hasHeader = this.mapping.hasHeader ?? true;
		this.header = hasHeader ? first : namesOfRoles(this.mapping.roles);
		return hasHeader ? start + 1 : start;
	}
}

/** The column formats decided from the first data rows of a batch (as the one-worker import does). */
export function formatsFromBatch(
	mapping: ColumnMapping,
	header: string[],
	rows: string[][],
	start: number,
	delimiter: string
): ColumnFormats {
	return decideColumnFormats(
		mapping,
		header,
		rows.slice(start, start + FORMAT_SAMPLE_ROWS),
		delimiter
	);
}

/** Days since 1970-01-01 of today (UTC). */
export function todayDay(): number {
	return Math.floor(Date.now() / 86_400_000);
}

/**
 * Streams an orders file into an `OrdersTable` per `mapping`. Throws `IngestError` when the
 * mapping lacks a required role, when the header does not match it, or when no row is usable;
 * throws an `AbortError` when `options.signal` aborts.
 */
export async function importOrders(
	source: AsyncIterable<Uint8Array>,
	mapping: ColumnMapping,
	options: ImportOptions = {}
): Promise<{ table: OrdersTable; report: ImportReport; attributes: AttributesTable | null }> {
	checkMapping(mapping);
	const reader = new CsvReader(source, {
		...options,
		delimiter: options.delimiter ?? mapping.delimiter
	});
	const today = options.today ?? todayDay();
	const preamble = new Preamble(mapping);
	let builder: OrdersBuilder | null = null;
	for await (const batch of reader.batches()) {
		let start = 0;
		if (!builder) {
			start = preamble.take(batch.rows);
			if (start < 0) continue;
			const header = preamble.header!;
			const delimiter = reader.delimiter ?? ',';
			const formats = formatsFromBatch(mapping, header, batch.rows, start, delimiter);
			builder = new OrdersBuilder(mapping, header, formats, delimiter, today);
		}
		builder.addBatch(batch, start);
		options.onProgress?.({ rowsRead: builder.rowsRead, bytesRead: reader.bytesRead });
		// Let a worker handle its messages (a cancel) between chunks of an already-buffered stream.
		await nextMacrotask();
	}
	if (!builder) throw new IngestError({ code: 'no-header-no-data' });
	if (builder.rowsRead === 0) {
		throw new IngestError({ code: 'header-no-data', header: [...builder.header] });
	}
	const table = builder.finish();
	const finished = finishImport(table, {
		rowsRead: builder.rowsRead,
		rejected: builder.rejected.reasons(),
		ignoredReturnLines: builder.ignoredReturnLines,
		blankLines: builder.blankLines + preamble.leadingBlankLines,
		header: builder.header,
		titleLines: preamble.titleLines,
		futureDates: builder.futureDates,
		adjustments: builder.adjustments,
		encoding: reader.encoding ?? 'utf-8',
		delimiter: reader.delimiter ?? ',',
		bytesRead: reader.bytesRead,
		sawReplacementCharacters: reader.sawReplacementCharacters,
		replacementLines: reader.replacementLines,
		zeroByteLines: reader.zeroByteLines,
		today
	});
	return withAttributes(finished, builder.attributes);
}

/**
 * An import's result with the customer attributes taken from its own columns
 * (`ColumnMapping.attributeColumns`), named in the report.
 */
export function withAttributes(
	imported: { table: OrdersTable; report: ImportReport },
	attributes: AttributesTable | null
): { table: OrdersTable; report: ImportReport; attributes: AttributesTable | null } {
	if (!attributes) return { ...imported, attributes: null };
	const attributeColumns = attributes.columns.map((column) => column.name);
	return { ...imported, report: { ...imported.report, attributeColumns }, attributes };
}

/** Everything an import counted besides the table: what its report and warnings are made of. */
export interface ImportTally {
	rowsRead: number;
	rejected: RejectedReason[];
	ignoredReturnLines: number;
	/** Blank lines, leading ones included. */
	blankLines: number;
	header: string[];
	titleLines: string[];
	futureDates: { count: number; examples: { line: number; date: string }[] };
	adjustments: AdjustmentCounts;
	encoding: TextEncodingName;
	delimiter: string;
	bytesRead: number;
	sawReplacementCharacters: boolean;
	replacementLines: NotedLines;
	zeroByteLines: NotedLines;
	today: number;
}

/**
 * The import's report from its table and tally (shared by the one-worker and the parallel import).
 * Throws `IngestError` when no line could be used.
 */
export function finishImport(
	table: OrdersTable,
	tally: ImportTally
): { table: OrdersTable; report: ImportReport } {
	if (table.rowCount === 0) {
		throw new IngestError({
			code: 'no-usable-rows',
			rows: tally.rowsRead,
			rejected: tally.rejected.map(({ reason, label, count }) => ({ reason, label, count })),
			ignoredReturnLines: tally.ignoredReturnLines
		});
	}
	const totals = summariseOrders(table);
	const warningCauses = importWarnings(tally);
	const report: ImportReport = {
		rowsRead: tally.rowsRead,
		lines: table.rowCount,
		rejected: tally.rejected,
		ignoredReturnLines: tally.ignoredReturnLines,
		blankLines: tally.blankLines,
		addedReturnLines: tally.adjustments.addedReturnLines,
		customers: totals.customers,
		returnsOnlyCustomers: totals.returnsOnlyCustomers,
		orders: totals.orders,
		returns: totals.returns,
		netRevenue: totals.netRevenue,
		returnsOnlyRevenue: totals.returnsOnlyRevenue,
		firstDay: totals.firstDay,
		lastDay: totals.lastDay,
		encoding: tally.encoding,
		delimiter: tally.delimiter,
		bytesRead: tally.bytesRead,
		warnings: warningCauses.map(describeImportWarning),
		warningCauses
	};
	return { table, report };
}

/** Throws `IngestError` unless the mapping names a customer, a date and an amount (or quantity × price). */
export function checkMapping(mapping: ColumnMapping): void {
	for (const role of MAPPABLE_ROLES) {
		const columns = mapping.roles.flatMap((r, i) => (r === role ? [i + 1] : []));
		if (columns.length > 1) {
			throw new IngestError({ code: 'role-twice', role, columns });
		}
	}
	const has = (role: ColumnRole) => mapping.roles.includes(role);
	// Every missing role in one message, so that the person fixes the mapping once.
	const missing: RequiredRole[] = [];
	if (!has('customer')) missing.push('customer');
	if (!has('date')) missing.push('date');
	if (!has('amount') && !(has('quantity') && has('unitPrice'))) missing.push('amount');
	if (missing.length === 0) return;
	throw new IngestError({ code: 'roles-missing', missing });
}

/** What the import noticed but did not refuse: title lines, stray bytes, future dates … */
function importWarnings(tally: ImportTally): ImportWarning[] {
	const { titleLines, today } = tally;
	const warnings: ImportWarning[] = [];
	if (titleLines.length > 0) warnings.push({ code: 'title-lines', lines: titleLines });
	if (tally.sawReplacementCharacters) {
		warnings.push({
			code: 'invalid-bytes',
			encoding: tally.encoding,
			lines: noted(tally.replacementLines)
		});
	}
	if (tally.zeroByteLines.count > 0) {
		warnings.push({ code: 'zero-bytes', lines: noted(tally.zeroByteLines) });
	}
	const duplicates = duplicateColumns(tally.header);
	if (duplicates) warnings.push(duplicates);
	const { cancelledOrders, addedReturnLines, spreadOrders } = tally.adjustments;
	if (cancelledOrders > 0) {
		warnings.push(
			addedReturnLines > 0
				? { code: 'cancelled-as-returns', orders: cancelledOrders, returnLines: addedReturnLines }
				: { code: 'cancelled-kept', orders: cancelledOrders }
		);
	}
	if (spreadOrders > 0) warnings.push({ code: 'spread-orders', orders: spreadOrders });
	const future = tally.futureDates;
	if (future.count > 0) {
		warnings.push({
			code: 'future-dates',
			count: future.count,
			today,
			examples: future.examples.map((e) => ({ line: e.line, date: e.date }))
		});
	}
	return warnings;
}

/** A copy of noted lines (the reader's own object keeps changing while a file is read). */
const noted = ({ count, lines }: NotedLines): NotedLines => ({ count, lines: [...lines] });

/** Header names used by more than one column (with their 1-based columns), or null. */
export function duplicateColumns(
	header: string[]
): Extract<ImportWarning, { code: 'duplicate-columns' }> | null {
	const columns = new Map<string, number[]>();
	header.forEach((name, c) => {
		const key = name.trim().toLowerCase();
		if (key !== '') columns.set(key, [...(columns.get(key) ?? []), c + 1]);
	});
	const repeated = [...columns].filter(([, at]) => at.length > 1);
	if (repeated.length === 0) return null;
	return {
		code: 'duplicate-columns',
		columns: repeated.map(([, at]) => ({ name: header[at[0] - 1].trim(), at }))
	};
}

/** A warning naming header names used by more than one column, or null. */
export function duplicateHeaderWarning(header: string[]): string | null {
	const duplicates = duplicateColumns(header);
	return duplicates && describeImportWarning(duplicates);
}

/** Column names of a file without a header: each mapped column is named after its role. */
export function namesOfRoles(roles: ColumnRole[]): string[] {
	return roles.map((role, c) => (role === 'ignore' ? `column ${c + 1}` : role));
}

function checkHeader(mapping: ColumnMapping, header: string[]): void {
	if (header.length !== mapping.roles.length) {
		throw new IngestError({ code: 'header-mismatch', mapped: mapping.roles.length, header });
	}
}

/** The channel `nextMacrotask` posts to, and who waits on it, in order. */
let turns: { channel: MessageChannel; waiting: (() => void)[] } | null = null;

/**
 * Resolves on the next turn of the event loop (not a microtask), so that a worker can receive a
 * cancel message while the parse runs on a stream whose data is already buffered. One channel for
 * the whole realm, held here: a channel made per call and referenced only by its own handler can
 * be collected with its message still pending (Chromium), and the parse then never resumes — a
 * parse worker reading piece after piece hung that way about one import in two.
 */
export function nextMacrotask(): Promise<void> {
	if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
	if (!turns) {
		const channel = new MessageChannel();
		const waiting: (() => void)[] = [];
		channel.port1.onmessage = () => waiting.shift()?.();
		turns = { channel, waiting };
	}
	const { channel, waiting } = turns;
	return new Promise((resolve) => {
		waiting.push(resolve);
		channel.port2.postMessage(null);
	});
}
