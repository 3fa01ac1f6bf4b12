import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OrdersTable } from '../engine/tables/orders-table';
import { listDatasets, loadDataset, removeOrphans } from './datasets';
import { closeSieveDb, openSieveDb, SIEVE_DB_NAME, SIEVE_DB_VERSION } from './open-sieve-db';

/**
 * Writes a dataset the way schema v1 stored it, independently of the code under test: typed
 * columns as raw bytes, dictionaries as one UTF-8 JSON array, each cut into 8 MiB byte chunks.
 */
const V1_CHUNK = 8 * 1024 * 1024;

interface V1Column {
	key: string;
	kind: 'int32' | 'float64' | 'uint8' | 'strings';
	bytes: Uint8Array;
}

function v1Columns(orders: OrdersTable): V1Column[] {
	const raw = (array: Int32Array | Float64Array) =>
		new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
	const json = (values: string[]) => new TextEncoder().encode(JSON.stringify(values));
	return [
		{ key: 'orders.customer.codes', kind: 'int32', bytes: raw(orders.customer.codes) },
		{ key: 'orders.customer.values', kind: 'strings', bytes: json(orders.customer.values) },
		{ key: 'orders.order.codes', kind: 'int32', bytes: raw(orders.order.codes) },
		{ key: 'orders.order.values', kind: 'strings', bytes: json(orders.order.values) },
		{ key: 'orders.day', kind: 'int32', bytes: raw(orders.day) },
		{ key: 'orders.amount', kind: 'float64', bytes: raw(orders.amount) }
	];
}

async function writeV1(
	datasets: { id: string; orders: OrdersTable; ready: boolean; damage?: string }[]
): Promise<void> {
	const db = await openDB(SIEVE_DB_NAME, 1, {
		upgrade(database) {
			database.createObjectStore('datasets', { keyPath: 'id' });
			database.createObjectStore('chunks');
			database.createObjectStore('mappings', { keyPath: 'headerKey' });
		}
	});
	const tx = db.transaction(['datasets', 'chunks', 'mappings'], 'readwrite');
	for (const { id, orders, ready, damage } of datasets) {
		const columns = v1Columns(orders);
		for (const column of columns) {
			if (column.key === damage) column.bytes = new TextEncoder().encode('["not closed"');
			for (let index = 0; index * V1_CHUNK < column.bytes.byteLength; index++) {
				const chunk = column.bytes.slice(index * V1_CHUNK, (index + 1) * V1_CHUNK).buffer;
				await tx.objectStore('chunks').put(chunk, [id, column.key, index]);
			}
		}
		const layout = columns.map(({ key, kind, bytes }) => ({
			key,
			kind,
			bytes: bytes.byteLength,
			chunks: Math.ceil(bytes.byteLength / V1_CHUNK)
		}));
		await tx.objectStore('datasets').put({
			id,
			name: id,
			sourceFileName: `${id}.csv`,
			sourceSize: 1,
			sourceLastModified: null,
			mapping: {},
			report: {},
			attributesReport: null,
			settings: { k: 3 },
			counts: {
				lines: orders.rowCount,
				customerIds: orders.customer.values.length,
				orderIds: orders.order.values.length,
				attributeRows: 0
			},
			createdAt: `2025-01-0${datasets.findIndex((d) => d.id === id) + 1}T00:00:00.000Z`,
			bytesStored: layout.reduce((sum, column) => sum + column.bytes, 0),
			ready,
			columns: layout,
			attributeColumns: null
		});
	}
	await tx
		.objectStore('mappings')
		.put({ headerKey: 'a|b', mapping: { customer: 'a' }, savedAt: '' });
	await tx.done;
	db.close();
}

function table(customers: string[], orderIds: string[]): OrdersTable {
	const rowCount = orderIds.length;
	return {
		rowCount,
		customer: {
			codes: Int32Array.from({ length: rowCount }, (_, i) => i % customers.length),
			values: customers
		},
		order: { codes: Int32Array.from({ length: rowCount }, (_, i) => i), values: orderIds },
		day: Int32Array.from({ length: rowCount }, (_, i) => 19000 + (i % 365)),
		amount: Float64Array.from({ length: rowCount }, (_, i) => (i % 89) * 0.1 - 2),
		quantity: null,
		cost: null,
		discounted: null,
		product: null,
		category: null,
		channel: null
	};
}

function bytesOf(array: ArrayBufferView): number[] {
	return [...new Uint8Array(array.buffer, array.byteOffset, array.byteLength)];
}

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

describe('the upgrade from schema v1', () => {
	it('converts saved datasets: the same tables, dictionaries stored as runs of strings', async () => {
		const awkward = ['', '17850', 'Zoë "the" Buyer, Ltd', '🙂\u0000,\n\\', '𝔘𝔫𝔦'];
		const small = table(awkward, ['536365', 'C536379', '']);
		await writeV1([{ id: 'small', orders: small, ready: true }]);

		const db = await openSieveDb();
		expect(db.version).toBe(SIEVE_DB_VERSION); // v1 → v2 → the current version
		const back = (await loadDataset('small'))!;
		expect(back.meta.settings).toEqual({ k: 3 });
		expect(back.orders.customer.values).toEqual(awkward);
		expect(back.orders.order.values).toEqual(['536365', 'C536379', '']);
		expect(bytesOf(back.orders.customer.codes)).toEqual(bytesOf(small.customer.codes));
		expect(bytesOf(back.orders.amount)).toEqual(bytesOf(small.amount));
		expect(bytesOf(back.orders.day)).toEqual(bytesOf(small.day));
		const stored = await db.get('chunks', ['small', 'orders.customer.values', 0]);
		expect(stored).toEqual(awkward);
		// A dictionary now counts UTF-8 bytes plus one per value: 0 + 5 + 21 + 8 + 12, plus 5.
		const customerColumn = back.meta.columns.find((c) => c.key === 'orders.customer.values');
		expect(customerColumn).toEqual({
			key: 'orders.customer.values',
			kind: 'strings',
			bytes: 51,
			chunks: 1,
			length: 5
		});
		expect(back.meta.columns.find((c) => c.key === 'orders.amount')?.length).toBe(3);
		expect(back.meta.bytesStored).toBe(3 * 4 + 51 + 3 * 4 + (6 + 7 + 0 + 3) + 3 * 4 + 3 * 8);
	});

	it('joins a JSON dictionary cut inside a character across two chunks', async () => {
		const orderIds = Array.from({ length: 600_000 }, (_, i) => `€${i}€`);
		const json = new TextEncoder().encode(JSON.stringify(orderIds));
		// The v1 chunk boundary falls on a continuation byte of a '€' (0b10xxxxxx).
		expect(json[V1_CHUNK] & 0xc0).toBe(0x80);
		await writeV1([{ id: 'big', orders: table(['a'], orderIds), ready: true }]);

		const back = (await loadDataset('big'))!;
		expect(back.orders.order.values).toEqual(orderIds);
		const column = back.meta.columns.find((c) => c.key === 'orders.order.values')!;
		// In v2's measure, 600,000 × (6 bytes of '€€' + 1) + 3,488,890 digits = 7,688,890 bytes:
		// 15 runs of at most 512 KiB.
		expect(column).toMatchObject({ length: 600_000, bytes: 7_688_890, chunks: 15 });
	});

	it('drops a dataset whose dictionary cannot be read and keeps the others and the mappings', async () => {
		await writeV1([
			{ id: 'good', orders: table(['a', 'b'], ['1', '2']), ready: true },
			{
				id: 'damaged',
				orders: table(['a', 'b'], ['1', '2']),
				ready: true,
				damage: 'orders.order.values'
			}
		]);
		const db = await openSieveDb();
		expect((await listDatasets()).map((d) => d.id)).toEqual(['good']);
		expect(await db.count('chunks', IDBKeyRange.bound(['damaged'], ['damaged', []]))).toBe(0);
		expect(await db.get('datasets', 'damaged')).toBeUndefined();
		expect((await loadDataset('good'))!.orders.order.values).toEqual(['1', '2']);
		expect((await db.get('mappings', 'a|b'))?.mapping).toEqual({ customer: 'a' });
	});

	it('leaves a save that never finished to removeOrphans', async () => {
		await writeV1([
			{ id: 'kept', orders: table(['a'], ['1']), ready: true },
			{ id: 'cut', orders: table(['a'], ['1']), ready: false }
		]);
		expect(await loadDataset('cut')).toBeNull();
		expect(await removeOrphans()).toBe(1);
		const db = await openSieveDb();
		expect(await db.count('chunks', IDBKeyRange.bound(['cut'], ['cut', []]))).toBe(0);
		expect((await listDatasets()).map((d) => d.id)).toEqual(['kept']);
	});
});
