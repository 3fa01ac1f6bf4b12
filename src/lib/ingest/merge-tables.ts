/**
 * A piece of a parallel import (`parallel-import.ts`) as it travels from its parse worker: its
 * columns, and its dictionaries packed. `table-merger.ts` merges the pieces into one table.
 */
import type { DictColumn, OrdersTable, PackedValues } from '../engine/tables/orders-table';

/**
 * A piece's dictionaries travel packed (`PackedValues`): whole numbers (invoice numbers, customer
 * ids) as their values in one `Float64Array`, not as millions of strings (a 10M-line file's 4M
 * invoice numbers would be cloned string by string, and held twice while they are).
 */
export type { PackedValues };

/** A piece's table, its dictionaries packed (`OrdersBuilder.finishPiece`, `packTable`). */
export type PieceTable = Omit<
	OrdersTable,
	'customer' | 'order' | 'product' | 'category' | 'channel'
> & {
	customer: PackedDict;
	order: PackedDict;
	product: PackedDict | null;
	category: PackedDict | null;
	channel: PackedDict | null;
};

export interface PackedDict {
	codes: Int32Array;
	values: PackedValues;
}

/**
 * The buffers behind a piece's columns and packed numbers, each once: once the piece is merged
 * nothing refers to them, and a parse worker may write its next piece into them
 * (`spare-buffers.ts`).
 */
export function pieceBuffers(piece: PieceTable): ArrayBuffer[] {
	const arrays: (ArrayBufferView | null)[] = [piece.day, piece.amount, piece.quantity, piece.cost];
	arrays.push(piece.discounted);
	for (const dict of [piece.customer, piece.order, piece.product, piece.category, piece.channel])
		if (dict) arrays.push(dict.codes, dict.values.numbers);
	const buffers = new Set<ArrayBuffer>();
	for (const array of arrays)
		if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
	return [...buffers];
}

/** A dictionary's values packed: whole numbers by value, the rest as text. */
export function packValues(values: string[]): PackedValues {
	const numbers = new Float64Array(values.length);
	const texts: string[] = [];
	for (let code = 0; code < values.length; code++) {
		const number = canonicalWholeNumber(values[code]);
		numbers[code] = number;
		if (number < 0) texts.push(values[code]);
	}
	return { numbers, texts };
}

/**
 * A piece's table with its dictionaries packed, from their strings. A parse worker packs them
 * straight from its builder instead (`OrdersBuilder.finishPiece`, without a string per number);
 * this is its reference, and its way for the tables whose rules need the strings.
 */
export function packTable(table: OrdersTable): PieceTable {
	const pack = (column: DictColumn): PackedDict => ({
		codes: column.codes,
		values: packValues(column.values)
	});
	return {
		...table,
		customer: pack(table.customer),
		order: pack(table.order),
		product: table.product ? pack(table.product) : null,
		category: table.category ? pack(table.category) : null,
		channel: table.channel ? pack(table.channel) : null
	};
}

/** The value of digits without a leading zero (at most 15), else -1: `String(n)` gives it back. */
function canonicalWholeNumber(text: string): number {
	const n = text.length;
	if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(0) === 48)) return -1;
	let value = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return -1;
		value = value * 10 + (c - 48);
	}
	return value;
}
