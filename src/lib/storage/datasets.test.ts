import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttributesTable, DictColumn, OrdersTable } from '../engine/tables/orders-table';
import {
	closeSieveDb,
	deleteAllData,
	deleteDataset,
	listDatasets,
	loadDataset,
	openSieveDb,
	recallMapping,
	rememberMapping,
	removeOrphans,
	renameDataset,
	restoreDataset,
	saveDataset,
	saveSettings,
	StorageFullError,
	TRASH_GRACE_MS,
	trashDataset
} from './index';
import type { DatasetDescription } from './index';

/** Every optional column, awkward values included: NaN costs, −0, returns, quotes, emoji. */
function fullTables(): { orders: OrdersTable; attributes: AttributesTable } {
	const dict = (codes: number[], values: string[]): DictColumn => ({
		codes: Int32Array.from(codes),
		values
	});
	const orders: OrdersTable = {
		rowCount: 5,
		customer: dict([0, 0, 1, 2, 1], ['17850', 'Zoë "the" Buyer, Ltd', '🙂 émoji\nnewline']),
		order: dict([0, 0, 1, 2, 3], ['536365', '536366', 'C536379', '536380']),
		day: Int32Array.from([18962, 18962, 18963, -1, 20000]),
		amount: Float64Array.from([15.3, 0.1 + 0.2, -27.5, -0, 1e-300]),
		quantity: Float64Array.from([6, 1, -1, 0, 2.5]),
		cost: Float64Array.from([7.2, NaN, -12, 0, Infinity]),
		discounted: Uint8Array.from([0, 1, 0, 1, 1]),
		product: dict([0, 1, 1, 2, 0], ['WHITE HANGING HEART', 'Mug "Boss", 350 ml', '']),
		category: dict([0, 0, 1, 1, 0], ['Home', 'Kitchen']),
		channel: dict([0, 1, 2, 0, 0], ['online', 'store', 'phone'])
	};
	const attributes: AttributesTable = {
		customerIds: ['17850', 'Zoë "the" Buyer, Ltd', 'no orders'],
		columns: [
			{ name: 'age', kind: 'numeric', values: Float64Array.from([37, NaN, 19]) },
			{
				name: 'city.name',
				kind: 'categorical',
				codes: Int32Array.from([1, 0, 1]),
				values: ['Leeds', 'York']
			},
			{ name: 'followers', kind: 'numeric', values: Float64Array.from([3000, 0, 1.5e6]) }
		]
	};
	return { orders, attributes };
}

/** The minimal table: only the required columns. */
function requiredOnly(rowCount: number): OrdersTable {
	return {
		rowCount,
		customer: { codes: new Int32Array(rowCount), values: ['a'] },
		order: {
			codes: Int32Array.from({ length: rowCount }, (_, i) => i),
			values: Array.from({ length: rowCount }, (_, i) => `o${i}`)
		},
		day: Int32Array.from({ length: rowCount }, (_, i) => 19000 + (i % 400)),
		// Three decimals: stored as float64, as held (two would be stored as cents).
		amount: Float64Array.from({ length: rowCount }, (_, i) => (i % 97) * 1.125),
		quantity: null,
		cost: null,
		discounted: null,
		product: null,
		category: null,
		channel: null
	};
}

function description(name: string): DatasetDescription {
	return {
		name,
		sourceFileName: `${name}.csv`,
		sourceSize: 1234,
		sourceLastModified: 1_700_000_000_000,
		mapping: { customer: 'CustomerID', date: 'InvoiceDate' },
		report: { rowsRead: 6, rejected: { noCustomer: 1 } },
		createdAt: '2026-01-02T03:04:05.000Z'
	};
}

/** UTF-8 bytes of the values plus one per value, counted by Node's `Buffer`. */
function textBytes(values: string[]): number {
	return values.reduce((sum, value) => sum + Buffer.byteLength(value, 'utf8') + 1, 0);
}

function bytesOf(array: ArrayBufferView): number[] {
	return [...new Uint8Array(array.buffer, array.byteOffset, array.byteLength)];
}

async function chunkCountOf(id: string): Promise<number> {
	const db = await openSieveDb();
	return db.count('chunks', IDBKeyRange.bound([id], [id, []]));
}

beforeEach(async () => {
	await closeSieveDb();
	globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('saveDataset and loadDataset', () => {
	it('round-trips a table with every optional column bit for bit', async () => {
		const { orders, attributes } = fullTables();
		const id = await saveDataset({ meta: description('full'), orders, attributes });
		await closeSieveDb(); // read back through a new connection, as after a reload
		const stored = await loadDataset(id);
		expect(stored).not.toBeNull();
		const back = stored!.orders;
		const expected = fullTables().orders;
		expect(back.rowCount).toBe(5);
		for (const key of ['day', 'amount', 'quantity', 'cost', 'discounted'] as const) {
			expect(back[key]!.constructor).toBe(expected[key]!.constructor);
			expect(bytesOf(back[key]!)).toEqual(bytesOf(expected[key]!));
		}
		for (const key of ['customer', 'order', 'product', 'category', 'channel'] as const) {
			expect(back[key]!.codes).toBeInstanceOf(Int32Array);
			expect(bytesOf(back[key]!.codes)).toEqual(bytesOf(expected[key]!.codes));
			expect(back[key]!.values).toEqual(expected[key]!.values);
		}
		expect(Object.is(back.amount[3], -0)).toBe(true);
		expect(Number.isNaN(back.cost![1])).toBe(true);

		const attrs = stored!.attributes!;
		expect(attrs.customerIds).toEqual(attributes.customerIds);
		expect(attrs.columns.map((c) => [c.name, c.kind])).toEqual([
			['age', 'numeric'],
			['city.name', 'categorical'],
			['followers', 'numeric']
		]);
		const [age, city] = attrs.columns;
		expect(age.kind === 'numeric' && bytesOf(age.values)).toEqual(
			bytesOf(Float64Array.from([37, NaN, 19]))
		);
		expect(city.kind === 'categorical' && [...city.codes]).toEqual([1, 0, 1]);
		expect(city.kind === 'categorical' && city.values).toEqual(['Leeds', 'York']);
	});

	it('keeps absent optional columns and attributes absent', async () => {
		const id = await saveDataset({ meta: description('minimal'), orders: requiredOnly(10) });
		const stored = await loadDataset(id);
		const { quantity, cost, discounted, product, category, channel } = stored!.orders;
		expect([quantity, cost, discounted, product, category, channel]).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
		]);
		expect(stored!.attributes).toBeNull();
		expect(bytesOf(stored!.orders.amount)).toEqual(bytesOf(requiredOnly(10).amount));
	});

	it('splits columns larger than a chunk (512 KiB) into chunks and joins them back', async () => {
		// 1.5 million rows: 12 MB of amounts, an order dictionary of 12.4 MB, and 35 MB in all (two
		// transactions of at most 32 MB). Customer codes (all 0) are stored as uint8, days as
		// uint16, order codes as int32.
		const rows = 1_500_000;
		const orders = requiredOnly(rows);
		const progress: number[] = [];
		const id = await saveDataset(
			{ meta: description('big'), orders },
			{ onProgress: ({ bytesWritten }) => progress.push(bytesWritten) }
		);
		// A dictionary counts its values' UTF-8 bytes plus one per value.
		const dictionaryBytes = textBytes(orders.order.values);
		// 'o0' … 'o1499999': 10 × 3 + 90 × 4 + 900 × 5 + … + 500,000 × 9 bytes.
		expect(dictionaryBytes).toBe(12_388_890);
		const expectedChunks =
			3 + // customer codes, 1.5 MB
			1 + // customer dictionary
			12 + // order codes, 6 MB
			24 + // order dictionary, 12.4 MB (cut between values)
			6 + // day, 3 MB
			23; // amount, 12 MB
		expect(await chunkCountOf(id)).toBe(expectedChunks);
		const total = (1 + 4 + 2 + 8) * rows + dictionaryBytes + textBytes(['a']);
		expect(progress.at(-1)).toBe(total);
		expect(progress.length).toBeGreaterThan(1);
		const [listed] = await listDatasets();
		expect(listed.bytesStored).toBe(total);
		const back = (await loadDataset(id))!.orders;
		expect(back.order.values).toEqual(orders.order.values);
		const db = await openSieveDb();
		const runs = (await db.getAll(
			'chunks',
			IDBKeyRange.bound([id, 'orders.order.values'], [id, 'orders.order.values', []])
		)) as string[][];
		expect(runs.map((run) => textBytes(run) <= 512 * 1024)).toEqual(Array(24).fill(true));
		expect(Buffer.from(bytesOf(back.amount)).equals(Buffer.from(bytesOf(orders.amount)))).toBe(
			true
		);
	});

	it('opens a dataset saved in 8 MiB chunks, as saves before session 34 cut it', async () => {
		// 1.5 million rows, saved now, then re-stored as an older save stored them: each typed
		// column's bytes in 8 MiB records, each dictionary in runs of about 8 MB of text.
		const orders = requiredOnly(1_500_000);
		const id = await saveDataset({ meta: description('old'), orders });
		const db = await openSieveDb();
		const record = (await db.get('datasets', id))!;
		const OLD_CHUNK = 8 * 1024 * 1024;
		const tx = db.transaction(['datasets', 'chunks'], 'readwrite');
		for (const column of record.columns) {
			const range = IDBKeyRange.bound([id, column.key], [id, column.key, []]);
			const parts = await tx.objectStore('chunks').getAll(range);
			await tx.objectStore('chunks').delete(range);
			let old: (ArrayBuffer | string[])[];
			if (column.kind === 'strings') {
				old = [[]];
				let bytes = 0;
				for (const value of (parts as string[][]).flat()) {
					const size = textBytes([value]);
					if (bytes + size > OLD_CHUNK) [bytes] = [0, old.push([])];
					(old.at(-1) as string[]).push(value);
					bytes += size;
				}
			} else {
				const all = new Uint8Array(column.bytes);
				let at = 0;
				for (const part of parts as ArrayBuffer[]) {
					all.set(new Uint8Array(part), at);
					at += part.byteLength;
				}
				old = [];
				for (let start = 0; start < all.length; start += OLD_CHUNK) {
					old.push(all.slice(start, start + OLD_CHUNK).buffer);
				}
			}
			for (const [index, value] of old.entries()) {
				await tx.objectStore('chunks').put(value, [id, column.key, index]);
			}
			column.chunks = old.length;
		}
		await tx.objectStore('datasets').put(record);
		await tx.done;
		// Amounts (12 MB) in 2 records, the order dictionary (12.4 MB of text) in 2 runs.
		const layout = Object.fromEntries(record.columns.map(({ key, chunks }) => [key, chunks]));
		expect(layout).toMatchObject({ 'orders.amount': 2, 'orders.order.values': 2 });
		await closeSieveDb();

		const back = (await loadDataset(id))!.orders;
		const same = (a: ArrayBufferView, b: ArrayBufferView) =>
			Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
				Buffer.from(b.buffer, b.byteOffset, b.byteLength)
			);
		expect(back.order.values).toEqual(orders.order.values);
		expect(same(back.amount, orders.amount)).toBe(true);
		expect(same(back.day, orders.day)).toBe(true);
		expect(same(back.order.codes, orders.order.codes)).toBe(true);
		expect(same(back.customer.codes, orders.customer.codes)).toBe(true);
	});

	it('round-trips dictionaries with separators, emoji, empty strings and lone surrogates exactly', async () => {
		const awkward = [
			'',
			'\u0000',
			'a\u0000b',
			'|',
			',',
			'"',
			'\\',
			'\n',
			'\u001f',
			'🙂',
			'\ud800',
			''
		];
		// 800,000 emoji ids: 8.7 MB of UTF-8, in runs of at most 512 KiB.
		const emoji = Array.from({ length: 800_000 }, (_, i) => `🙂${i}`);
		const orders = requiredOnly(emoji.length);
		orders.customer = { codes: new Int32Array(emoji.length), values: awkward };
		orders.order = { codes: orders.order.codes, values: emoji };
		const id = await saveDataset({ meta: description('awkward'), orders });
		await closeSieveDb();
		const back = (await loadDataset(id))!.orders;
		expect(back.customer.values).toEqual(awkward);
		expect(back.customer.values.map((value) => value.length)).toEqual(awkward.map((v) => v.length));
		expect(back.order.values).toEqual(emoji);
		const column = (await listDatasets())[0].columns.find((c) => c.key === 'orders.order.values');
		expect(column).toMatchObject({ length: 800_000, bytes: textBytes(emoji) });
		expect(column!.chunks).toBeGreaterThanOrEqual(Math.ceil(textBytes(emoji) / (512 * 1024)));
	});

	it('stores the description, the counts it computes, and the settings default', async () => {
		const { orders, attributes } = fullTables();
		const id = await saveDataset({
			id: 'ds-chosen',
			meta: description('full'),
			orders,
			attributes
		});
		expect(id).toBe('ds-chosen');
		const [record] = await listDatasets();
		expect(record).toMatchObject({
			id: 'ds-chosen',
			name: 'full',
			sourceFileName: 'full.csv',
			sourceSize: 1234,
			sourceLastModified: 1_700_000_000_000,
			mapping: { customer: 'CustomerID', date: 'InvoiceDate' },
			report: { rowsRead: 6, rejected: { noCustomer: 1 } },
			attributesReport: null,
			settings: {},
			createdAt: '2026-01-02T03:04:05.000Z',
			ready: true,
			counts: { lines: 5, customerIds: 3, orderIds: 4, attributeRows: 3 }
		});
	});

	it('refuses to overwrite a dataset that has the same id', async () => {
		await saveDataset({ id: 'same', meta: description('first'), orders: requiredOnly(3) });
		await expect(
			saveDataset({ id: 'same', meta: description('second'), orders: requiredOnly(4) })
		).rejects.toThrow();
		const stored = await loadDataset('same');
		expect(stored!.meta.name).toBe('first');
		expect(stored!.orders.rowCount).toBe(3);
	});
});

describe('an interrupted save', () => {
	it('is never listed, and removeOrphans clears its chunks', async () => {
		await saveDataset({ id: 'kept', meta: description('kept'), orders: requiredOnly(20) });
		// Closing the connection after the first chunk transaction is what a closed tab does.
		const db = await openSieveDb();
		const save = saveDataset(
			{ id: 'cut', meta: description('cut'), orders: requiredOnly(20) },
			{ onProgress: () => db.close() }
		);
		await expect(save).rejects.toThrow();
		await closeSieveDb();

		expect((await listDatasets()).map((d) => d.id)).toEqual(['kept']);
		expect(await loadDataset('cut')).toBeNull();
		expect(await chunkCountOf('cut')).toBeGreaterThan(0);

		expect(await removeOrphans()).toBe(1);
		expect(await chunkCountOf('cut')).toBe(0);
		expect(await (await openSieveDb()).get('datasets', 'cut')).toBeUndefined();
		expect(await chunkCountOf('kept')).toBe(6);
		expect((await loadDataset('kept'))!.orders.rowCount).toBe(20);
		expect(await removeOrphans()).toBe(0);
	});

	it('removes what it wrote when cancelled', async () => {
		const controller = new AbortController();
		const save = saveDataset(
			{ id: 'cancelled', meta: description('cancelled'), orders: requiredOnly(20) },
			{ signal: controller.signal, onProgress: () => controller.abort() }
		);
		await expect(save).rejects.toThrow();
		expect(await chunkCountOf('cancelled')).toBe(0);
		expect(await (await openSieveDb()).get('datasets', 'cancelled')).toBeUndefined();
	});
});

describe('a full disk', () => {
	it('stops the save, removes its chunks, keeps other datasets, and says what was needed and free', async () => {
		await saveDataset({ id: 'kept', meta: description('kept'), orders: requiredOnly(20) });
		vi.stubGlobal('navigator', {
			storage: { estimate: async () => ({ usage: 40_000_000, quota: 41_250_000 }) }
		});
		// The simulated disk fills up after the first chunk transaction has committed: every put
		// issued later throws (the second transaction, issued while the first was in flight, fits).
		let committed = 0;
		const nativePut = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value: unknown,
			key?: IDBValidKey
		) {
			if (committed > 0) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return nativePut.call(this, value, key);
		});

		// 3 million rows: 71 MB of columns as stored, three 32 MB chunk transactions; the third is
		// issued after the first commits, and fails.
		const rows = 3_000_000;
		const orders = requiredOnly(rows);
		const error = await saveDataset(
			{ id: 'huge', meta: description('huge'), orders },
			{ onProgress: () => committed++ }
		).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(StorageFullError);
		const needed = (1 + 4 + 2 + 8) * rows + textBytes(orders.order.values) + textBytes(['a']);
		expect((error as StorageFullError).neededBytes).toBe(needed);
		expect((error as StorageFullError).freeBytes).toBe(1_250_000);
		const message = (error as Error).message;
		expect(message).toContain(`${(needed / 1e6).toFixed(1)} MB`);
		expect(message).toContain('1.3 MB is free');
		expect(message).toContain('“huge”');

		vi.restoreAllMocks();
		expect(await chunkCountOf('huge')).toBe(0);
		expect(await (await openSieveDb()).get('datasets', 'huge')).toBeUndefined();
		expect((await listDatasets()).map((d) => d.id)).toEqual(['kept']);
		expect((await loadDataset('kept'))!.orders.rowCount).toBe(20);
		expect(committed).toBe(1);
	});
});

describe('dataset verbs', () => {
	it('lists ready datasets newest first', async () => {
		await saveDataset({
			id: 'old',
			meta: { ...description('old'), createdAt: '2025-01-01T00:00:00Z' },
			orders: requiredOnly(2)
		});
		await saveDataset({
			id: 'new',
			meta: { ...description('new'), createdAt: '2026-01-01T00:00:00Z' },
			orders: requiredOnly(2)
		});
		expect((await listDatasets()).map((d) => d.id)).toEqual(['new', 'old']);
	});

	it('renames a dataset, trimming the name and refusing an empty one or an unknown id', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		await renameDataset('a', '  Spring shop  ');
		expect((await listDatasets())[0].name).toBe('Spring shop');
		await expect(renameDataset('a', '   ')).rejects.toThrow('needs a name');
		await expect(renameDataset('missing', 'x')).rejects.toThrow('no saved dataset');
	});

	it('deletes one dataset with all its chunks and leaves the others', async () => {
		const { orders, attributes } = fullTables();
		await saveDataset({ id: 'a', meta: description('a'), orders, attributes });
		await saveDataset({ id: 'b', meta: description('b'), orders: requiredOnly(2) });
		await deleteDataset('a');
		expect((await listDatasets()).map((d) => d.id)).toEqual(['b']);
		expect(await chunkCountOf('a')).toBe(0);
		expect(await loadDataset('a')).toBeNull();
		expect(await chunkCountOf('b')).toBe(6);
	});

	it('deletes all data, remembered mappings included', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		await rememberMapping('CustomerID|InvoiceDate', { customer: 'CustomerID' });
		await deleteAllData();
		const db = await openSieveDb();
		expect(await db.count('datasets')).toBe(0);
		expect(await db.count('chunks')).toBe(0);
		expect(await db.count('mappings')).toBe(0);
		expect(await recallMapping('CustomerID|InvoiceDate')).toBeNull();
	});

	it('persists analysis settings with the dataset', async () => {
		await saveDataset({
			id: 'a',
			meta: { ...description('a'), settings: { k: 4 } },
			orders: requiredOnly(2)
		});
		expect((await loadDataset('a'))!.meta.settings).toEqual({ k: 4 });
		await saveSettings('a', { k: 6, rfm: { bins: 5 }, topN: 200 });
		await closeSieveDb();
		expect((await loadDataset('a'))!.meta.settings).toEqual({ k: 6, rfm: { bins: 5 }, topN: 200 });
		await expect(saveSettings('missing', {})).rejects.toThrow('no saved dataset');
	});

	it('remembers the last mapping per header', async () => {
		expect(await recallMapping('a|b')).toBeNull();
		await rememberMapping('a|b', { customer: 'a', date: 'b' });
		await rememberMapping('a|b', { customer: 'b', date: 'a' });
		await rememberMapping('x|y', { customer: 'x' });
		await closeSieveDb();
		expect(await recallMapping('a|b')).toEqual({ customer: 'b', date: 'a' });
		expect(await recallMapping('x|y')).toEqual({ customer: 'x' });
	});
});

describe('a deletion with an undo', () => {
	it('hides the dataset from lists and loads at once, and keeps its chunks', async () => {
		const { orders, attributes } = fullTables();
		await saveDataset({ id: 'a', meta: description('a'), orders, attributes });
		await saveDataset({ id: 'b', meta: description('b'), orders: requiredOnly(2) });
		const chunks = await chunkCountOf('a');
		await trashDataset('a');
		expect((await listDatasets()).map((d) => d.id)).toEqual(['b']);
		expect(await loadDataset('a')).toBeNull();
		expect(chunks).toBeGreaterThan(0);
		expect(await chunkCountOf('a')).toBe(chunks);
	});

	it('is undone by restoreDataset, bit for bit', async () => {
		const { orders, attributes } = fullTables();
		await saveDataset({ id: 'a', meta: description('a'), orders, attributes });
		await trashDataset('a');
		await restoreDataset('a');
		expect((await listDatasets()).map((d) => d.id)).toEqual(['a']);
		const loaded = await loadDataset('a');
		expect(loaded!.meta.deletedAt).toBeUndefined();
		expect(loaded!.orders.amount).toEqual(orders.amount);
		expect(loaded!.attributes!.customerIds).toEqual(attributes.customerIds);
	});

	it('cannot be undone once deleteDataset removed it for good', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		await trashDataset('a');
		await deleteDataset('a');
		await expect(restoreDataset('a')).rejects.toThrow('can no longer be restored');
		expect(await chunkCountOf('a')).toBe(0);
	});

	it('refuses to restore a dataset that was never deleted', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		await expect(restoreDataset('a')).rejects.toThrow('can no longer be restored');
	});

	it('is removed by removeOrphans after the grace period, not before', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		const chunks = await chunkCountOf('a');
		const deletedAt = new Date('2026-03-01T10:00:00Z');
		await trashDataset('a', deletedAt);
		expect(await removeOrphans(deletedAt.getTime() + TRASH_GRACE_MS - 1)).toBe(0);
		expect(await chunkCountOf('a')).toBe(chunks);
		expect(await removeOrphans(deletedAt.getTime() + TRASH_GRACE_MS)).toBe(1);
		expect(await chunkCountOf('a')).toBe(0);
		const db = await openSieveDb();
		expect(await db.count('datasets')).toBe(0);
	});

	it('cannot rename or re-delete a deleted dataset', async () => {
		await saveDataset({ id: 'a', meta: description('a'), orders: requiredOnly(2) });
		await trashDataset('a');
		await expect(renameDataset('a', 'x')).rejects.toThrow('no saved dataset');
		await expect(trashDataset('a')).rejects.toThrow('no saved dataset');
	});
});
