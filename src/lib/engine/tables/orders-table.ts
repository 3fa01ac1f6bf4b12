/**
 * The columnar data model of `shared/DESIGN.md`. One entry per order line; never an array of row
 * objects. Every typed array has length `rowCount`.
 */

/** A string column stored as codes into a dictionary of distinct values (code = index). */
export interface DictColumn {
	codes: Int32Array;
	values: string[];
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
