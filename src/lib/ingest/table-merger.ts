/**
 * The pieces of a parallel import (`parallel-import.ts`) merged into one `OrdersTable` as they
 * arrive, in file order: byte for byte the one-worker import's table. A value keeps the code of its
 * first appearance in the file, so adding pieces in file order assigns the codes a one-worker import
 * would; number columns are appended. Each piece is let go once added, so an import holds the
 * growing table and the few pieces in flight, never every piece and the whole table at once (the
 * peak of merging at the end), and the merge runs while later pieces are still being parsed.
 */
import { packedDictColumn } from '../engine/tables/orders-table';
import type { DictColumn, OrdersTable, PackedValues } from '../engine/tables/orders-table';
import { IdDictionary } from './growable-columns';
import type { PackedDict, PieceTable } from './merge-tables';

/** A growing typed column: `length` entries written, capacity doubled when full. */
class Column<T extends Float64Array | Int32Array | Uint8Array> {
	length = 0;
	constructor(
		public data: T,
		private readonly make: (length: number) => T
	) {}

	/** Room for `more` entries after `length`. */
	reserve(more: number): void {
		if (this.length + more <= this.data.length) return;
		let size = Math.max(1024, this.data.length * 2);
		while (size < this.length + more) size *= 2;
		const bigger = this.make(size);
		bigger.set(this.data.subarray(0, this.length));
		this.data = bigger;
	}

	append(values: T): void {
		this.reserve(values.length);
		this.data.set(values, this.length);
		this.length += values.length;
	}

	/**
	 * The `length` entries written, as a view of the column's buffer: not a copy, which would hold
	 * the whole column twice at the import's peak (the buffer's few spare entries stay unused).
	 */
	toArray(): T {
		return this.data.subarray(0, this.length) as T;
	}
}

/**
 * One dictionary merged piece by piece: a piece's values (whole numbers by value, texts as kept)
 * get the codes of an `IdDictionary` in file order, which keeps them packed: no string is made per
 * invoice number.
 */
class DictionaryMerger {
	readonly codes: Column<Int32Array>;
	readonly #dictionary = new IdDictionary();

	constructor(capacity: number, values: number) {
		this.codes = new Column(new Int32Array(capacity), (n) => new Int32Array(n));
		this.#dictionary.reserve(values);
	}

	/** Appends a piece's codes, turned into merged codes (empty values keep -1). */
	add({ codes, values }: PackedDict): void {
		const remap = this.#remap(values);
		const column = this.codes;
		column.reserve(codes.length);
		const out = column.data;
		let at = column.length;
		for (let i = 0; i < codes.length; i++) {
			const code = codes[i];
			out[at++] = code < 0 ? code : remap[code];
		}
		column.length = at;
	}

	finish(): DictColumn {
		return packedDictColumn(this.codes.toArray(), this.#dictionary.packedFinal());
	}

	/** The dictionary's numbers written so far (`IdDictionary.growingNumbers`). */
	growingNumbers(): { data: Float64Array; length: number } {
		return this.#dictionary.growingNumbers();
	}

	/** A piece's local codes → merged codes, adding the values seen for the first time. */
	#remap({ numbers, texts }: PackedValues): Int32Array {
		const dictionary = this.#dictionary;
		const remap = new Int32Array(numbers.length);
		let text = 0;
		for (let code = 0; code < numbers.length; code++) {
			const number = numbers[code];
			remap[code] =
				number < 0 ? dictionary.codeOfText(texts[text++]) : dictionary.codeOfNumber(number);
		}
		return remap;
	}
}

/** A dictionary column with no values (a table of no rows). */
function emptyDictColumn(): DictColumn {
	return { codes: new Int32Array(0), values: [] };
}

type DictName = 'customer' | 'order' | 'product' | 'category' | 'channel';
const DICTS: DictName[] = ['customer', 'order', 'product', 'category', 'channel'];

/** A typed column of the growing table, for saving its finished part while pieces still arrive. */
export interface GrowingColumn {
	/** Its stored key (`table-columns.ts`'s `orders.<name>`). */
	key: string;
	kind: 'int32' | 'float64' | 'uint8';
	/** The column's current buffer (replaced by a bigger copy as it grows). */
	array: Int32Array | Float64Array | Uint8Array;
	/** Entries written so far: final, as later pieces only append. */
	length: number;
	/** A dictionary's codes, numbered in order of first appearance (`array.length`: the rows expected). */
	codes: boolean;
}

/**
 * Pieces added in file order → the whole file's table. The first piece decides which optional
 * columns there are (every piece of one file has the same mapping, so the same columns).
 */
export class TableMerger {
	rowCount = 0;
	#dicts = new Map<DictName, DictionaryMerger>();
	#day: Column<Int32Array>;
	#amount: Column<Float64Array>;
	#quantity: Column<Float64Array> | null = null;
	#cost: Column<Float64Array> | null = null;
	#discounted: Column<Uint8Array> | null = null;
	#started = false;

	/** `capacity`: rows expected in the whole file (a little over; columns grow when it is not). */
	constructor(private readonly capacity: number) {
		this.#day = new Column(new Int32Array(capacity), (n) => new Int32Array(n));
		this.#amount = new Column(new Float64Array(capacity), (n) => new Float64Array(n));
	}

	/** Appends the next piece in file order; the piece's columns are let go. */
	add(piece: PieceTable): void {
		if (!this.#started) this.#start(piece);
		for (const name of DICTS) {
			const column = piece[name];
			if (column) this.#dicts.get(name)?.add(column);
		}
		this.#day.append(piece.day);
		this.#amount.append(piece.amount);
		if (piece.quantity) this.#quantity?.append(piece.quantity);
		if (piece.cost) this.#cost?.append(piece.cost);
		if (piece.discounted) this.#discounted?.append(piece.discounted);
		this.rowCount += piece.rowCount;
	}

	/** The typed columns written so far (codes, days, amounts …), as `encodeTables` names them. */
	growingColumns(): GrowingColumn[] {
		const columns: GrowingColumn[] = [];
		const push = (
			key: string,
			kind: GrowingColumn['kind'],
			column: { data: Int32Array | Float64Array | Uint8Array; length: number } | null | undefined,
			codes = false
		) => {
			if (column)
				columns.push({
					key,
					kind,
					array: column.data,
					length: column.length,
					codes
				});
		};
		push('orders.customer.codes', 'int32', this.#dicts.get('customer')?.codes, true);
		push('orders.order.codes', 'int32', this.#dicts.get('order')?.codes, true);
		// The customers' and orders' numbers (their ids as whole numbers), in code order: 4M invoice
		// numbers at 10M lines, 16 MB left for the save's finish were they not staged.
		push('orders.customer.numbers', 'float64', this.#dicts.get('customer')?.growingNumbers());
		push('orders.order.numbers', 'float64', this.#dicts.get('order')?.growingNumbers());
		push('orders.day', 'int32', this.#day);
		push('orders.amount', 'float64', this.#amount);
		push('orders.quantity', 'float64', this.#quantity);
		push('orders.cost', 'float64', this.#cost);
		push('orders.discounted', 'uint8', this.#discounted);
		push('orders.product.codes', 'int32', this.#dicts.get('product')?.codes, true);
		push('orders.category.codes', 'int32', this.#dicts.get('category')?.codes, true);
		push('orders.channel.codes', 'int32', this.#dicts.get('channel')?.codes, true);
		return columns;
	}

	/** The merged table; the merger is spent. */
	finish(): OrdersTable {
		const dict = (name: DictName) => this.#dicts.get(name)?.finish() ?? null;
		return {
			rowCount: this.rowCount,
			customer: dict('customer') ?? emptyDictColumn(),
			order: dict('order') ?? emptyDictColumn(),
			day: this.#day.toArray(),
			amount: this.#amount.toArray(),
			quantity: this.#quantity?.toArray() ?? null,
			cost: this.#cost?.toArray() ?? null,
			discounted: this.#discounted?.toArray() ?? null,
			product: dict('product'),
			category: dict('category'),
			channel: dict('channel')
		};
	}

	#start(piece: PieceTable): void {
		this.#started = true;
		const n = this.capacity;
		// Customers and orders may be one per row; the other dictionaries are few.
		const values = (name: DictName) => (name === 'customer' || name === 'order' ? n : 0);
		for (const name of DICTS)
			if (piece[name]) this.#dicts.set(name, new DictionaryMerger(n, values(name)));
		const floats = () => new Column(new Float64Array(n), (size) => new Float64Array(size));
		if (piece.quantity) this.#quantity = floats();
		if (piece.cost) this.#cost = floats();
		if (piece.discounted)
			this.#discounted = new Column(new Uint8Array(n), (s) => new Uint8Array(s));
	}
}
