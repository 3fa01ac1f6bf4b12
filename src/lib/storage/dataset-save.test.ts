import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrdersTable } from '../engine/tables/orders-table';
import {
	closeSieveDb,
	loadDataset,
	openSieveDb,
	saveDataset,
	startDatasetSave,
	StorageFullError
} from './index';
import type { DatasetDescription, SaveProgress } from './index';
import { codesHeadroom } from './dataset-save';

/** 512 KiB, written out here rather than imported: the chunk size a save cuts columns into. */
const CHUNK = 512 * 1024;
/** Entries of a whole chunk, by the kind stored. */
const INT32_CHUNK = CHUNK / 4;
const FLOAT64_CHUNK = CHUNK / 8;
const UINT16_CHUNK = CHUNK / 2;
/** 32 MiB: the transaction size of a save. */
const TRANSACTION = 32 * 1024 * 1024;

const ROWS = 156_250;
/** Lines enough for a save of several transactions. */
const MANY_ROWS = 16 * ROWS;

/**
 * 156,250 lines, one typed column of each stored kind: customer codes < 50 (`uint8`, 156 kB: one
 * part), days 19000–19399 (`uint16`, 312 kB: one part), order codes < 100,000 and whole
 * quantities (`int32`, 625 kB: one whole 512 KiB chunk and a part), costs with cents (`cents`,
 * 625 kB), amounts with three decimals (`float64`, 1.25 MB: two whole chunks and a part), the
 * discount flags (`uint8`, held so). With `MANY_ROWS` (2.5 million), 62.5 MB in all: two 32 MiB
 * transactions.
 */
function table(rows = ROWS): OrdersTable {
	return {
		rowCount: rows,
		customer: {
			codes: Int32Array.from({ length: rows }, (_, i) => (i * 7) % 50),
			values: Array.from({ length: 50 }, (_, i) => `c${i}`)
		},
		order: {
			codes: Int32Array.from({ length: rows }, (_, i) => i % 100_000),
			values: Array.from({ length: 100_000 }, (_, i) => `o${i}`)
		},
		day: Int32Array.from({ length: rows }, (_, i) => 19000 + (i % 400)),
		amount: Float64Array.from({ length: rows }, (_, i) => (i % 97) * 1.125 - 3),
		quantity: Float64Array.from({ length: rows }, (_, i) => (i % 300_000) - 100),
		cost: Float64Array.from({ length: rows }, (_, i) => (i % 89) / 100),
		discounted: Uint8Array.from({ length: rows }, (_, i) => i % 3 && 1),
		product: null,
		category: null,
		channel: null
	};
}

type Typed = Int32Array | Float64Array | Uint8Array;
type Kind = 'int32' | 'float64' | 'uint8';

/** The typed columns of `table()`, as a save stores them. */
function typedColumns(orders: OrdersTable): [string, Kind, Typed][] {
	return [
		['orders.customer.codes', 'int32', orders.customer.codes],
		['orders.order.codes', 'int32', orders.order.codes],
		['orders.day', 'int32', orders.day],
		['orders.amount', 'float64', orders.amount],
		['orders.quantity', 'float64', orders.quantity!],
		['orders.cost', 'float64', orders.cost!],
		['orders.discounted', 'uint8', orders.discounted!]
	];
}

function description(name: string): DatasetDescription {
	return {
		name,
		sourceFileName: `${name}.csv`,
		sourceSize: 95_000_000,
		mapping: { customer: 'CustomerID' },
		report: { rowsRead: ROWS },
		createdAt: '2026-11-30T12:00:00.000Z'
	};
}

/**
 * A column growing as an import fills it: a copy of `capacity` entries holding the final values in
 * [0, length) and junk after them (which a writer must never store).
 */
function grownCopy(final: Typed, length: number, capacity: number): Typed {
	const copy = new (final.constructor as new (size: number) => Typed)(capacity);
	copy.set(final.subarray(0, length));
	new Uint8Array(copy.buffer, length * copy.BYTES_PER_ELEMENT).fill(0xa5);
	return copy;
}

function hash(value: unknown): string {
	const bytes = Array.isArray(value)
		? Buffer.from(JSON.stringify(value))
		: Buffer.from(value as ArrayBuffer);
	return createHash('sha256').update(bytes).digest('hex');
}

function hashView(array: Typed): string {
	return hash(array.buffer.slice(array.byteOffset, array.byteOffset + array.byteLength));
}

/** Every chunk of a dataset, as [column key, index, SHA-256 of its bytes or strings]. */
async function storedChunks(id: string): Promise<[string, number, string][]> {
	const db = await openSieveDb();
	const range = IDBKeyRange.bound([id], [id, []]);
	const [keys, values] = await Promise.all([
		db.getAllKeys('chunks', range),
		db.getAll('chunks', range)
	]);
	return keys.map(([, key, index], i) => [key, index, hash(values[i])]);
}

async function chunkCount(id: string): Promise<number> {
	return (await openSieveDb()).count('chunks', IDBKeyRange.bound([id], [id, []]));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
	vi.restoreAllMocks();
});

describe('a save in stages', () => {
	it('stores the same chunks and record as a whole save, from prefixes cut anywhere and arrays replaced by bigger copies', async () => {
		const orders = table();
		await saveDataset({ id: 'whole', meta: description('orders'), orders });

		const save = startDatasetSave('staged');
		// Lengths on, just before and just after chunk boundaries (131,072 Int32 or 65,536 Float64
		// entries per chunk), each time in a bigger array, as an import grows its columns.
		const lengths = [
			0,
			1,
			FLOAT64_CHUNK - 1,
			FLOAT64_CHUNK,
			FLOAT64_CHUNK + 1,
			INT32_CHUNK - 1,
			INT32_CHUNK,
			143_751,
			ROWS
		];
		let capacity = 1024;
		for (const length of lengths) {
			while (capacity < length) capacity *= 2;
			for (const [key, kind, final] of typedColumns(orders)) {
				save.writeTypedPrefix(key, kind, grownCopy(final, length, capacity), length);
			}
			await settle();
		}
		// Every whole chunk of the prefixes is written before finish: one per column stored in four
		// bytes (order codes, quantities, costs in cents), two for the Float64 one (amounts), none of
		// the narrower ones.
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(3 * 1 + 1 * 2));

		expect(await save.finish({ meta: description('orders'), orders })).toBe('staged');
		expect(await storedChunks('staged')).toEqual(await storedChunks('whole'));
		const db = await openSieveDb();
		const [staged, whole] = await Promise.all([
			db.get('datasets', 'staged'),
			db.get('datasets', 'whole')
		]);
		expect({ ...staged, id: '' }).toEqual({ ...whole, id: '' });
	});

	it('reads back the columns it was given, byte for byte', async () => {
		const orders = table();
		const save = startDatasetSave('staged');
		for (const length of [43_750, INT32_CHUNK, ROWS]) {
			for (const [key, kind, final] of typedColumns(orders)) {
				save.writeTypedPrefix(key, kind, grownCopy(final, length, ROWS + 99), length);
			}
			await settle();
		}
		await save.finish({ meta: description('orders'), orders });

		const loaded = await loadDataset('staged');
		expect(loaded!.meta.ready).toBe(true);
		for (const [key, , final] of typedColumns(table())) {
			const [, column] = key.split('.');
			const read =
				column === 'customer' || column === 'order'
					? loaded!.orders[column].codes
					: (loaded!.orders[column as 'day'] as Typed);
			expect([key, hashView(read)]).toEqual([key, hashView(final)]);
		}
		expect(loaded!.orders.order.values).toEqual(orders.order.values);
	});

	it('writes a chunk only once it lies wholly inside the prefix', async () => {
		const orders = table();
		const save = startDatasetSave('staged');
		// One entry short of a whole Int32 chunk, and exactly one Float64 chunk, given together.
		save.writeTypedPrefix('orders.order.codes', 'int32', orders.order.codes, INT32_CHUNK - 1);
		save.writeTypedPrefix('orders.amount', 'float64', orders.amount, FLOAT64_CHUNK);
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(1));
		expect((await storedChunks('staged')).map(([key, index]) => [key, index])).toEqual([
			['orders.amount', 0]
		]);

		save.writeTypedPrefix('orders.order.codes', 'int32', orders.order.codes, INT32_CHUNK);
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(2));
		const codes = (await storedChunks('staged')).find(([key]) => key === 'orders.order.codes')!;
		expect(codes).toEqual([
			'orders.order.codes',
			0,
			hashView(orders.order.codes.subarray(0, INT32_CHUNK))
		]);
		await save.abort();
	});

	it('rewrites a staged column the final tables do not have', async () => {
		const orders = { ...table(), cost: null };
		await saveDataset({ id: 'whole', meta: description('orders'), orders });
		const save = startDatasetSave('staged');
		save.writeTypedPrefix('orders.cost', 'float64', table().cost!, ROWS);
		save.writeTypedPrefix('orders.order.codes', 'int32', orders.order.codes, ROWS);
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(2));

		await save.finish({ meta: description('orders'), orders });
		expect(await storedChunks('staged')).toEqual(await storedChunks('whole'));
		expect((await loadDataset('staged'))!.orders.cost).toBeNull();
	});

	it('stores a column narrower than it is held, and reads it back as held', async () => {
		const orders = table();
		await saveDataset({ id: 'whole', meta: description('orders'), orders });
		const record = await (await openSieveDb()).get('datasets', 'whole');
		const layout = Object.fromEntries(
			record!.columns.map(({ key, kind, readAs, bytes }) => [key, [kind, readAs, bytes]])
		);
		expect(layout).toMatchObject({
			'orders.customer.codes': ['uint8', 'int32', ROWS],
			'orders.order.codes': ['int32', undefined, 4 * ROWS],
			'orders.day': ['uint16', 'int32', 2 * ROWS],
			'orders.amount': ['float64', undefined, 8 * ROWS],
			'orders.quantity': ['int32', 'float64', 4 * ROWS],
			'orders.cost': ['cents', 'float64', 4 * ROWS],
			'orders.discounted': ['uint8', undefined, ROWS]
		});
		// 24 bytes a line on disk of the 34 held, and the dictionaries' text plus one byte a value.
		const text = (values: string[]) => values.reduce((sum, v) => sum + v.length + 1, 0);
		expect(record!.bytesStored).toBe(
			ROWS * (1 + 4 + 2 + 8 + 4 + 4 + 1) + text(orders.customer.values) + text(orders.order.values)
		);
		const loaded = await loadDataset('whole');
		for (const [key, , final] of typedColumns(orders)) {
			const [, column] = key.split('.');
			const read =
				column === 'customer' || column === 'order'
					? loaded!.orders[column].codes
					: (loaded!.orders[column as 'day'] as Typed);
			expect([key, read.constructor.name, hashView(read)]).toEqual([
				key,
				final.constructor.name,
				hashView(final)
			]);
		}
	});

	it('stops staging a column whose later values outgrow its kind, and rewrites it at finish', async () => {
		// Days under 32,767 for 2.03 uint16 chunks (262,144 entries each), then one past 65,534:
		// the column must end as int32, and no uint16 chunk holding it is written.
		const rows = 2.25 * UINT16_CHUNK;
		const day = new Int32Array(rows);
		for (let i = 0; i < rows; i++) day[i] = 19000 + (i % 400);
		day[2.125 * UINT16_CHUNK] = 70_000;
		const grown: OrdersTable = {
			rowCount: rows,
			customer: { codes: new Int32Array(rows), values: ['c0'] },
			order: { codes: new Int32Array(rows), values: ['o0'] },
			day,
			amount: new Float64Array(rows),
			quantity: null,
			cost: null,
			discounted: null,
			product: null,
			category: null,
			channel: null
		};
		await saveDataset({ id: 'whole', meta: description('orders'), orders: grown });
		const save = startDatasetSave('staged');
		save.writeTypedPrefix('orders.day', 'int32', day, 1.125 * UINT16_CHUNK);
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(1));
		// The whole column would complete a second uint16 chunk: it is not written.
		save.writeTypedPrefix('orders.day', 'int32', day, rows);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(await chunkCount('staged')).toBe(1);
		await save.finish({ meta: description('orders'), orders: grown });

		expect(await storedChunks('staged')).toEqual(await storedChunks('whole'));
		const column = (await (await openSieveDb()).get('datasets', 'staged'))!.columns.find(
			({ key }) => key === 'orders.day'
		);
		expect([column!.kind, column!.readAs]).toEqual(['int32', undefined]);
		expect(hashView((await loadDataset('staged'))!.orders.day)).toBe(hashView(day));
	});

	it('stages a dictionary’s codes that keep growing in the kind their end needs, not one they outgrow', async () => {
		// Codes numbered in order of first appearance, a new value every 4 rows: 32,767 at the
		// first whole int32 chunk (uint16 with twice the room), 73,727 at the end (int32).
		const rows = 2.25 * INT32_CHUNK;
		const codes = Int32Array.from({ length: rows }, (_, i) => i >> 2);
		const orders: OrdersTable = {
			...table(rows),
			order: { codes, values: Array.from({ length: 73_728 }, (_, i) => `o${i}`) }
		};
		await saveDataset({ id: 'whole', meta: description('orders'), orders });

		// Without `codes`: uint16 is chosen, then outgrown — nothing is staged, finish writes it all.
		const plain = startDatasetSave('plain');
		plain.writeTypedPrefix('orders.order.codes', 'int32', codes, INT32_CHUNK);
		plain.writeTypedPrefix('orders.order.codes', 'int32', codes, rows);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(await chunkCount('plain')).toBe(0);
		await plain.abort();

		// With `codes`: the pace of new values (16,384 in the prefix's second 65,536 rows) foresees
		// 32,767 + 0.25 × 163,840 = 73,727 at 294,912 rows: int32 from the first chunk.
		const save = startDatasetSave('staged');
		save.writeTypedPrefix('orders.order.codes', 'int32', codes, INT32_CHUNK, { codes: true });
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(1));
		save.writeTypedPrefix('orders.order.codes', 'int32', codes, rows, { codes: true });
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(2));
		await save.finish({ meta: description('orders'), orders });
		expect(await storedChunks('staged')).toEqual(await storedChunks('whole'));
		expect(hashView((await loadDataset('staged'))!.orders.order.codes)).toBe(hashView(codes));
	});

	it('refuses an array that is not the kind it is stored as', () => {
		const save = startDatasetSave('staged');
		expect(() =>
			save.writeTypedPrefix('orders.day', 'int32', new Float64Array(8) as never, 8)
		).toThrow(TypeError);
		return save.abort();
	});

	it('leaves nothing behind when aborted after writing chunks', async () => {
		const orders = table();
		const save = startDatasetSave('staged');
		for (const [key, kind, final] of typedColumns(orders)) {
			save.writeTypedPrefix(key, kind, final, ROWS);
		}
		await vi.waitFor(async () => expect(await chunkCount('staged')).toBe(5));

		await save.abort();
		expect(await chunkCount('staged')).toBe(0);
		expect(await (await openSieveDb()).get('datasets', 'staged')).toBeUndefined();
		await expect(save.finish({ meta: description('orders'), orders })).rejects.toThrow();
		expect(await chunkCount('staged')).toBe(0);
	});

	it('turns a full disk met while staging into StorageFullError at finish, and leaves nothing', async () => {
		const orders = table();
		const save = startDatasetSave('staged');
		await vi.waitFor(async () =>
			expect(await (await openSieveDb()).get('datasets', 'staged')).toBeDefined()
		);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		save.writeTypedPrefix('orders.order.codes', 'int32', orders.order.codes, ROWS);
		await vi.waitFor(async () =>
			expect(await (await openSieveDb()).get('datasets', 'staged')).toBeUndefined()
		);

		const error = await save.finish({ meta: description('orders'), orders }).catch((e) => e);
		expect(error).toBeInstanceOf(StorageFullError);
		// The columns as stored (uint8, int32, uint16, float64, int32, float64, uint8), and the
		// dictionaries' text plus one byte a value.
		const text = (values: string[]) => values.reduce((sum, v) => sum + v.length + 1, 0);
		expect((error as StorageFullError).neededBytes).toBe(
			ROWS * (1 + 4 + 2 + 8 + 4 + 4 + 1) + text(orders.customer.values) + text(orders.order.values)
		);
		vi.restoreAllMocks();
		expect(await chunkCount('staged')).toBe(0);
	});
});

describe('codesHeadroom', () => {
	it('foresees a growing dictionary’s codes at the pace of the prefix’s second half', () => {
		// Codes 0–7 in 8 entries of an array of 80: 4 new values in the last 4 entries, so
		// 7 + 1 × 72 = 79 expected, 79 / 7 the room needed.
		const codes = new Int32Array(80);
		codes.set([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(codes.length).toBe(80);
		expect(codesHeadroom(codes, 8)).toBeCloseTo(79 / 7, 12);
	});

	it('keeps twice the room for a dictionary that stopped growing, or no values yet', () => {
		const full = new Int32Array(80);
		full.set([0, 1, 2, 3, 3, 2, -1, 1]);
		expect(codesHeadroom(full, 8)).toBe(2);
		expect(codesHeadroom(new Int32Array(80).fill(-1), 8)).toBe(2);
		expect(codesHeadroom(new Int32Array(80), 8)).toBe(2);
	});
});

describe('a whole save', () => {
	it('keeps two transactions in flight and never more than two transactions’ bytes', async () => {
		// Bytes put and not yet committed, per transaction.
		const open = new Map<IDBTransaction, number>();
		let most = { transactions: 0, bytes: 0 };
		const nativePut = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value: unknown,
			key?: IDBValidKey
		) {
			const tx = this.transaction;
			if (this.name === 'chunks') {
				if (!open.has(tx)) tx.addEventListener('complete', () => open.delete(tx));
				const bytes = value instanceof ArrayBuffer ? value.byteLength : 0;
				open.set(tx, (open.get(tx) ?? 0) + bytes);
				const total = [...open.values()].reduce((sum, b) => sum + b, 0);
				most = {
					transactions: Math.max(most.transactions, open.size),
					bytes: Math.max(most.bytes, total)
				};
			}
			return nativePut.call(this, value, key);
		});

		await saveDataset({ id: 'whole', meta: description('orders'), orders: table(MANY_ROWS) });
		expect(most.transactions).toBe(2);
		expect(most.bytes).toBeLessThanOrEqual(2 * TRANSACTION);
		expect(most.bytes).toBeGreaterThan(TRANSACTION);
		// 2.5 MB (uint8) in 5 chunks, 5 MB (uint16) in 10, 10 MB (int32, cents) in 20, 20 MB
		// (float64) in 39; the customers' text in one run, the orders' (688,890 bytes) in two.
		const typed = 5 + 20 + 10 + 39 + 20 + 20 + 5;
		expect(await chunkCount('whole')).toBe(typed + 1 + 2);
	});

	it('reports progress after each committed transaction, ending at the bytes stored', async () => {
		const progress: SaveProgress[] = [];
		await saveDataset(
			{ id: 'whole', meta: description('orders'), orders: table(MANY_ROWS) },
			{ onProgress: (p) => progress.push(p) }
		);
		const stored = (await loadDataset('whole'))!.meta.bytesStored;
		// 62.5 MB of typed columns and a few kB of dictionaries: two transactions of ≤ 32 MiB.
		expect(progress).toHaveLength(2);
		expect(progress.every((p) => p.bytesTotal === stored)).toBe(true);
		expect(progress.map((p) => p.bytesWritten)).toEqual(
			[...progress.map((p) => p.bytesWritten)].sort((a, b) => a - b)
		);
		expect(progress[0].bytesWritten).toBeLessThanOrEqual(TRANSACTION);
		expect(progress[1].bytesWritten).toBe(stored);
	});

	it('counts chunks written in stages in its progress from the start of finish', async () => {
		const orders = table();
		const progress: SaveProgress[] = [];
		const save = startDatasetSave('staged', { onProgress: (p) => progress.push(p) });
		save.writeTypedPrefix('orders.amount', 'float64', orders.amount, ROWS);
		await vi.waitFor(() => expect(save.bytesWritten).toBe(2 * CHUNK));
		expect(progress).toEqual([]);

		await save.finish({ meta: description('orders'), orders });
		expect(progress[0].bytesWritten).toBe(2 * CHUNK);
		expect(progress.at(-1)!.bytesWritten).toBe(progress[0].bytesTotal);
	});
});
