/**
 * The pieces of a parallel import (`parallel-import.ts`) as one `OrdersTable`, in file order and
 * byte for byte the one-worker import's: dictionaries merged so a value keeps the code of its
 * first appearance in the file, number columns concatenated.
 */
import type { DictColumn, OrdersTable } from '../engine/tables/orders-table';

/**
 * A piece's dictionary as sent from its parse worker: whole numbers (invoice numbers, customer
 * ids) as their values in one `Float64Array`, not as millions of strings (a 10M-line file's 4M
 * invoice numbers would be cloned string by string, and held twice while they are), and the other
 * values as text, in code order. `numbers[code]` is -1 for a text value.
 */
export interface PackedValues {
	numbers: Float64Array;
	texts: string[];
}

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

/**
 * One dictionary from the pieces' dictionaries, in file order: a value keeps the code of its first
 * appearance in the file, as in a one-worker import. Returns each piece's local → merged codes.
 */
function mergeDictionaries(dictionaries: PackedValues[]): {
	values: string[];
	remaps: Int32Array[];
} {
	// Whole numbers (invoice numbers, customer ids) are keyed by their value, in a direct-addressed
	// table when they are dense (invoice numbers usually are), else in a number-keyed Map; V8 hashes
	// numeric strings poorly for a string-keyed Map. Other values go to a string-keyed Map.
	const numbers = dictionaries.map((local) => local.numbers);
	let min = Infinity;
	let max = -Infinity;
	let count = 0;
	for (const list of numbers)
		for (const n of list)
			if (n >= 0) {
				count++;
				if (n < min) min = n;
				if (n > max) max = n;
			}
	const span = max - min + 1;
	const dense =
		count > 0 && span <= Math.max(1 << 16, 4 * count) ? new Int32Array(span).fill(-1) : null;
	const byNumber = new Map<number, number>();
	const byText = new Map<string, number>();
	const values: string[] = [];
	const remaps = dictionaries.map(({ texts }, p) => {
		const numbersOf = numbers[p];
		const remap = new Int32Array(numbersOf.length);
		let text = 0;
		for (let code = 0; code < numbersOf.length; code++) {
			const number = numbersOf[code];
			let merged: number | undefined;
			if (number < 0) {
				const value = texts[text++];
				merged = byText.get(value);
				if (merged === undefined) {
					merged = values.push(value) - 1;
					byText.set(value, merged);
				}
			} else if (dense) {
				merged = dense[number - min];
				if (merged < 0) {
					merged = values.push(String(number)) - 1;
					dense[number - min] = merged;
				}
			} else {
				merged = byNumber.get(number);
				if (merged === undefined) {
					merged = values.push(String(number)) - 1;
					byNumber.set(number, merged);
				}
			}
			remap[code] = merged;
		}
		return remap;
	});
	return { values, remaps };
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

function mergeDictColumn(columns: PackedDict[], rowCount: number): DictColumn {
	const { values, remaps } = mergeDictionaries(columns.map((c) => c.values));
	const codes = new Int32Array(rowCount);
	let offset = 0;
	columns.forEach((column, p) => {
		const remap = remaps[p];
		const local = column.codes;
		// Empty product, category and channel values keep -1.
		for (let i = 0; i < local.length; i++) {
			const code = local[i];
			codes[offset + i] = code < 0 ? code : remap[code];
		}
		offset += local.length;
	});
	return { codes, values };
}

function concatColumns<T extends Float64Array | Int32Array | Uint8Array>(
	columns: T[],
	make: (length: number) => T,
	rowCount: number
): T {
	const out = make(rowCount);
	let offset = 0;
	for (const column of columns) {
		out.set(column, offset);
		offset += column.length;
	}
	return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type ColumnName = Exclude<keyof OrdersTable, 'rowCount'>;

/**
 * The pieces' tables as one, in file order. Consumes them: each column of the pieces is let go as
 * soon as it is merged, so the merge holds the whole table plus one column, not two tables.
 */
export function mergeTables(tables: PieceTable[]): OrdersTable {
	const rowCount = tables.reduce((total, t) => total + t.rowCount, 0);
	const pieces = tables as Mutable<PieceTable>[];
	/** The pieces' `name` column, let go in the pieces. */
	const take = <K extends ColumnName>(name: K): PieceTable[K][] =>
		pieces.map((piece) => {
			const column = piece[name];
			(piece as Record<ColumnName, unknown>)[name] = null;
			return column;
		});
	const dict = (name: 'customer' | 'order' | 'product' | 'category' | 'channel') => {
		const columns = take(name);
		return columns[0] ? mergeDictColumn(columns as PackedDict[], rowCount) : null;
	};
	const floats = (name: 'amount' | 'quantity' | 'cost') => {
		const columns = take(name);
		return columns[0]
			? concatColumns(columns as Float64Array[], (n) => new Float64Array(n), rowCount)
			: null;
	};
	const discounted = take('discounted');
	return {
		rowCount,
		customer: dict('customer')!,
		order: dict('order')!,
		day: concatColumns(take('day'), (n) => new Int32Array(n), rowCount),
		amount: floats('amount')!,
		quantity: floats('quantity'),
		cost: floats('cost'),
		discounted: discounted[0]
			? concatColumns(discounted as Uint8Array[], (n) => new Uint8Array(n), rowCount)
			: null,
		product: dict('product'),
		category: dict('category'),
		channel: dict('channel')
	};
}
