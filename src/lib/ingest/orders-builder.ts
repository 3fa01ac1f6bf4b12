/**
 * The row loop of `importOrders`: CSV fields → typed arrays and dictionaries, each rejected row
 * counted by reason. Reasons are checked in order: field count, customer, date, amount.
 */
import { formatDay } from '../engine/tables/orders-table';
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import { MAX_ROW_CHARS } from './csv-reader';
import type { CsvBatch } from './csv-reader';
import {
	asciiText,
	ByteCodeCache,
	dayOfBytes,
	isBlankAscii,
	MISSING,
	plainNumberOfBytes,
	wholeNumberOfBytes
} from './byte-fields';
import {
	GrowableFloat64,
	GrowableInt32,
	GrowableUint8,
	IdDictionary,
	toDictColumn
} from './growable-columns';
import type { GrowableArray } from './growable-columns';
import { packTable } from './merge-tables';
import type { PackedDict, PieceTable } from './merge-tables';
import { applyOrderLevelValues, OrderLevelValues } from './order-adjustments';
import type { AdjustmentCounts } from './order-adjustments';
import { dayOfGroups, parseDay, parseExcelSerialDay } from './parse-date';
import { isDiscounted, isReturnMarker } from './parse-flags';
import { detectDecimalSeparator, parseNumber, parsePercent, parseShare } from './parse-number';
import type { DecimalSeparator } from './parse-number';
import { RejectionTally } from './rejection-tally';
import { deriveAttributes } from './derive-attributes';
import type { ColumnMapping, ColumnRole, PresetMapping, RejectionReason } from './types';
import { RowKernel } from './wasm/row-kernel';

/** Empty or only spaces (the common non-empty case returns at the first character). */
function isBlankText(text: string): boolean {
	return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
}

export function isBlank(row: string[]): boolean {
	for (let i = 0; i < row.length; i++) if (row[i] !== '' && row[i].trim() !== '') return false;
	return true;
}

/** Field `column` of a byte record (ASCII) as text. */
function fieldText(bytes: Uint8Array, spans: Int32Array, column: number): string {
	return asciiText(bytes, spans[2 * column], spans[2 * column + 1]);
}

/** `dictionary.code` of a field's bytes: whole numbers by value, other fields through `cache`. */
function codeOfBytes(
	dictionary: IdDictionary,
	cache: ByteCodeCache,
	bytes: Uint8Array,
	start: number,
	end: number
): number {
	const number = wholeNumberOfBytes(bytes, start, end, dictionary.wholeNumberFloats);
	if (number >= 0) return dictionary.codeOfNumber(number);
	let code = cache.get(bytes, start, end);
	if (code === MISSING) {
		code = dictionary.code(asciiText(bytes, start, end));
		cache.set(bytes, start, end, code);
	}
	return code;
}

/** A field's ASCII bytes as text, each `""` (a quoted field's quote) read as one `"`. */
function unquotedText(bytes: Uint8Array, start: number, end: number): string {
	const text = asciiText(bytes, start, end);
	return text.includes('"') ? text.replaceAll('""', '"') : text;
}

function codeOfField(
	dictionary: IdDictionary,
	cache: ByteCodeCache,
	bytes: Uint8Array,
	spans: Int32Array,
	column: number
): number {
	return codeOfBytes(dictionary, cache, bytes, spans[2 * column], spans[2 * column + 1]);
}

/**
 * `text.trimStart().startsWith(prefix)` for ASCII bytes `[start, end)` (false for an empty prefix):
 * in ASCII, `trimStart` removes tabs, line breaks, form feeds and spaces.
 */
function startsWithAfterSpaces(
	bytes: Uint8Array,
	start: number,
	end: number,
	prefix: string
): boolean {
	if (prefix === '') return false;
	let i = start;
	while (i < end && (bytes[i] === 32 || (bytes[i] >= 9 && bytes[i] <= 13))) i++;
	if (end - i < prefix.length) return false;
	for (let k = 0; k < prefix.length; k++) if (bytes[i + k] !== prefix.charCodeAt(k)) return false;
	return true;
}

/** Columns beyond the header's that are all empty (a trailing delimiter) do not make a row ragged. */
function hasOnlyEmptyExtras(row: string[], fields: number): boolean {
	for (let i = fields; i < row.length; i++) if (row[i].trim() !== '') return false;
	return true;
}

/**
 * The largest amount, quantity or unit price believed (±1e12): beyond it a value is a typo, an
 * overflowed spreadsheet cell or `1e309` (Infinity), and sums of such lines would stop being finite.
 */
export const MAX_PLAUSIBLE_VALUE = 1e12;

/** Up to this many example lines are kept for a warning. */
const WARNING_EXAMPLES = 3;

/** Longest date field whose bytes are remembered for the next row. */
const LAST_DATE_BYTES = 64;

/** Synthetic order keys: customer code × 2^18 + day offset, for "one customer's lines on one day". */
const DAY_SLOTS = 1 << 18;
const DAY_OFFSET = 1 << 17;

/** The row loop: fields → typed arrays, with the per-column formats decided from a sample. */
export class OrdersBuilder {
	rowsRead = 0;
	blankLines = 0;
	ignoredReturnLines = 0;
	readonly rejected = new RejectionTally();
	/** Kept lines dated after `today` (a warning, not a rejection): how many, and the first ones. */
	readonly futureDates = { count: 0, examples: [] as { line: number; date: string }[] };

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

	readonly #customer: GrowableInt32;
	readonly #order: GrowableInt32;
	readonly #day: GrowableInt32;
	readonly #amount: GrowableFloat64;
	readonly #quantity: GrowableFloat64 | null;
	readonly #cost: GrowableFloat64 | null;
	readonly #discounted: GrowableUint8 | null;
	readonly #product: GrowableInt32 | null;
	readonly #category: GrowableInt32 | null;
	readonly #channel: GrowableInt32 | null;
	/** Orders-file columns kept as customer attributes: their indices, dictionaries, per-line codes. */
	readonly #attributeColumns: number[];
	readonly #attributeDicts: IdDictionary[];
	readonly #attributeCodes: GrowableInt32[];
	/** The customer attributes taken from the orders file (after `finish`), or null. */
	attributes: AttributesTable | null = null;

	#lastDateText = '\u0000';
	#lastDay = NaN;

	/** The byte path's caches: each dictionary's codes by a field's bytes, the last date's bytes. */
	readonly #customerBytes = new ByteCodeCache();
	readonly #orderBytes = new ByteCodeCache();
	readonly #productBytes = new ByteCodeCache();
	readonly #categoryBytes = new ByteCodeCache();
	readonly #channelBytes = new ByteCodeCache();
	#attributeBytes: ByteCodeCache[] = [];
	readonly #lastDateBytes = new Uint8Array(LAST_DATE_BYTES);
	#lastDateLength = -1;
	#lastDateDay = NaN;

	/** The preset's order-level rules, with column indices checked against the header. */
	readonly #preset: PresetMapping | null;
	readonly #notSale: Set<string>;
	readonly #levels: OrderLevelValues | null;
	/** Fill-down: the current order's id and its first row. */
	#fillOrder = '\u0000';
	#fillRow: string[] = [];
	/** What the preset's post-pass changed (after `finish`). */
	adjustments: AdjustmentCounts = { addedReturnLines: 0, cancelledOrders: 0, spreadOrders: 0 };

	constructor(
		private readonly mapping: ColumnMapping,
		readonly header: string[],
		formats: ColumnFormats,
		private readonly delimiter: string,
		/** Days since 1970-01-01 of the day the import runs, for the future-dates warning. */
		private readonly today = Infinity,
		/** Rows expected (from the bytes to read): the columns start this long and rarely grow. */
		expectedRows = 0
	) {
		const rows = expectedRows;
		this.#customer = new GrowableInt32(rows);
		this.#order = new GrowableInt32(rows);
		this.#day = new GrowableInt32(rows);
		this.#amount = new GrowableFloat64(rows);
		// Customers and orders are at most one per row (products and the rest are few).
		this.#customerDict.reserve(rows);
		this.#orderDict.reserve(rows);
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
		this.#decimal = formats.decimal;
		this.#marginInPercent = formats.marginInPercent;
		this.#preset = checkedPreset(mapping.preset, this.#fields);
		this.#notSale = new Set(this.#preset?.notSaleStatuses ?? []);
		const p = this.#preset;
		this.#levels =
			p && (p.orderDiscount >= 0 || p.orderRefund >= 0 || p.cancelled >= 0)
				? new OrderLevelValues()
				: null;
		const c = this.#col;
		this.#quantity = c.quantity >= 0 ? new GrowableFloat64(rows) : null;
		this.#cost = c.cost >= 0 || c.margin >= 0 ? new GrowableFloat64(rows) : null;
		this.#discounted = c.discount >= 0 ? new GrowableUint8(rows) : null;
		this.#product = c.product >= 0 ? new GrowableInt32(rows) : null;
		this.#category = c.category >= 0 ? new GrowableInt32(rows) : null;
		this.#channel = c.channel >= 0 ? new GrowableInt32(rows) : null;
		// Only columns of the header that no role reads, each once.
		this.#attributeColumns = [...new Set(mapping.attributeColumns ?? [])].filter(
			(column) =>
				Number.isInteger(column) &&
				column >= 0 &&
				column < this.#fields &&
				mapping.roles[column] === 'ignore'
		);
		this.#attributeDicts = this.#attributeColumns.map(() => new IdDictionary());
		this.#attributeCodes = this.#attributeColumns.map(() => new GrowableInt32());
	}

	addBatch(batch: CsvBatch, start: number): void {
		for (const broken of batch.brokenLines) {
			this.rowsRead++;
			this.rejected.add(broken.reason, broken.line, () => broken.text);
		}
		const { rows, lineNumbers, firstLine } = batch;
		for (let i = start; i < rows.length; i++) {
			this.#addRow(rows[i], lineNumbers ? lineNumbers[i] : firstLine + i);
		}
	}

	/** One row of fields read as text (`line`: its first line in the file). */
	addRow(row: string[], line: number): void {
		this.#addRow(row, line);
	}

	/**
	 * One record read from bytes (`byte-records.ts`): `fields` unquoted fields, all ASCII, field k
	 * is bytes `[spans[2 * k], spans[2 * k + 1])`. Kept exactly as `addRow` keeps the same fields as
	 * text: the same checks in the same order, the same dictionary codes. Returns false, having
	 * changed nothing, for what it leaves to `addRow`: a preset's rules, a blank customer, and every
	 * rejection (whose example is the row's text).
	 */
	addBytesRow(bytes: Uint8Array, spans: Int32Array, line: number): boolean {
		if (this.#preset) return false;
		const c = this.#col;
		const customerStart = spans[2 * c.customer];
		const customerEnd = spans[2 * c.customer + 1];
		if (isBlankAscii(bytes, customerStart, customerEnd)) return false;
		const day = this.#dayOfBytes(bytes, spans[2 * c.date], spans[2 * c.date + 1]);
		if (day !== day) return false;

		let quantity = NaN;
		if (c.quantity >= 0) quantity = this.#numberOfBytes(bytes, spans, c.quantity);
		let amount: number;
		if (c.amount >= 0) {
			amount = this.#numberOfBytes(bytes, spans, c.amount);
			if (amount !== amount) return false;
		} else {
			if (quantity !== quantity) return false;
			const price = this.#numberOfBytes(bytes, spans, c.unitPrice);
			if (price !== price) return false;
			amount = quantity * price;
		}
		if (
			!(Math.abs(amount) <= MAX_PLAUSIBLE_VALUE) ||
			(quantity === quantity && !(Math.abs(quantity) <= MAX_PLAUSIBLE_VALUE))
		)
			return false;

		const orderStart = c.order >= 0 ? spans[2 * c.order] : 0;
		const orderEnd = c.order >= 0 ? spans[2 * c.order + 1] : 0;
		const marked =
			startsWithAfterSpaces(bytes, orderStart, orderEnd, this.mapping.returnPrefix) ||
			(c.returnFlag >= 0 && isReturnMarker(fieldText(bytes, spans, c.returnFlag)));
		if (marked) {
			amount = -Math.abs(amount);
			quantity = -Math.abs(quantity);
		}
		this.rowsRead++;
		if (this.mapping.returns === 'ignore' && (marked || amount < 0)) {
			this.ignoredReturnLines++;
			return true;
		}
		if (day > this.today) {
			this.futureDates.count++;
			if (this.futureDates.examples.length < WARNING_EXAMPLES) {
				this.futureDates.examples.push({ line, date: formatDay(day) });
			}
		}

		const customer = codeOfBytes(
			this.#customerDict,
			this.#customerBytes,
			bytes,
			customerStart,
			customerEnd
		);
		const order =
			orderEnd === orderStart
				? -1
				: codeOfBytes(this.#orderDict, this.#orderBytes, bytes, orderStart, orderEnd);
		this.#customer.push(customer);
		this.#order.push(order >= 0 ? order : this.#syntheticOrder(customer, day));
		this.#day.push(day);
		this.#amount.push(amount);
		this.#quantity?.push(quantity);
		if (this.#cost)
			this.#cost.push(this.#lineCost((column) => fieldText(bytes, spans, column), amount));
		if (this.#discounted)
			this.#discounted.push(
				isDiscounted(fieldText(bytes, spans, c.discount), this.#decimal[c.discount]) ? 1 : 0
			);
		if (this.#product)
			this.#product.push(
				codeOfField(this.#productDict, this.#productBytes, bytes, spans, c.product)
			);
		if (this.#category)
			this.#category.push(
				codeOfField(this.#categoryDict, this.#categoryBytes, bytes, spans, c.category)
			);
		if (this.#channel)
			this.#channel.push(
				codeOfField(this.#channelDict, this.#channelBytes, bytes, spans, c.channel)
			);
		for (let k = 0; k < this.#attributeColumns.length; k++) {
			this.#attributeBytes[k] ??= new ByteCodeCache();
			this.#attributeCodes[k].push(
				codeOfField(
					this.#attributeDicts[k],
					this.#attributeBytes[k],
					bytes,
					spans,
					this.#attributeColumns[k]
				)
			);
		}
		return true;
	}

	/**
	 * A row kernel reading this builder's plain rows in WebAssembly (`wasm/row-kernel.ts`), or null
	 * where its rows need what only `addBytesRow` does (a preset's rules, cost, margin, discount,
	 * return-flag or attribute columns, Excel serial dates, lines without an order id) or
	 * WebAssembly cannot run. Its rows are taken with `addKernelRows`.
	 */
	rowKernel(): RowKernel | null {
		const c = this.#col;
		if (
			this.#preset ||
			this.mapping.excelSerialDates ||
			c.order < 0 ||
			c.cost >= 0 ||
			c.margin >= 0 ||
			c.discount >= 0 ||
			c.returnFlag >= 0 ||
			this.#attributeColumns.length > 0
		)
			return null;
		const dictionaries = [
			this.#customerDict,
			this.#orderDict,
			this.#productDict,
			this.#categoryDict,
			this.#channelDict
		];
		const dateOrder = this.mapping.dateOrder;
		return RowKernel.create(
			{
				fields: this.#fields,
				delimiter: this.delimiter,
				recordLimit: MAX_ROW_CHARS,
				customer: c.customer,
				order: c.order,
				date: c.date,
				quantity: c.quantity,
				unitPrice: c.unitPrice,
				amount: c.amount,
				product: c.product,
				category: c.category,
				channel: c.channel,
				decimal: this.#decimal,
				returnPrefix: this.mapping.returnPrefix,
				ignoreReturns: this.mapping.returns === 'ignore',
				today: this.today
			},
			{
				dictionaries,
				codeOfText: (dictionary, bytes, start, end) =>
					dictionaries[dictionary].code(unquotedText(bytes, start, end)),
				dayOfGroups: (v0, d0, v1, d1, v2, d2) => dayOfGroups(v0, d0, v1, d1, v2, d2, dateOrder)
			}
		);
	}

	/** The rows of the kernel's last run, as `addBytesRow` would have kept them one by one. */
	addKernelRows(kernel: RowKernel): void {
		const rows = kernel.rows;
		if (rows === 0) return;
		this.rowsRead += rows;
		this.#customer.append(kernel.customers());
		this.#order.append(kernel.orders());
		this.#day.append(kernel.days());
		this.#amount.append(kernel.amounts());
		this.#quantity?.append(kernel.quantities());
		this.#product?.append(kernel.products());
		this.#category?.append(kernel.categories());
		this.#channel?.append(kernel.channels());
	}

	/** `parseNumber` of a field's bytes: the plain path on bytes, else the field decoded. */
	#numberOfBytes(bytes: Uint8Array, spans: Int32Array, column: number): number {
		const start = spans[2 * column];
		const end = spans[2 * column + 1];
		const decimal = this.#decimal[column];
		const plain = plainNumberOfBytes(bytes, start, end, decimal);
		return plain === plain ? plain : parseNumber(asciiText(bytes, start, end), decimal);
	}

	/** The day of a date field's bytes, remembered while rows repeat the same bytes. */
	#dayOfBytes(bytes: Uint8Array, start: number, end: number): number {
		const length = end - start;
		const last = this.#lastDateBytes;
		if (length === this.#lastDateLength) {
			let same = true;
			for (let i = 0; i < length; i++)
				if (last[i] !== bytes[start + i]) {
					same = false;
					break;
				}
			if (same) return this.#lastDateDay;
		}
		let day = this.mapping.excelSerialDates
			? MISSING
			: dayOfBytes(bytes, start, end, this.mapping.dateOrder);
		if (day === MISSING) {
			const text = asciiText(bytes, start, end);
			day = this.mapping.excelSerialDates
				? parseExcelSerialDay(text)
				: parseDay(text, this.mapping.dateOrder);
		}
		if (length <= LAST_DATE_BYTES) {
			for (let i = 0; i < length; i++) last[i] = bytes[start + i];
			this.#lastDateLength = length;
			this.#lastDateDay = day;
		}
		return day;
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

		const preset = this.#preset;
		if (preset) {
			if (preset.fillDown && c.order >= 0) this.#fillDown(row, c.order);
			if (preset.status >= 0 && this.#notSale.has(row[preset.status].trim().toLowerCase())) {
				this.rowsRead++;
				this.#reject('not-a-sale', line, row);
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
			day = this.mapping.excelSerialDates
				? parseExcelSerialDay(dateText)
				: parseDay(dateText, this.mapping.dateOrder);
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
		let lineDiscount = 0;
		if (preset && preset.lineDiscount >= 0) {
			const discount = parseNumber(row[preset.lineDiscount], this.#decimal[preset.lineDiscount]);
			// An empty or unreadable line discount is no discount.
			// A discount lowers the line whatever its sign (some exports write it negative).
			if (discount === discount) lineDiscount = Math.abs(discount);
			amount -= lineDiscount;
		}
		// Infinity (`1e309`) and absurd values get their own reason: kept, one would make every sum
		// it enters Infinity or NaN.
		if (
			!(Math.abs(amount) <= MAX_PLAUSIBLE_VALUE) ||
			(quantity === quantity && !(Math.abs(quantity) <= MAX_PLAUSIBLE_VALUE))
		) {
			this.#reject('implausible-amount', line, row);
			return;
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

		if (day > this.today) {
			this.futureDates.count++;
			if (this.futureDates.examples.length < WARNING_EXAMPLES) {
				this.futureDates.examples.push({ line, date: formatDay(day) });
			}
		}

		// Dictionary entries only for kept lines: no customer or order id without a line.
		const customer = this.#customerDict.code(customerText);
		const order = orderText === '' ? -1 : this.#orderDict.code(orderText);
		this.#customer.push(customer);
		const orderCode = order >= 0 ? order : this.#syntheticOrder(customer, day);
		this.#order.push(orderCode);
		this.#day.push(day);
		this.#amount.push(amount);
		if (this.#levels && preset) this.#noteOrderLevel(preset, row, orderCode, lineDiscount);
		this.#quantity?.push(quantity);
		if (this.#cost) this.#cost.push(this.#lineCost((column) => row[column], amount));
		if (this.#discounted)
			this.#discounted.push(isDiscounted(row[c.discount], this.#decimal[c.discount]) ? 1 : 0);
		// Empty product, category or channel values get code -1.
		if (this.#product) this.#product.push(this.#productDict.code(row[c.product]));
		if (this.#category) this.#category.push(this.#categoryDict.code(row[c.category]));
		if (this.#channel) this.#channel.push(this.#channelDict.code(row[c.channel]));
		for (let k = 0; k < this.#attributeColumns.length; k++)
			this.#attributeCodes[k].push(this.#attributeDicts[k].code(row[this.#attributeColumns[k]]));
	}

	/** Empty fields of an order's following rows are taken from its first row. */
	#fillDown(row: string[], orderColumn: number): void {
		const id = row[orderColumn];
		if (id !== this.#fillOrder || isBlankText(id)) {
			this.#fillOrder = id;
			this.#fillRow = row;
			return;
		}
		const first = this.#fillRow;
		for (let f = 0; f < this.#fields; f++) if (isBlankText(row[f])) row[f] = first[f];
	}

	#noteOrderLevel(preset: PresetMapping, row: string[], order: number, lineDiscount: number): void {
		const number = (column: number) =>
			column >= 0 ? parseNumber(row[column], this.#decimal[column]) : NaN;
		this.#levels!.note(
			order,
			number(preset.orderDiscount),
			number(preset.orderRefund),
			preset.cancelled >= 0 && !isBlankText(row[preset.cancelled]),
			lineDiscount
		);
	}

	#reject(reason: RejectionReason, line: number, row: string[]): void {
		const fields =
			row.length === this.#fields ? undefined : { found: row.length, expected: this.#fields };
		this.rejected.add(reason, line, () => row.join(this.delimiter), fields);
	}

	/** Cost of goods of a line: the cost column (sign following the amount), else amount × (1 − margin). */
	#lineCost(field: (column: number) => string, amount: number): number {
		const c = this.#col;
		if (c.cost >= 0) {
			const cost = parseNumber(field(c.cost), this.#decimal[c.cost]);
			if (Math.abs(cost) <= MAX_PLAUSIBLE_VALUE) return amount < 0 ? -Math.abs(cost) : cost;
		}
		if (c.margin >= 0) {
			const margin = parseShare(field(c.margin), this.#decimal[c.margin], this.#marginInPercent);
			const cost = amount * (1 - margin);
			if (Math.abs(cost) <= MAX_PLAUSIBLE_VALUE) return cost;
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
		const table: OrdersTable = this.#finishColumns(toDictColumn);
		// From the file's own lines, before a preset's rules add any.
		if (this.#attributeColumns.length > 0) {
			this.attributes = deriveAttributes(
				table.customer,
				this.#attributeColumns.map((column, k) => ({
					name: this.header[column].trim(),
					column: toDictColumn(this.#attributeCodes[k], this.#attributeDicts[k])
				})),
				this.delimiter === ';' ? ',' : '.'
			);
		}
		if (!this.#levels) return table;
		const adjusted = applyOrderLevelValues(table, this.#levels, this.mapping.returns);
		this.adjustments = adjusted.counts;
		return adjusted.table;
	}

	/**
	 * The table for the worker that merges the pieces (`packTable(finish())`), its dictionaries
	 * packed straight from the builder: no whole number (invoice number, customer id) is ever
	 * written as a string in a parse worker.
	 */
	finishPiece(): PieceTable {
		// Order-level rules and attribute columns work on the strings (a parallel import declines them).
		if (this.#levels || this.#attributeColumns.length > 0) return packTable(this.finish());
		// Views, not copies: the piece's buffers are transferred to the merge and copied there. The
		// dictionaries' number windows stay here, as spare buffers for the next piece.
		return this.#finishColumns(
			(codes, dictionary): PackedDict => {
				dictionary.releaseWindow();
				return { codes: codes.view(), values: dictionary.packedFinal() };
			},
			(column) => column.view()
		);
	}

	#finishColumns<D>(
		dict: (codes: GrowableInt32, dictionary: IdDictionary) => D,
		array: <T extends Int32Array | Float64Array | Uint8Array>(column: GrowableArray<T>) => T = (
			column
		) => column.toArray()
	) {
		return {
			rowCount: this.#customer.length,
			customer: dict(this.#customer, this.#customerDict),
			order: dict(this.#order, this.#orderDict),
			day: array(this.#day),
			amount: array(this.#amount),
			quantity: this.#quantity ? array(this.#quantity) : null,
			cost: this.#cost ? array(this.#cost) : null,
			discounted: this.#discounted ? array(this.#discounted) : null,
			product: this.#product ? dict(this.#product, this.#productDict) : null,
			category: this.#category ? dict(this.#category, this.#categoryDict) : null,
			channel: this.#channel ? dict(this.#channel, this.#channelDict) : null
		};
	}
}

/** What is decided once per column from the first rows: the decimal separator, margins in %. */
export interface ColumnFormats {
	decimal: DecimalSeparator[];
	marginInPercent: boolean;
}

/**
 * Each column's formats from `sample` (the first data rows of the file), decided once so that every
 * piece of a file parsed in parallel reads its numbers the same way.
 */
export function decideColumnFormats(
	mapping: ColumnMapping,
	header: string[],
	sample: string[][],
	delimiter: string
): ColumnFormats {
	const fields = header.length;
	// Without evidence, `;`-separated files are the European spreadsheet export with decimal commas.
	const fallback: DecimalSeparator = delimiter === ';' ? ',' : '.';
	const decimal = header.map((_, c) =>
		detectDecimalSeparator(sampleColumn(sample, c, fields), fallback)
	);
	const margin = mapping.roles.indexOf('margin');
	const marginInPercent =
		margin >= 0 &&
		sampleColumn(sample, margin, fields).some((text) => {
			const { value, percent } = parsePercent(text, decimal[margin]);
			return percent || Math.abs(value) > 1;
		});
	return { decimal, marginInPercent };
}

/** True when a preset's rules carry state from row to row (fill-down, order-level values). */
export function hasOrderLevelRules(preset: PresetMapping | undefined): boolean {
	if (!preset) return false;
	return (
		preset.fillDown === true ||
		preset.orderDiscount >= 0 ||
		preset.orderRefund >= 0 ||
		preset.cancelled >= 0
	);
}

/** Non-empty values of column `c` in sample rows of the expected width. */
function sampleColumn(sample: string[][], c: number, fields: number): string[] {
	const values: string[] = [];
	for (const row of sample) if (row.length >= fields && row[c] !== '') values.push(row[c]);
	return values;
}

/** The preset's rules with columns beyond the header dropped (-1), or null. */
function checkedPreset(preset: PresetMapping | undefined, fields: number): PresetMapping | null {
	if (!preset) return null;
	const column = (c: number) => (Number.isInteger(c) && c >= 0 && c < fields ? c : -1);
	return {
		...preset,
		lineDiscount: column(preset.lineDiscount),
		orderDiscount: column(preset.orderDiscount),
		orderRefund: column(preset.orderRefund),
		cancelled: column(preset.cancelled),
		status: column(preset.status),
		notSaleStatuses: (preset.notSaleStatuses ?? []).map((s) => s.toLowerCase())
	};
}
