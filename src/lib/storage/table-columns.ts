/**
 * `OrdersTable` and `AttributesTable` ⇄ named byte columns. Typed arrays are stored as their raw
 * bytes; dictionaries (string arrays) as one UTF-8 JSON array. Both are cut into chunks of at most
 * `CHUNK_BYTES` by the repository, so no single IndexedDB value is huge.
 */
import type {
	AttributeColumn,
	AttributesTable,
	DictColumn,
	OrdersTable
} from '../engine/orders-table';
import { CHUNK_BYTES } from './schema';
import type { StoredAttributeColumn, StoredColumn, StoredColumnKind } from './schema';

/** A column ready to be written: its bytes (a view, sliced into chunks only when written). */
export interface ColumnBytes {
	key: string;
	kind: StoredColumnKind;
	bytes: Uint8Array;
}

export interface EncodedTables {
	columns: ColumnBytes[];
	attributeColumns: StoredAttributeColumn[] | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function viewOf(array: Int32Array | Float64Array | Uint8Array): Uint8Array {
	return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function encodeStrings(values: string[]): Uint8Array {
	return encoder.encode(JSON.stringify(values));
}

/** Returns every column of the tables as bytes, with the layout needed to rebuild them. */
export function encodeTables(
	orders: OrdersTable,
	attributes: AttributesTable | null
): EncodedTables {
	const columns: ColumnBytes[] = [];
	const numbers = (
		key: string,
		kind: StoredColumnKind,
		array: Int32Array | Float64Array | Uint8Array
	) => columns.push({ key, kind, bytes: viewOf(array) });
	const dictionary = (key: string, column: DictColumn) => {
		numbers(`${key}.codes`, 'int32', column.codes);
		columns.push({ key: `${key}.values`, kind: 'strings', bytes: encodeStrings(column.values) });
	};

	dictionary('orders.customer', orders.customer);
	dictionary('orders.order', orders.order);
	numbers('orders.day', 'int32', orders.day);
	numbers('orders.amount', 'float64', orders.amount);
	if (orders.quantity) numbers('orders.quantity', 'float64', orders.quantity);
	if (orders.cost) numbers('orders.cost', 'float64', orders.cost);
	if (orders.discounted) numbers('orders.discounted', 'uint8', orders.discounted);
	if (orders.product) dictionary('orders.product', orders.product);
	if (orders.category) dictionary('orders.category', orders.category);
	if (orders.channel) dictionary('orders.channel', orders.channel);

	if (!attributes) return { columns, attributeColumns: null };
	columns.push({
		key: 'attributes.customerIds',
		kind: 'strings',
		bytes: encodeStrings(attributes.customerIds)
	});
	// Columns are keyed by position: attribute names are user text and may contain anything.
	attributes.columns.forEach((column, index) => {
		if (column.kind === 'numeric') numbers(`attributes.${index}.values`, 'float64', column.values);
		else dictionary(`attributes.${index}`, column);
	});
	const attributeColumns = attributes.columns.map(({ name, kind }) => ({ name, kind }));
	return { columns, attributeColumns };
}

/** Number of chunks a column of `bytes` bytes takes. */
export function chunkCount(bytes: number): number {
	return Math.ceil(bytes / CHUNK_BYTES);
}

/** Copies chunk `index` of a column into its own buffer (a view would clone its whole buffer). */
export function sliceChunk(bytes: Uint8Array, index: number): ArrayBuffer {
	return bytes.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES).buffer;
}

/** The stored layout of encoded columns. */
export function describeColumns(columns: ColumnBytes[]): StoredColumn[] {
	return columns.map(({ key, kind, bytes }) => ({
		key,
		kind,
		bytes: bytes.byteLength,
		chunks: chunkCount(bytes.byteLength)
	}));
}

/** Joins a column's chunks; a single chunk is used as it is, without copying. */
function joinChunks(chunks: ArrayBuffer[]): ArrayBuffer {
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
	chunksByColumn: Map<string, ArrayBuffer[]>
): { orders: OrdersTable; attributes: AttributesTable | null } {
	const kinds = new Map(layout.map((column) => [column.key, column]));

	function read(key: string): ArrayBuffer | null {
		const column = kinds.get(key);
		if (!column) return null;
		const chunks = chunksByColumn.get(key) ?? [];
		const buffer = joinChunks(chunks);
		if (chunks.length !== column.chunks || buffer.byteLength !== column.bytes) {
			throw new Error(
				`The saved column “${key}” is incomplete; delete the dataset and import it again.`
			);
		}
		return buffer;
	}
	function sized<T extends { length: number }>(key: string, array: T, length: number): T {
		if (array.length !== length) {
			throw new Error(
				`The saved column “${key}” has ${array.length} entries instead of ${length}.`
			);
		}
		return array;
	}
	const int32 = (key: string, length: number) => {
		const buffer = read(key);
		return buffer ? sized(key, new Int32Array(buffer), length) : null;
	};
	const float64 = (key: string, length: number) => {
		const buffer = read(key);
		return buffer ? sized(key, new Float64Array(buffer), length) : null;
	};
	const strings = (key: string): string[] | null => {
		const buffer = read(key);
		if (!buffer) return null;
		const values: unknown = JSON.parse(decoder.decode(buffer));
		if (!Array.isArray(values))
			throw new Error(`The saved column “${key}” is not a list of strings.`);
		return values as string[];
	};
	const dictionary = (key: string, length: number): DictColumn | null => {
		const codes = int32(`${key}.codes`, length);
		const values = strings(`${key}.values`);
		if (!codes || !values) return null;
		return { codes, values };
	};
	const required = <T>(key: string, value: T | null): T => {
		if (value === null) throw new Error(`The saved dataset has no “${key}” column.`);
		return value;
	};

	const discountedBuffer = read('orders.discounted');
	const orders: OrdersTable = {
		rowCount,
		customer: required('orders.customer', dictionary('orders.customer', rowCount)),
		order: required('orders.order', dictionary('orders.order', rowCount)),
		day: required('orders.day', int32('orders.day', rowCount)),
		amount: required('orders.amount', float64('orders.amount', rowCount)),
		quantity: float64('orders.quantity', rowCount),
		cost: float64('orders.cost', rowCount),
		discounted: discountedBuffer
			? sized('orders.discounted', new Uint8Array(discountedBuffer), rowCount)
			: null,
		product: dictionary('orders.product', rowCount),
		category: dictionary('orders.category', rowCount),
		channel: dictionary('orders.channel', rowCount)
	};

	if (!attributeColumns) return { orders, attributes: null };
	const customerIds = required('attributes.customerIds', strings('attributes.customerIds'));
	const size = customerIds.length;
	const columns = attributeColumns.map(({ name, kind }, index): AttributeColumn => {
		if (kind === 'numeric') {
			const values = required(name, float64(`attributes.${index}.values`, size));
			return { name, kind, values };
		}
		const column = required(name, dictionary(`attributes.${index}`, size));
		return { name, kind, codes: column.codes, values: column.values };
	});
	return { orders, attributes: { customerIds, columns } };
}
