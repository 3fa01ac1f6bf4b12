/**
 * An orders file → the columnar `OrdersTable` and an import report. Rows stream through
 * `CsvReader` and go straight into typed arrays and dictionaries; each rejected row is counted by
 * reason. The counting conventions (orders, returns, customers) are the engine's `summariseOrders`.
 */
import { summariseOrders } from '../engine/tables/order-totals';
import type { OrdersTable } from '../engine/tables/orders-table';
import { formatDay } from '../engine/tables/orders-table';
import { CsvReader } from './csv-reader';
import type { NotedLines } from './csv-reader';
import { isBlank, OrdersBuilder } from './orders-builder';
import { IngestError } from './types';
import type {
	ColumnMapping,
	ColumnRole,
	ImportProgress,
	ImportReport,
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
 * Streams an orders file into an `OrdersTable` per `mapping`. Throws `IngestError` when the
 * mapping lacks a required role, when the header does not match it, or when no row is usable;
 * throws an `AbortError` when `options.signal` aborts.
 */
export async function importOrders(
	source: AsyncIterable<Uint8Array>,
	mapping: ColumnMapping,
	options: ImportOptions = {}
): Promise<{ table: OrdersTable; report: ImportReport }> {
	checkMapping(mapping);
	const reader = new CsvReader(source, options);
	const today = options.today ?? Math.floor(Date.now() / 86_400_000);
	const hasHeader = mapping.hasHeader ?? true;
	let titleRowsLeft = mapping.skipRows ?? 0;
	const titleLines: string[] = [];
	let builder: OrdersBuilder | null = null;
	let leadingBlankLines = 0;
	for await (const batch of reader.batches()) {
		let start = 0;
		if (!builder) {
			for (; start < batch.rows.length; start++) {
				const row = batch.rows[start];
				if (isBlank(row)) leadingBlankLines++;
				else if (titleRowsLeft > 0) {
					titleRowsLeft--;
					titleLines.push(row.join(' ').trim().slice(0, 100));
				} else break;
			}
			if (start === batch.rows.length) continue;
			const first = batch.rows[start];
			checkHeader(mapping, first);
			const header = hasHeader ? first : namesOfRoles(mapping.roles);
			if (hasHeader) start++;
			const sample = batch.rows.slice(start, start + FORMAT_SAMPLE_ROWS);
			builder = new OrdersBuilder(mapping, header, sample, reader.delimiter ?? ',', today);
		}
		builder.addBatch(batch, start);
		options.onProgress?.({ rowsRead: builder.rowsRead, bytesRead: reader.bytesRead });
		// Let a worker handle its messages (a cancel) between chunks of an already-buffered stream.
		await nextMacrotask();
	}
	if (!builder) throw new IngestError('The file is empty: it has no header row and no data.');
	if (builder.rowsRead === 0) {
		throw new IngestError(`The file has a header (${builder.header.join(', ')}) but no data rows.`);
	}
	const table = builder.finish();
	if (table.rowCount === 0) {
		const ignored =
			builder.ignoredReturnLines > 0
				? ` and ${builder.ignoredReturnLines} return lines were ignored as chosen`
				: '';
		throw new IngestError(
			`None of the ${builder.rowsRead.toLocaleString('en')} rows could be used: ${builder.rejected.describe()}${ignored}. Check the column mapping (customer, date, amount) and the date order.`
		);
	}
	const totals = summariseOrders(table);
	const warnings = importWarnings(reader, builder, titleLines, today);
	const report: ImportReport = {
		rowsRead: builder.rowsRead,
		lines: table.rowCount,
		rejected: builder.rejected.reasons(),
		ignoredReturnLines: builder.ignoredReturnLines,
		blankLines: builder.blankLines + leadingBlankLines,
		addedReturnLines: builder.adjustments.addedReturnLines,
		customers: totals.customers,
		returnsOnlyCustomers: totals.returnsOnlyCustomers,
		orders: totals.orders,
		returns: totals.returns,
		netRevenue: totals.netRevenue,
		returnsOnlyRevenue: totals.returnsOnlyRevenue,
		firstDay: totals.firstDay,
		lastDay: totals.lastDay,
		encoding: reader.encoding ?? 'utf-8',
		delimiter: reader.delimiter ?? ',',
		bytesRead: reader.bytesRead,
		warnings
	};
	return { table, report };
}

const SINGLE_ROLES: ColumnRole[] = [
	'customer',
	'date',
	'amount',
	'quantity',
	'unitPrice',
	'order',
	'product',
	'category',
	'discount',
	'cost',
	'margin',
	'channel',
	'returnFlag'
];

/** Throws `IngestError` unless the mapping names a customer, a date and an amount (or quantity × price). */
export function checkMapping(mapping: ColumnMapping): void {
	for (const role of SINGLE_ROLES) {
		const columns = mapping.roles.flatMap((r, i) => (r === role ? [i + 1] : []));
		if (columns.length > 1) {
			throw new IngestError(
				`Columns ${columns.join(' and ')} are both mapped as “${role}”: choose one.`
			);
		}
	}
	const has = (role: ColumnRole) => mapping.roles.includes(role);
	// Every missing role in one message, so that the person fixes the mapping once.
	const missing: string[] = [];
	const choose: string[] = [];
	if (!has('customer')) {
		missing.push('the customer');
		choose.push('the column that identifies the customer (an id, account number or e-mail)');
	}
	if (!has('date')) {
		missing.push('the order date');
		choose.push('the date column');
	}
	if (!has('amount') && !(has('quantity') && has('unitPrice'))) {
		missing.push('the amount (nor a quantity and unit price pair to compute it)');
		choose.push('the amount column (line revenue), or quantity and unit price');
	}
	if (missing.length === 0) return;
	const list = (items: string[]) =>
		items.length === 1
			? items[0]
			: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
	throw new IngestError(`No column is mapped as ${list(missing)}. Choose ${list(choose)}.`);
}

/** What the import noticed but did not refuse: title lines, stray bytes, future dates … */
function importWarnings(
	reader: CsvReader,
	builder: OrdersBuilder,
	titleLines: string[],
	today: number
): string[] {
	const warnings: string[] = [];
	if (titleLines.length > 0) {
		warnings.push(
			`${plural(titleLines.length, 'line')} above the header ${titleLines.length === 1 ? 'was' : 'were'} skipped as a title: “${titleLines.join(' / ')}”.`
		);
	}
	if (reader.sawReplacementCharacters) {
		const where = describeLines(reader.replacementLines);
		warnings.push(
			`Some bytes are not valid ${reader.encoding?.toUpperCase()} and show as “�”${where}: the file may use another encoding.`
		);
	}
	if (reader.zeroByteLines.count > 0) {
		warnings.push(
			`${plural(reader.zeroByteLines.count, 'line')} hold zero bytes (NUL) inside fields${describeLines(reader.zeroByteLines)}: they were kept as they are.`
		);
	}
	const duplicates = duplicateHeaderWarning(builder.header);
	if (duplicates) warnings.push(duplicates);
	const { cancelledOrders, addedReturnLines, spreadOrders } = builder.adjustments;
	if (cancelledOrders > 0) {
		warnings.push(
			addedReturnLines > 0
				? `${plural(cancelledOrders, 'cancelled order')} ${cancelledOrders === 1 ? 'counts' : 'count'} as a return in full: ${plural(addedReturnLines, 'return line')} added.`
				: `${plural(cancelledOrders, 'cancelled order')} kept as sales: returns are ignored as chosen.`
		);
	}
	if (spreadOrders > 0) {
		warnings.push(
			`The order-level discount or refunded amount of ${plural(spreadOrders, 'order')} was spread over ${spreadOrders === 1 ? 'its' : 'their'} lines in proportion to their amounts.`
		);
	}
	const future = builder.futureDates;
	if (future.count > 0) {
		const examples = future.examples.map((e) => `${e.date} on line ${e.line}`).join(', ');
		warnings.push(
			`${plural(future.count, 'line')} ${future.count === 1 ? 'is' : 'are'} dated after today (${formatDay(today)}), e.g. ${examples}: check the date column and the day/month order.`
		);
	}
	return warnings;
}

/** ` (lines 3, 17 and 2 more)` for a warning; '' when no line is known. */
function describeLines({ count, lines }: NotedLines): string {
	if (lines.length === 0) return '';
	const more = count > lines.length ? ` and ${count - lines.length} more` : '';
	return ` (${lines.length === 1 && !more ? 'line' : 'lines'} ${lines.join(', ')}${more})`;
}

function plural(count: number, noun: string): string {
	return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** A warning naming header names used by more than one column, or null. */
export function duplicateHeaderWarning(header: string[]): string | null {
	const columns = new Map<string, number[]>();
	header.forEach((name, c) => {
		const key = name.trim().toLowerCase();
		if (key !== '') columns.set(key, [...(columns.get(key) ?? []), c + 1]);
	});
	const repeated = [...columns].filter(([, at]) => at.length > 1);
	if (repeated.length === 0) return null;
	const list = repeated
		.map(([, at]) => `“${header[at[0] - 1].trim()}” (columns ${at.join(', ')})`)
		.join(', ');
	return `Several columns have the same name: ${list}. Check that the mapping uses the right one.`;
}

/** Column names of a file without a header: each mapped column is named after its role. */
export function namesOfRoles(roles: ColumnRole[]): string[] {
	return roles.map((role, c) => (role === 'ignore' ? `column ${c + 1}` : role));
}

function checkHeader(mapping: ColumnMapping, header: string[]): void {
	if (header.length !== mapping.roles.length) {
		throw new IngestError(
			`The mapping is for ${mapping.roles.length} columns but the file's header has ${header.length} (${header.join(', ')}). Map the columns again.`
		);
	}
}

/**
 * Resolves on the next turn of the event loop (not a microtask), so that a worker can receive a
 * cancel message while the parse runs on a stream whose data is already buffered.
 */
function nextMacrotask(): Promise<void> {
	if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
