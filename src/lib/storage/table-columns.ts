/**
 * `OrdersTable`, `AttributesTable` and `TicketsTable` ⇄ named stored columns, cut into chunks of at most
 * `CHUNK_BYTES`. Typed arrays are stored as their raw bytes; dictionaries as runs of their strings,
 * which the browser clones natively (reading 400,000 order ids back takes tens of milliseconds,
 * where parsing them from JSON took hundreds), or — kept packed — their whole numbers as raw bytes
 * and only their texts as strings. A column that fits one chunk is read back without copying.
 */
import { packedDictColumn, packedValuesOf } from '../engine/tables/orders-table';
import type {
	AttributeColumn,
	AttributesTable,
	DictColumn,
	OrdersTable
} from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { CHUNK_BYTES } from './schema';
import type { ChunkValue, StoredAttributeColumn, StoredColumn, StoredColumnKind } from './schema';

/** A column ready to be written: its layout, and each chunk on demand. */
export interface EncodedColumn {
	layout: StoredColumn;
	/** Bytes of each chunk (as `StoredColumn.bytes` counts them), for save progress. */
	chunkBytes: number[];
	/**
	 * Chunk `index` as a value of its own (a view would clone its whole buffer). A typed chunk of
	 * `scratch`'s size is copied into `scratch` and its buffer returned: for a caller that `put`s
	 * it at once (`put` clones its value then), so one buffer serves every chunk.
	 */
	chunk: (index: number, scratch?: Uint8Array) => ChunkValue;
}

export interface EncodedTables {
	columns: EncodedColumn[];
	attributeColumns: StoredAttributeColumn[] | null;
}

/** How `encodeTables` lays typed columns out. */
export interface EncodeOptions {
	/**
	 * Stores each typed column in the narrowest kind that keeps it (`narrowestKind`): what a save
	 * writes (a 10M-line file's days, product codes, quantities and invoice numbers in half or a
	 * quarter of the bytes). Off, every column is stored as it is held (a project file).
	 */
	narrow: boolean;
	/**
	 * Kinds some columns' chunks were already written as: kept where the final column fits them.
	 * `checked`: entries [0, checked) are known to fit it (they were staged): only the rest is read.
	 */
	keep?: ReadonlyMap<string, { kind: TypedKind; checked: number }>;
}

export type TypedKind = Exclude<StoredColumnKind, 'strings'>;

/** The kinds a typed column is held as (and given to a save as); `uint16`, `cents` are stored only. */
export type HeldKind = Exclude<TypedKind, 'uint16' | 'cents'>;

/** The typed array of each typed kind. */
export interface TypedArrayOfKind {
	int32: Int32Array;
	float64: Float64Array;
	uint8: Uint8Array;
	uint16: Uint16Array;
	/** Hundredths of a `float64` column's values. */
	cents: Int32Array;
}

export type TypedColumnArray = TypedArrayOfKind[HeldKind];

/** Bytes per entry of each typed kind. */
export const BYTES_PER_ENTRY: Record<TypedKind, number> = {
	int32: 4,
	float64: 8,
	uint8: 1,
	uint16: 2,
	cents: 4
};

const ARRAY_OF_KIND = {
	int32: Int32Array,
	float64: Float64Array,
	uint8: Uint8Array,
	uint16: Uint16Array,
	cents: Int32Array
} as const;

/** True when `array` is the typed array `kind` is held as. */
export function isArrayOfKind(kind: HeldKind, array: unknown): array is TypedColumnArray {
	return array instanceof ARRAY_OF_KIND[kind];
}

/**
 * Typed kinds by width, for reading back (a kind is read as a wider one). Which kind keeps which
 * values is `keeps`: `cents` and `int32` each keep values the other does not.
 */
const WIDTH: Record<TypedKind, number> = { uint8: 0, uint16: 1, int32: 2, cents: 2.5, float64: 3 };

/** The largest whole number a narrower kind keeps (`uint8` and `uint16` keep -1 as all ones). */
const LARGEST = { uint8: 0xfe, uint16: 0xfffe, int32: 0x7fffffff } as const;

/** A value's hundredths when they give the value back exactly; else NaN. */
function centsOf(value: number): number {
	const cents = Math.round(value * 100);
	return cents / 100 === value ? cents : NaN;
}

/**
 * The narrowest kind that keeps entries [start, end) of a column held as `kind`, exactly: for an
 * `int32` column `uint8` when every value lies in [-1, 254], `uint16` in [-1, 65534]; for a
 * `float64` column those, or `int32` when every value is a whole number (not -0) in int32's range,
 * or `cents` when some are not but every value has at most two decimals (its hundredths give it
 * back exactly: amounts, prices) and its hundredths fit an `int32` (±21,474,836.47); else (and for
 * `uint8`, or no entries) the kind itself. `headroom` divides the largest value allowed: for a
 * column still growing, whose dictionary may gain codes.
 */
export function narrowestKind(
	kind: HeldKind,
	array: TypedColumnArray,
	start = 0,
	end = array.length,
	headroom = 1
): TypedKind {
	if (kind === 'uint8' || start >= end) return kind;
	let min = Infinity;
	let max = -Infinity;
	if (kind === 'float64') {
		let whole = true;
		for (let i = start; i < end; i++) {
			const value = array[i];
			// NaN fails both tests below, ±Infinity the ranges after the loop.
			if (value === 0 && 1 / value < 0) return kind;
			if (whole && value !== Math.trunc(value)) whole = false;
			if (!whole && Number.isNaN(centsOf(value))) return kind;
			if (value < min) min = value;
			if (value > max) max = value;
		}
		if (!whole) {
			// Hundredths within int32's range (for ±Infinity, NaN: not).
			const low = Math.round(min * 100) >= -(LARGEST.int32 + 1) / headroom;
			return low && Math.round(max * 100) <= LARGEST.int32 / headroom ? 'cents' : kind;
		}
	} else {
		for (let i = start; i < end; i++) {
			const value = array[i];
			if (value < min) min = value;
			if (value > max) max = value;
		}
	}
	if (min >= -1 && max <= LARGEST.uint8 / headroom) return 'uint8';
	if (min >= -1 && max <= LARGEST.uint16 / headroom) return 'uint16';
	if (
		kind === 'float64' &&
		min >= -(LARGEST.int32 + 1) / headroom &&
		max <= LARGEST.int32 / headroom
	)
		return 'int32';
	return kind;
}

/** True when a column stored as `stored` keeps every value whose narrowest kind is `narrowest`. */
export function keeps(stored: TypedKind, narrowest: TypedKind): boolean {
	// `cents` keeps what `uint8` and `uint16` keep (hundredths of 65,534 fit), not every `int32`.
	if (stored === 'cents') return narrowest === 'cents' || WIDTH[narrowest] <= WIDTH.uint16;
	if (narrowest === 'cents') return stored === 'float64';
	return WIDTH[narrowest] <= WIDTH[stored];
}

/**
 * Chunk `index` of a typed column stored as `stored` (its held kind, or narrower): the bytes of its
 * entries [index × n, (index + 1) × n), n = `CHUNK_BYTES` / bytes per stored entry,
 * in a buffer of their own (a view would clone its whole buffer) — `scratch`'s when the chunk has
 * its size (see `EncodedColumn.chunk`), else a new one. A narrower kind takes each value's low
 * bits (`set` converts them: -1 becomes all ones; a whole `float64` its `int32`). The one place
 * typed columns are cut, for whole saves and for saves in stages alike.
 */
export function typedChunk(
	array: TypedColumnArray,
	index: number,
	scratch: Uint8Array | undefined,
	stored: TypedKind
): ArrayBuffer {
	const size = BYTES_PER_ENTRY[stored];
	const perChunk = CHUNK_BYTES / size;
	const start = index * perChunk;
	const end = Math.min(array.length, start + perChunk);
	const bytes = (end - start) * size;
	const fits = scratch !== undefined && bytes === scratch.byteLength && scratch.byteOffset === 0;
	if (stored === 'cents') {
		const buffer = fits ? (scratch.buffer as ArrayBuffer) : new ArrayBuffer(bytes);
		const out = new Int32Array(buffer, 0, end - start);
		for (let i = 0; i < out.length; i++) out[i] = Math.round(array[start + i] * 100);
		return buffer;
	}
	if (array instanceof ARRAY_OF_KIND[stored]) {
		const from = new Uint8Array(array.buffer, array.byteOffset + start * size, bytes);
		if (!fits) return from.slice().buffer;
		scratch.set(from);
		return scratch.buffer as ArrayBuffer;
	}
	const buffer = fits ? (scratch.buffer as ArrayBuffer) : new ArrayBuffer(bytes);
	new ARRAY_OF_KIND[stored](buffer, 0, end - start).set(array.subarray(start, end));
	return buffer;
}

/**
 * A narrower column's chunks read back as `readAs`: each value widened, all ones of a `uint8` or
 * `uint16` as -1.
 */
function widen(
	chunks: ArrayBuffer[],
	stored: TypedKind,
	readAs: 'int32' | 'float64',
	length: number
): Int32Array | Float64Array {
	const out = readAs === 'int32' ? new Int32Array(length) : new Float64Array(length);
	let at = 0;
	for (const chunk of chunks) {
		const part = new ARRAY_OF_KIND[stored](chunk);
		if (stored === 'cents') {
			for (let i = 0; i < part.length; i++) out[at++] = part[i] / 100;
			continue;
		}
		if (stored === 'int32') {
			out.set(part, at);
			at += part.length;
			continue;
		}
		const none = stored === 'uint8' ? 0xff : 0xffff;
		for (let i = 0; i < part.length; i++) {
			const value = part[i];
			out[at++] = value === none ? -1 : value;
		}
	}
	return out;
}

function encodeTyped(
	key: string,
	kind: HeldKind,
	array: TypedColumnArray,
	stored: TypedKind = kind
): EncodedColumn {
	const byteLength = array.length * BYTES_PER_ENTRY[stored];
	const chunks = Math.ceil(byteLength / CHUNK_BYTES);
	const layout: StoredColumn = {
		key,
		kind: stored,
		bytes: byteLength,
		chunks,
		length: array.length
	};
	if (stored !== kind) layout.readAs = kind as 'int32' | 'float64';
	return {
		layout,
		chunkBytes: Array.from({ length: chunks }, (_, index) =>
			Math.min(CHUNK_BYTES, byteLength - index * CHUNK_BYTES)
		),
		chunk: (index, scratch) => typedChunk(array, index, scratch, stored)
	};
}

/** UTF-8 length of a string (a lone surrogate counts as U+FFFD, 3 bytes, as `TextEncoder` writes it). */
export function utf8Length(value: string): number {
	let bytes = value.length;
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code < 0x80) continue;
		if (code < 0x800) {
			bytes += 1;
		} else if (code >= 0xd800 && code < 0xdc00 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bytes += 2; // a surrogate pair: 2 code units, 4 bytes
			i++;
		} else {
			bytes += 2;
		}
	}
	return bytes;
}

/**
 * A dictionary as consecutive runs of its strings, each run at most `CHUNK_BYTES` (counting UTF-8
 * bytes plus one per value) unless a single value is larger.
 */
export function encodeStrings(key: string, values: string[]): EncodedColumn {
	const ends: number[] = [];
	const chunkBytes: number[] = [];
	let bytes = 0;
	let current = 0;
	for (let i = 0; i < values.length; i++) {
		const size = utf8Length(values[i]) + 1;
		if (current > 0 && current + size > CHUNK_BYTES) {
			ends.push(i);
			chunkBytes.push(current);
			current = 0;
		}
		current += size;
		bytes += size;
	}
	if (values.length > 0) {
		ends.push(values.length);
		chunkBytes.push(current);
	}
	return {
		layout: { key, kind: 'strings', bytes, chunks: ends.length, length: values.length },
		chunkBytes,
		// `put` clones its value at once, so a single run can be the array itself.
		chunk: (index) =>
			ends.length === 1 ? values : values.slice(index === 0 ? 0 : ends[index - 1], ends[index])
	};
}

/** Returns every column of the tables, encoded, with the layout needed to rebuild them. */
export function encodeTables(
	orders: OrdersTable,
	attributes: AttributesTable | null,
	tickets: TicketsTable | null = null,
	options: EncodeOptions = { narrow: false }
): EncodedTables {
	const columns: EncodedColumn[] = [];
	const typed = (key: string, kind: HeldKind, array: TypedColumnArray) => {
		let stored: TypedKind = kind;
		if (options.narrow) {
			const kept = options.keep?.get(key);
			// An empty rest fits any kind (`narrowestKind` names the held one for no entries).
			const rest =
				kept &&
				(kept.checked >= array.length ? kept.kind : narrowestKind(kind, array, kept.checked));
			stored =
				kept && rest && keeps(kept.kind, rest) && keeps(kind, kept.kind)
					? kept.kind
					: narrowestKind(kind, array);
		}
		columns.push(encodeTyped(key, kind, array, stored));
	};
	// A packed dictionary (`packedDictColumn`) is stored packed: its whole numbers as one float64
	// column (`.numbers`, -1 for a text value) and its texts apart (`.texts`), not a string per
	// invoice number; any other as its strings (`.values`). Both read back (`decodeTables`).
	const dictionary = (key: string, column: DictColumn) => {
		typed(`${key}.codes`, 'int32', column.codes);
		const packed = packedValuesOf(column);
		if (packed) {
			typed(`${key}.numbers`, 'float64', packed.numbers);
			columns.push(encodeStrings(`${key}.texts`, packed.texts));
		} else columns.push(encodeStrings(`${key}.values`, column.values));
	};

	dictionary('orders.customer', orders.customer);
	dictionary('orders.order', orders.order);
	typed('orders.day', 'int32', orders.day);
	typed('orders.amount', 'float64', orders.amount);
	if (orders.quantity) typed('orders.quantity', 'float64', orders.quantity);
	if (orders.cost) typed('orders.cost', 'float64', orders.cost);
	if (orders.discounted) typed('orders.discounted', 'uint8', orders.discounted);
	if (orders.product) dictionary('orders.product', orders.product);
	if (orders.category) dictionary('orders.category', orders.category);
	if (orders.channel) dictionary('orders.channel', orders.channel);

	// The tickets file (optional): its own `tickets.*` columns; their presence is the only marker,
	// so datasets saved before tickets existed read back with `tickets: null` (no schema change).
	if (tickets) {
		dictionary('tickets.customer', tickets.customer);
		typed('tickets.openedDay', 'int32', tickets.openedDay);
		typed('tickets.resolved', 'uint8', tickets.resolved);
		typed('tickets.resolvedDay', 'float64', tickets.resolvedDay);
		if (tickets.ticketId) columns.push(encodeStrings('tickets.ticketId', tickets.ticketId));
		if (tickets.severity) dictionary('tickets.severity', tickets.severity);
		if (tickets.channel) dictionary('tickets.channel', tickets.channel);
	}

	if (!attributes) return { columns, attributeColumns: null };
	columns.push(encodeStrings('attributes.customerIds', attributes.customerIds));
	// Columns are keyed by position: attribute names are user text and may contain anything.
	attributes.columns.forEach((column, index) => {
		if (column.kind === 'numeric') typed(`attributes.${index}.values`, 'float64', column.values);
		else dictionary(`attributes.${index}`, column);
	});
	const attributeColumns = attributes.columns.map(({ name, kind }) => ({ name, kind }));
	return { columns, attributeColumns };
}

/** Joins a column's buffers with one copy; a single buffer is used as it is. */
function joinBuffers(chunks: ArrayBuffer[]): ArrayBuffer {
	if (chunks.length === 1) return chunks[0];
	const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
	const joined = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(new Uint8Array(chunk), offset);
		offset += chunk.byteLength;
	}
	return joined.buffer;
}

/** Rebuilds the tables from the stored layout and each column's chunks (in index order). */
export function decodeTables(
	layout: StoredColumn[],
	attributeColumns: StoredAttributeColumn[] | null,
	rowCount: number,
	chunksByColumn: Map<string, ChunkValue[]>
): { orders: OrdersTable; attributes: AttributesTable | null; tickets: TicketsTable | null } {
	const columns = new Map(layout.map((column) => [column.key, column]));
	const incomplete = (key: string) =>
		new Error(`The saved column “${key}” is incomplete; delete the dataset and import it again.`);

	function chunksOf(key: string): { column: StoredColumn; chunks: ChunkValue[] } | null {
		const column = columns.get(key);
		if (!column) return null;
		const chunks = chunksByColumn.get(key) ?? [];
		// A column kept as a file comes as one buffer (`loadDataset` reads it whole).
		if (chunks.length !== (column.file ? 1 : column.chunks)) throw incomplete(key);
		return { column, chunks };
	}
	/** A typed column held as `kind`: stored so, or narrower (`StoredColumn.readAs`). */
	function typed<K extends HeldKind>(
		key: string,
		kind: K,
		length: number
	): TypedArrayOfKind[K] | null {
		const found = chunksOf(key);
		if (!found) return null;
		const { column, chunks } = found;
		const stored = column.kind;
		const narrower = column.readAs === kind && stored !== 'strings' && WIDTH[stored] < WIDTH[kind];
		if (
			(column.readAs === undefined ? stored !== kind : !narrower) ||
			chunks.some((chunk) => Array.isArray(chunk))
		) {
			throw incomplete(key);
		}
		const buffers = chunks as ArrayBuffer[];
		const byteLength = buffers.reduce((sum, chunk) => sum + chunk.byteLength, 0);
		if (byteLength !== column.bytes) throw incomplete(key);
		const entries = byteLength / BYTES_PER_ENTRY[stored as TypedKind];
		if (entries !== length) {
			throw new Error(`The saved column “${key}” has ${entries} entries instead of ${length}.`);
		}
		const array = narrower
			? widen(buffers, stored, kind as 'int32' | 'float64', length)
			: new ARRAY_OF_KIND[kind](joinBuffers(buffers));
		return array as TypedArrayOfKind[K];
	}
	const int32 = (key: string, length: number) => typed(key, 'int32', length);
	const float64 = (key: string, length: number) => typed(key, 'float64', length);
	const strings = (key: string): string[] | null => {
		const found = chunksOf(key);
		if (!found) return null;
		const { column, chunks } = found;
		if (column.kind !== 'strings' || !chunks.every((chunk) => Array.isArray(chunk))) {
			throw new Error(`The saved column “${key}” is not a list of strings.`);
		}
		const runs = chunks as string[][];
		const values = runs.length === 1 ? runs[0] : ([] as string[]).concat(...runs);
		if (values.length !== column.length) throw incomplete(key);
		return values;
	};
	const dictionary = (key: string, length: number): DictColumn | null => {
		const codes = int32(`${key}.codes`, length);
		if (!codes) return null;
		const numbersColumn = columns.get(`${key}.numbers`);
		if (numbersColumn) {
			const numbers = float64(`${key}.numbers`, numbersColumn.length);
			const texts = strings(`${key}.texts`);
			if (!numbers || !texts) throw incomplete(key);
			let textCodes = 0;
			for (let code = 0; code < numbers.length; code++) if (numbers[code] < 0) textCodes++;
			if (textCodes !== texts.length) throw incomplete(key);
			return packedDictColumn(codes, { numbers, texts });
		}
		const values = strings(`${key}.values`);
		if (!values) return null;
		return { codes, values };
	};
	const required = <T>(key: string, value: T | null): T => {
		if (value === null) throw new Error(`The saved dataset has no “${key}” column.`);
		return value;
	};

	const discounted = typed('orders.discounted', 'uint8', rowCount);
	const orders: OrdersTable = {
		rowCount,
		customer: required('orders.customer', dictionary('orders.customer', rowCount)),
		order: required('orders.order', dictionary('orders.order', rowCount)),
		day: required('orders.day', int32('orders.day', rowCount)),
		amount: required('orders.amount', float64('orders.amount', rowCount)),
		quantity: float64('orders.quantity', rowCount),
		cost: float64('orders.cost', rowCount),
		discounted,
		product: dictionary('orders.product', rowCount),
		category: dictionary('orders.category', rowCount),
		channel: dictionary('orders.channel', rowCount)
	};

	const tickets = decodeTickets();
	function decodeTickets(): TicketsTable | null {
		const opened = columns.get('tickets.openedDay');
		if (!opened) return null;
		const count = opened.length;
		const resolved = typed('tickets.resolved', 'uint8', count);
		const ticketId = strings('tickets.ticketId');
		if (ticketId && ticketId.length !== count) throw incomplete('tickets.ticketId');
		return {
			count,
			ticketId,
			customer: required('tickets.customer', dictionary('tickets.customer', count)),
			openedDay: required('tickets.openedDay', int32('tickets.openedDay', count)),
			resolved: required('tickets.resolved', resolved),
			resolvedDay: required('tickets.resolvedDay', float64('tickets.resolvedDay', count)),
			severity: dictionary('tickets.severity', count),
			channel: dictionary('tickets.channel', count)
		};
	}

	if (!attributeColumns) return { orders, attributes: null, tickets };
	const customerIds = required('attributes.customerIds', strings('attributes.customerIds'));
	const size = customerIds.length;
	const attributeTables = attributeColumns.map(({ name, kind }, index): AttributeColumn => {
		if (kind === 'numeric') {
			const values = required(name, float64(`attributes.${index}.values`, size));
			return { name, kind, values };
		}
		const column = required(name, dictionary(`attributes.${index}`, size));
		return { name, kind, codes: column.codes, values: column.values };
	});
	return { orders, attributes: { customerIds, columns: attributeTables }, tickets };
}
