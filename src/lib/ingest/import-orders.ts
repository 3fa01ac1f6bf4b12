/**
 * An orders file → the columnar `OrdersTable` and an import report. Rows stream through
 * `CsvReader` and go straight into typed arrays and dictionaries; each rejected row is counted by
 * reason. The counting conventions (orders, returns, customers) are the engine's `summariseOrders`.
 */
import { summariseOrders } from '../engine/tables/order-totals';
import type { OrdersTable } from '../engine/tables/orders-table';
import { CsvReader } from './csv-reader';
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
	let builder: OrdersBuilder | null = null;
	let leadingBlankLines = 0;
	for await (const batch of reader.batches()) {
		let start = 0;
		if (!builder) {
			while (start < batch.rows.length && isBlank(batch.rows[start])) start++;
			leadingBlankLines += start;
			if (start === batch.rows.length) continue;
			const header = batch.rows[start];
			checkHeader(mapping, header);
			const sample = batch.rows.slice(start + 1, start + 1 + FORMAT_SAMPLE_ROWS);
			builder = new OrdersBuilder(mapping, header, sample, reader.delimiter ?? ',');
			start++;
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
	const warnings: string[] = [];
	if (reader.sawReplacementCharacters) {
		warnings.push(
			`Some bytes are not valid ${reader.encoding?.toUpperCase()} and show as “�”: the file may use another encoding.`
		);
	}
	const report: ImportReport = {
		rowsRead: builder.rowsRead,
		lines: table.rowCount,
		rejected: builder.rejected.reasons(),
		ignoredReturnLines: builder.ignoredReturnLines,
		blankLines: builder.blankLines + leadingBlankLines,
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
	if (!has('customer')) {
		throw new IngestError(
			'No column is mapped as the customer. Choose the column that identifies the customer (an id, account number or e-mail).'
		);
	}
	if (!has('date'))
		throw new IngestError('No column is mapped as the order date. Choose the date column.');
	if (!has('amount') && !(has('quantity') && has('unitPrice'))) {
		throw new IngestError(
			'No column is mapped as the amount, and there is no quantity and unit price pair to compute it. Choose the amount column (line revenue), or quantity and unit price.'
		);
	}
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
