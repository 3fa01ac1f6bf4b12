/**
 * The columnar data model of `shared/DESIGN.md`. One entry per order line; never an array of row
 * objects. Every typed array has length `rowCount`.
 */

/** A string column stored as codes into a dictionary of distinct values (code = index). */
export interface DictColumn {
	codes: Int32Array;
	values: string[];
}

/**
 * A dictionary's values packed: per code its whole number (an invoice number, a customer id), or
 * -1 for a text value; the text values in code order. A 10M-line file's 4M invoice numbers are one
 * 32 MB `Float64Array` this way, where as strings they are ~110 MB of small heap objects.
 */
export interface PackedValues {
	numbers: Float64Array;
	texts: string[];
}

/** The packed form of the dictionaries made by `packedDictColumn`. */
const packedForms = new WeakMap<DictColumn, PackedValues>();

/**
 * A dictionary column kept packed: its `values` (the strings, `String(number)` for a number) are
 * made on first read, so an import and its save never hold a string per invoice number; code
 * that only counts values uses `dictionarySize`. Equal, value for value, to the plain column.
 */
export function packedDictColumn(codes: Int32Array, packed: PackedValues): DictColumn {
	let values: string[] | null = null;
	const column = {
		codes,
		get values(): string[] {
			return (values ??= unpackValues(packed));
		}
	};
	packedForms.set(column, packed);
	return column;
}

/** The packed form of a column made by `packedDictColumn`, else null. */
export function packedValuesOf(column: DictColumn): PackedValues | null {
	return packedForms.get(column) ?? null;
}

/** How many distinct values a dictionary holds, without making a packed one's strings. */
export function dictionarySize(column: DictColumn): number {
	return packedForms.get(column)?.numbers.length ?? column.values.length;
}

/** Packed values as strings, in code order. */
export function unpackValues({ numbers, texts }: PackedValues): string[] {
	const values = new Array<string>(numbers.length);
	let text = 0;
	for (let code = 0; code < numbers.length; code++) {
		const number = numbers[code];
		values[code] = number < 0 ? texts[text++] : String(number);
	}
	return values;
}

export interface OrdersTable {
	rowCount: number;
	/** Customer id per line (as shown to the user: `17850.0` is stored as `17850`). */
	customer: DictColumn;
	/**
	 * Order id per line. When the file has no order column, one customer's lines on one day form
	 * one order, with a synthesised id `<customer>@<YYYY-MM-DD>`.
	 */
	order: DictColumn;
	/** UTC calendar day: days since 1970-01-01, no time-zone shift. */
	day: Int32Array;
	/** Net line revenue (negative for returned lines). */
	amount: Float64Array;
	/** Units per line, when the file has a quantity column. */
	quantity: Float64Array | null;
	/** Cost of goods per line (NaN where unknown), from a cost or margin column. */
	cost: Float64Array | null;
	/** 1 when the line carried a discount, from a discount column. */
	discounted: Uint8Array | null;
	product: DictColumn | null;
	category: DictColumn | null;
	channel: DictColumn | null;
}

/** A column of the optional customers (attributes) file, aligned to `AttributesTable.customerIds`. */
export type AttributeColumn =
	| { name: string; kind: 'numeric'; values: Float64Array }
	| { name: string; kind: 'categorical'; codes: Int32Array; values: string[] };

/** The optional customers file: one row per customer id, any columns, typed. */
export interface AttributesTable {
	customerIds: string[];
	columns: AttributeColumn[];
}

/** Days since 1970-01-01 (UTC calendar) → `YYYY-MM-DD`. */
export function formatDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC calendar); NaN when not a valid date. */
export function parseIsoDay(text: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return NaN;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const check = new Date(ms);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
	return ms / 86_400_000;
}

/** Every typed-array buffer of a table, for `postMessage` transfer lists. */
export function tableBuffers(table: OrdersTable): ArrayBuffer[] {
	const arrays: (ArrayBufferView | null)[] = [
		table.customer.codes,
		table.order.codes,
		table.day,
		table.amount,
		table.quantity,
		table.cost,
		table.discounted,
		table.product?.codes ?? null,
		table.category?.codes ?? null,
		table.channel?.codes ?? null
	];
	return arrays.filter((a): a is ArrayBufferView => a !== null).map((a) => a.buffer as ArrayBuffer);
}
