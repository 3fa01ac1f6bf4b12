/**
 * An orders file → the columnar `OrdersTable` and an import report. Rows stream through
 * `CsvReader` and go straight into typed arrays and dictionaries; each rejected row is counted by
 * reason. The counting conventions (orders, returns, customers) are the engine's `summariseOrders`.
 */
import { summariseOrders } from '../engine/order-totals';
import { formatDay } from '../engine/orders-table';
import type { OrdersTable } from '../engine/orders-table';
import { CsvReader } from './csv-reader';
import type { CsvBatch } from './csv-reader';
import {
	GrowableFloat64,
	GrowableInt32,
	GrowableUint8,
	IdDictionary,
	toDictColumn
} from './growable-columns';
import { parseDay } from './parse-date';
import { isDiscounted, isReturnMarker } from './parse-flags';
import { detectDecimalSeparator, parseNumber, parsePercent, parseShare } from './parse-number';
import type { DecimalSeparator } from './parse-number';
import { RejectionTally } from './rejection-tally';
import { IngestError } from './types';
import type {
	ColumnMapping,
	ColumnRole,
	ImportProgress,
	ImportReport,
	RejectionReason,
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

/** Empty or only spaces (the common non-empty case returns at the first character). */
function isBlankText(text: string): boolean {
	return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
}

function isBlank(row: string[]): boolean {
	for (let i = 0; i < row.length; i++) if (row[i] !== '' && row[i].trim() !== '') return false;
	return true;
}

/** Columns beyond the header's that are all empty (a trailing delimiter) do not make a row ragged. */
function hasOnlyEmptyExtras(row: string[], fields: number): boolean {
	for (let i = fields; i < row.length; i++) if (row[i].trim() !== '') return false;
	return true;
}

/** Synthetic order keys: customer code × 2^18 + day offset, for "one customer's lines on one day". */
const DAY_SLOTS = 1 << 18;
const DAY_OFFSET = 1 << 17;

/** The row loop: fields → typed arrays, with the per-column formats decided from a sample. */
class OrdersBuilder {
	rowsRead = 0;
	blankLines = 0;
	ignoredReturnLines = 0;
	readonly rejected = new RejectionTally();

	readonly #fields: number;
	readonly #col: Record<Exclude<ColumnRole, 'ignore'>, number>;
	readonly #decimal: DecimalSeparator[];
	readonly #marginInPercent: boolean;

	readonly #customerDict = new IdDictionary(true);
	readonly #orderDict = new IdDictionary();
	readonly #syntheticOrders = new Map<number, number>();
	readonly #productDict = new IdDictionary();
	readonly #categoryDict = new IdDictionary();
	readonly #channelDict = new IdDictionary();

	readonly #customer = new GrowableInt32();
	readonly #order = new GrowableInt32();
	readonly #day = new GrowableInt32();
	readonly #amount = new GrowableFloat64();
	readonly #quantity: GrowableFloat64 | null;
	readonly #cost: GrowableFloat64 | null;
	readonly #discounted: GrowableUint8 | null;
	readonly #product: GrowableInt32 | null;
	readonly #category: GrowableInt32 | null;
	readonly #channel: GrowableInt32 | null;

	#lastDateText = '\u0000';
	#lastDay = NaN;

	constructor(
		private readonly mapping: ColumnMapping,
		readonly header: string[],
		sample: string[][],
		private readonly delimiter: string
	) {
		this.#fields = header.length;
		const index = (role: ColumnRole) => mapping.roles.indexOf(role);
		this.#col = {
			customer: index('customer'),
			date: index('date'),
			amount: index('amount'),
			quantity: index('quantity'),
			unitPrice: index('unitPrice'),
			order: index('order'),
			product: index('product'),
			category: index('category'),
			discount: index('discount'),
			cost: index('cost'),
			margin: index('margin'),
			channel: index('channel'),
			returnFlag: index('returnFlag')
		};
		// Without evidence, `;`-separated files are the European spreadsheet export with decimal commas.
		const fallback: DecimalSeparator = delimiter === ';' ? ',' : '.';
		this.#decimal = header.map((_, c) =>
			detectDecimalSeparator(sampleColumn(sample, c, this.#fields), fallback)
		);
		this.#marginInPercent =
			this.#col.margin >= 0 &&
			sampleColumn(sample, this.#col.margin, this.#fields).some((text) => {
				const { value, percent } = parsePercent(text, this.#decimal[this.#col.margin]);
				return percent || Math.abs(value) > 1;
			});
		const c = this.#col;
		this.#quantity = c.quantity >= 0 ? new GrowableFloat64() : null;
		this.#cost = c.cost >= 0 || c.margin >= 0 ? new GrowableFloat64() : null;
		this.#discounted = c.discount >= 0 ? new GrowableUint8() : null;
		this.#product = c.product >= 0 ? new GrowableInt32() : null;
		this.#category = c.category >= 0 ? new GrowableInt32() : null;
		this.#channel = c.channel >= 0 ? new GrowableInt32() : null;
	}

	addBatch(batch: CsvBatch, start: number): void {
		for (const broken of batch.brokenLines) {
			this.rowsRead++;
			this.rejected.add('unclosed-quote', broken.line, () => broken.text);
		}
		const { rows, lineNumbers, firstLine } = batch;
		for (let i = start; i < rows.length; i++) {
			this.#addRow(rows[i], lineNumbers ? lineNumbers[i] : firstLine + i);
		}
	}

	#addRow(row: string[], line: number): void {
		const c = this.#col;
		if (row.length !== this.#fields) {
			if (isBlank(row)) {
				this.blankLines++;
				return;
			}
			if (row.length < this.#fields || !hasOnlyEmptyExtras(row, this.#fields)) {
				this.rowsRead++;
				this.#reject('wrong-field-count', line, row);
				return;
			}
		}

		const customerText = row[c.customer];
		if (isBlankText(customerText)) {
			if (isBlank(row)) {
				this.blankLines++;
				return;
			}
			this.rowsRead++;
			this.#reject('no-customer', line, row);
			return;
		}
		this.rowsRead++;

		const dateText = row[c.date];
		let day: number;
		if (dateText === this.#lastDateText) {
			day = this.#lastDay;
		} else {
			day = parseDay(dateText, this.mapping.dateOrder);
			this.#lastDateText = dateText;
			this.#lastDay = day;
		}
		if (day !== day) {
			this.#reject('bad-date', line, row);
			return;
		}

		let quantity = NaN;
		if (c.quantity >= 0) quantity = parseNumber(row[c.quantity], this.#decimal[c.quantity]);
		let amount: number;
		if (c.amount >= 0) {
			amount = parseNumber(row[c.amount], this.#decimal[c.amount]);
			if (amount !== amount) {
				this.#reject('bad-amount', line, row);
				return;
			}
		} else {
			if (quantity !== quantity) {
				this.#reject('bad-quantity', line, row);
				return;
			}
			const price = parseNumber(row[c.unitPrice], this.#decimal[c.unitPrice]);
			if (price !== price) {
				this.#reject('bad-price', line, row);
				return;
			}
			amount = quantity * price;
		}

		const orderText = c.order >= 0 ? row[c.order] : '';
		const prefix = this.mapping.returnPrefix;
		const marked =
			(prefix !== '' && orderText.trimStart().startsWith(prefix)) ||
			(c.returnFlag >= 0 && isReturnMarker(row[c.returnFlag]));
		if (marked) {
			// A return marked by its order id or status counts against the customer whatever its sign.
			amount = -Math.abs(amount);
			quantity = -Math.abs(quantity);
		}
		if (this.mapping.returns === 'ignore' && (marked || amount < 0)) {
			this.ignoredReturnLines++;
			return;
		}

		// Dictionary entries only for kept lines: no customer or order id without a line.
		const customer = this.#customerDict.code(customerText);
		const order = orderText === '' ? -1 : this.#orderDict.code(orderText);
		this.#customer.push(customer);
		this.#order.push(order >= 0 ? order : this.#syntheticOrder(customer, day));
		this.#day.push(day);
		this.#amount.push(amount);
		this.#quantity?.push(quantity);
		if (this.#cost) this.#cost.push(this.#lineCost(row, amount));
		if (this.#discounted)
			this.#discounted.push(isDiscounted(row[c.discount], this.#decimal[c.discount]) ? 1 : 0);
		// Empty product, category or channel values get code -1.
		if (this.#product) this.#product.push(this.#productDict.code(row[c.product]));
		if (this.#category) this.#category.push(this.#categoryDict.code(row[c.category]));
		if (this.#channel) this.#channel.push(this.#channelDict.code(row[c.channel]));
	}

	#reject(reason: RejectionReason, line: number, row: string[]): void {
		this.rejected.add(reason, line, () => {
			const fields =
				row.length === this.#fields ? '' : `(${row.length} fields, expected ${this.#fields}) `;
			return fields + row.join(this.delimiter);
		});
	}

	/** Cost of goods of a line: the cost column (sign following the amount), else amount × (1 − margin). */
	#lineCost(row: string[], amount: number): number {
		const c = this.#col;
		if (c.cost >= 0) {
			const cost = parseNumber(row[c.cost], this.#decimal[c.cost]);
			if (cost === cost) return amount < 0 ? -Math.abs(cost) : cost;
		}
		if (c.margin >= 0) {
			const margin = parseShare(row[c.margin], this.#decimal[c.margin], this.#marginInPercent);
			if (margin === margin) return amount * (1 - margin);
		}
		return NaN;
	}

	/** Without an order id, one customer's lines on one day form one order `<customer>@<YYYY-MM-DD>`. */
	#syntheticOrder(customer: number, day: number): number {
		const key = customer * DAY_SLOTS + day + DAY_OFFSET;
		let code = this.#syntheticOrders.get(key);
		if (code === undefined) {
			code = this.#orderDict.code(`${this.#customerDict.values[customer]}@${formatDay(day)}`);
			this.#syntheticOrders.set(key, code);
		}
		return code;
	}

	finish(): OrdersTable {
		return {
			rowCount: this.#customer.length,
			customer: toDictColumn(this.#customer, this.#customerDict),
			order: toDictColumn(this.#order, this.#orderDict),
			day: this.#day.toArray(),
			amount: this.#amount.toArray(),
			quantity: this.#quantity?.toArray() ?? null,
			cost: this.#cost?.toArray() ?? null,
			discounted: this.#discounted?.toArray() ?? null,
			product: this.#product ? toDictColumn(this.#product, this.#productDict) : null,
			category: this.#category ? toDictColumn(this.#category, this.#categoryDict) : null,
			channel: this.#channel ? toDictColumn(this.#channel, this.#channelDict) : null
		};
	}
}

/** Non-empty values of column `c` in sample rows of the expected width. */
function sampleColumn(sample: string[][], c: number, fields: number): string[] {
	const values: string[] = [];
	for (const row of sample) if (row.length >= fields && row[c] !== '') values.push(row[c]);
	return values;
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
