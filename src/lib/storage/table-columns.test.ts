import { describe, expect, it } from 'vitest';
import {
	dictionarySize,
	packedDictColumn,
	packedValuesOf,
	unpackValues
} from '../engine/tables/orders-table';
import type { OrdersTable } from '../engine/tables/orders-table';
import { packValues } from '../ingest/merge-tables';
import type { TicketsTable } from '../engine/tables/tickets-table';
import type { ChunkValue } from './schema';
import {
	decodeTables,
	encodeStrings,
	encodeTables,
	keeps,
	narrowestKind,
	utf8Length
} from './table-columns';
import type { EncodeOptions } from './table-columns';

/** 512 KiB, written out here rather than imported: the chunk size columns are cut into. */
const CHUNK = 512 * 1024;

function tinyOrders(customers: string[]): OrdersTable {
	return {
		rowCount: 2,
		customer: { codes: Int32Array.from([0, customers.length - 1]), values: customers },
		order: { codes: Int32Array.from([0, 1]), values: ['o1', 'o2'] },
		day: Int32Array.from([19000, 19001]),
		amount: Float64Array.from([1.5, -0]),
		quantity: null,
		cost: null,
		discounted: Uint8Array.from([1, 0]),
		product: null,
		category: null,
		channel: null
	};
}

/** What `saveDataset` writes and `loadDataset` hands back, without IndexedDB's clone. */
function storedChunks(orders: OrdersTable, options?: EncodeOptions): Map<string, ChunkValue[]> {
	const { columns } = encodeTables(orders, null, null, options);
	return new Map(
		columns.map((column) => [
			column.layout.key,
			column.chunkBytes.map((_, index) => column.chunk(index))
		])
	);
}

describe('utf8Length', () => {
	it('counts the bytes Node’s Buffer writes for ASCII, accents, CJK, emoji and lone surrogates', () => {
		for (const text of [
			'',
			'abc',
			'Zoë',
			'東京',
			'🙂',
			'a🙂b',
			'𝔘𝔫𝔦',
			'\ud800',
			'x\udc00y',
			'\u0000'
		]) {
			expect([text, utf8Length(text)]).toEqual([text, Buffer.byteLength(text, 'utf8')]);
		}
	});
});

describe('encodeStrings', () => {
	it('keeps a small dictionary in one run, empty strings and separators included', () => {
		const values = ['', '\u0000', 'a\u0000b', ',', '"', '\n', '\u001f', '🙂', ''];
		const column = encodeStrings('k', values);
		// UTF-8 bytes 0+1+3+1+1+1+1+4+0 = 12, plus one per value.
		expect(column.layout).toEqual({ key: 'k', kind: 'strings', bytes: 21, chunks: 1, length: 9 });
		expect(column.chunk(0)).toEqual(values);
	});

	it('stores an empty dictionary as no chunk', () => {
		expect(encodeStrings('k', []).layout).toMatchObject({ bytes: 0, chunks: 0, length: 0 });
	});

	it('cuts runs of at most CHUNK_BYTES between values, and gives a larger value a run of its own', () => {
		// 3/8 of a chunk of text per value (with its +1): two fit in a run, the third does not.
		const value = 'x'.repeat((3 * CHUNK) / 8 - 1);
		const huge = '🙂'.repeat((5 * CHUNK) / 16); // 5/4 of a chunk of UTF-8
		const values = [value, value, value, huge, 'tail'];
		const column = encodeStrings('k', values);
		expect(column.layout.chunks).toBe(4);
		expect(column.chunkBytes).toEqual([(6 * CHUNK) / 8, (3 * CHUNK) / 8, (5 * CHUNK) / 4 + 1, 5]);
		const runs = column.chunkBytes.map((_, index) => column.chunk(index) as string[]);
		expect(runs.map((run) => run.length)).toEqual([2, 1, 1, 1]);
		expect(runs.flat()).toEqual(values);
		expect(column.layout.bytes).toBe((19 * CHUNK) / 8 + 6);
		expect(Math.max(...column.chunkBytes.filter((_, i) => i !== 2))).toBeLessThanOrEqual(CHUNK);
	});
});

describe('decodeTables', () => {
	it('rebuilds the tables from the chunks, using a single chunk’s buffer without copying', () => {
		const orders = tinyOrders(['17850', 'Zoë 🙂']);
		const chunks = storedChunks(orders);
		const { columns } = encodeTables(orders, null);
		const back = decodeTables(
			columns.map((c) => c.layout),
			null,
			2,
			chunks
		).orders;
		expect(back.customer.values).toEqual(['17850', 'Zoë 🙂']);
		expect([...back.amount]).toEqual([1.5, -0]);
		expect(Object.is(back.amount[1], -0)).toBe(true);
		expect([...back.discounted!]).toEqual([1, 0]);
		expect(back.day.buffer).toBe(chunks.get('orders.day')![0]);
	});

	it('refuses a dictionary whose chunks are bytes (a v1 layout) or whose count is short', () => {
		const orders = tinyOrders(['a', 'b']);
		const layout = encodeTables(orders, null).columns.map((c) => c.layout);
		const bytes = storedChunks(orders);
		bytes.set('orders.customer.values', [new TextEncoder().encode('["a","b"]').buffer]);
		expect(() => decodeTables(layout, null, 2, bytes)).toThrow(
			'“orders.customer.values” is not a list of strings'
		);
		const short = storedChunks(orders);
		short.set('orders.customer.values', [['a']]);
		expect(() => decodeTables(layout, null, 2, short)).toThrow('is incomplete');
	});

	it('refuses a typed column with a missing chunk or the wrong number of entries', () => {
		const orders = tinyOrders(['a']);
		const layout = encodeTables(orders, null).columns.map((c) => c.layout);
		const missing = storedChunks(orders);
		missing.set('orders.amount', []);
		expect(() => decodeTables(layout, null, 2, missing)).toThrow('“orders.amount” is incomplete');
		expect(() => decodeTables(layout, null, 3, storedChunks(orders))).toThrow(
			'has 2 entries instead of 3'
		);
	});
});

describe('narrowestKind', () => {
	const int32 = (values: number[]) => narrowestKind('int32', Int32Array.from(values));
	const float64 = (values: number[]) => narrowestKind('float64', Float64Array.from(values));

	it('keeps whole numbers from -1 up in one or two bytes, -1 as all ones', () => {
		expect(int32([-1, 0, 254])).toBe('uint8');
		expect(int32([255])).toBe('uint16');
		expect(int32([-1, 65_534])).toBe('uint16');
		expect(int32([65_535])).toBe('int32');
		expect(int32([-2, 0])).toBe('int32');
		expect(float64([-1, 3, 200])).toBe('uint8');
		expect(float64([19_000, 20_000])).toBe('uint16');
	});

	it('keeps a float64 column as int32 only when every value is a whole int32, not -0', () => {
		expect(float64([-5, 2 ** 31 - 1, -(2 ** 31)])).toBe('int32');
		expect(float64([2 ** 31])).toBe('float64');
		expect(float64([-(2 ** 31) - 1])).toBe('float64');
		expect(float64([1, 2.505])).toBe('float64');
		expect(float64([1, -0])).toBe('float64');
		expect(float64([1, NaN])).toBe('float64');
		expect(float64([1, Infinity])).toBe('float64');
		expect(float64([-Infinity])).toBe('float64');
	});

	it('keeps a float64 column of at most two decimals as cents, when each comes back exactly', () => {
		expect(float64([12.5, 0.07, 0.1, -3.3, 1_234_567.89, 7])).toBe('cents');
		expect(float64([21_474_836.47, -21_474_836])).toBe('cents');
		expect(float64([21_474_837.5])).toBe('float64'); // its hundredths overflow an int32
		expect(float64([0.125])).toBe('float64'); // three decimals
		expect(float64([0.1 + 0.2])).toBe('float64'); // 0.30000000000000004: 30 ÷ 100 is 0.3
		expect(float64([2.675])).toBe('float64'); // its double is 2.67499999…, not two decimals
		expect(float64([1.5, -0])).toBe('float64');
		expect(float64([1.5, NaN])).toBe('float64');
		expect(float64([1.5, Infinity])).toBe('float64');
		// Whole numbers first, a fraction later: cents, not the whole numbers' int32.
		expect(float64([3_000_000, 1.25])).toBe('cents');
		expect(narrowestKind('float64', Float64Array.from([1.5, 20_000_000]), 0, 2, 2)).toBe('float64');
	});

	it('says which stored kind keeps which values: cents and int32 each keep some the other does not', () => {
		expect(keeps('cents', 'cents')).toBe(true);
		expect(keeps('cents', 'uint16')).toBe(true);
		expect(keeps('cents', 'int32')).toBe(false);
		expect(keeps('int32', 'cents')).toBe(false);
		expect(keeps('float64', 'cents')).toBe(true);
		expect(keeps('uint16', 'cents')).toBe(false);
		expect(keeps('int32', 'uint8')).toBe(true);
		expect(keeps('uint8', 'int32')).toBe(false);
	});

	it('leaves uint8 columns and empty ones as they are, and spares room when asked', () => {
		expect(narrowestKind('uint8', Uint8Array.from([1]))).toBe('uint8');
		expect(int32([])).toBe('int32');
		const codes = Int32Array.from([0, 127, 128, 40_000]);
		expect(narrowestKind('int32', codes, 0, 2, 2)).toBe('uint8');
		expect(narrowestKind('int32', codes, 0, 3, 2)).toBe('uint16');
		expect(narrowestKind('int32', codes, 0, 4, 2)).toBe('int32');
		expect(narrowestKind('int32', codes, 3, 4)).toBe('uint16');
	});
});

describe('encodeTables with narrow columns', () => {
	/** 562,500 lines: a days column stored as uint16 in three chunks (262,144 entries each). */
	function longOrders(): OrdersTable {
		const rows = 562_500;
		const [customer, order, day] = [
			new Int32Array(rows),
			new Int32Array(rows),
			new Int32Array(rows)
		];
		const [amount, quantity] = [new Float64Array(rows), new Float64Array(rows)];
		for (let i = 0; i < rows; i++) {
			customer[i] = (i % 301) - 1;
			order[i] = (i % 3) - 1;
			day[i] = 18_000 + (i % 3000);
			amount[i] = i * 0.5;
			quantity[i] = (i % 50) - 20;
		}
		return {
			rowCount: rows,
			customer: { codes: customer, values: Array.from({ length: 300 }, (_, i) => `c${i}`) },
			order: { codes: order, values: ['a', 'b', 'c'] },
			day,
			amount,
			quantity,
			cost: null,
			discounted: null,
			product: null,
			category: null,
			channel: null
		};
	}

	it('stores each typed column in the narrowest kind and reads it back as held, value for value', () => {
		const orders = longOrders();
		const { columns } = encodeTables(orders, null, null, { narrow: true });
		const layout = Object.fromEntries(
			columns.map(({ layout: { key, kind, readAs, chunks } }) => [key, [kind, readAs, chunks]])
		);
		expect(layout).toEqual({
			'orders.customer.codes': ['uint16', 'int32', 3], // -1 … 299
			'orders.customer.values': ['strings', undefined, 1],
			'orders.order.codes': ['uint8', 'int32', 2], // -1 … 1
			'orders.order.values': ['strings', undefined, 1],
			'orders.day': ['uint16', 'int32', 3],
			'orders.amount': ['cents', 'float64', 5], // halves, up to 281,249.5
			'orders.quantity': ['int32', 'float64', 5] // -20 … 29: below -1, so not in a byte
		});
		const back = decodeTables(
			columns.map((column) => column.layout),
			null,
			orders.rowCount,
			storedChunks(orders, { narrow: true })
		).orders;
		const same = (a: ArrayBufferView, b: ArrayBufferView) =>
			a.constructor === b.constructor &&
			Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
				Buffer.from(b.buffer, b.byteOffset, b.byteLength)
			);
		expect(same(back.customer.codes, orders.customer.codes)).toBe(true);
		expect(back.customer.codes[0]).toBe(-1);
		expect(same(back.order.codes, orders.order.codes)).toBe(true);
		expect(back.order.codes[0]).toBe(-1);
		expect(same(back.day, orders.day)).toBe(true);
		expect(same(back.amount, orders.amount)).toBe(true);
		expect(same(back.quantity!, orders.quantity!)).toBe(true);
	});

	it('reads amounts kept as cents back bit for bit, across chunks', () => {
		const rows = 300_000; // 2.3 chunks of int32
		const orders = longOrders();
		let seed = 7;
		const amount = new Float64Array(rows);
		for (let i = 0; i < rows; i++) {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			// Prices as a shop writes them: up to 99,999.99 either way, and a few odd ones.
			amount[i] = Math.round((seed / 2 ** 31 - 0.5) * 2e7) / 100;
		}
		amount.set([0.07, 0.1, 0.29, -0.01, 21_474_836.47, -21_474_836.48], 0);
		const short = {
			...orders,
			rowCount: rows,
			customer: { ...orders.customer, codes: orders.customer.codes.subarray(0, rows) },
			order: { ...orders.order, codes: orders.order.codes.subarray(0, rows) },
			day: orders.day.subarray(0, rows),
			quantity: null,
			amount
		};
		const { columns } = encodeTables(short, null, null, { narrow: true });
		const stored = columns.find((column) => column.layout.key === 'orders.amount')!.layout;
		expect([stored.kind, stored.readAs, stored.chunks]).toEqual(['cents', 'float64', 3]);
		const back = decodeTables(
			columns.map((column) => column.layout),
			null,
			rows,
			storedChunks(short, { narrow: true })
		).orders.amount;
		expect(Buffer.from(back.buffer, back.byteOffset, back.byteLength)).toEqual(
			Buffer.from(amount.buffer)
		);
	});

	it('stores every column as it is held without `narrow` (a project file, a dataset before v4)', () => {
		const orders = tinyOrders(['a', 'b']);
		const wide = encodeTables(orders, null).columns.map((column) => column.layout);
		expect(wide.every((column) => column.readAs === undefined)).toBe(true);
		expect(wide.find((column) => column.key === 'orders.day')!.kind).toBe('int32');
		const narrow = encodeTables(orders, null, null, { narrow: true }).columns;
		expect(narrow.find((column) => column.layout.key === 'orders.day')!.layout).toEqual({
			key: 'orders.day',
			kind: 'uint16',
			readAs: 'int32',
			bytes: 4,
			chunks: 1,
			length: 2
		});
		const fromWide = decodeTables(wide, null, 2, storedChunks(orders)).orders;
		const fromNarrow = decodeTables(
			narrow.map((column) => column.layout),
			null,
			2,
			storedChunks(orders, { narrow: true })
		).orders;
		expect(fromNarrow).toEqual(fromWide);
		expect([...fromNarrow.day]).toEqual([19000, 19001]);
	});

	it('keeps the kind a column was staged in when the final column fits it, else the narrowest', () => {
		const orders = tinyOrders(['a', 'b']);
		const kinds = (keep: [string, 'uint8' | 'uint16' | 'int32' | 'float64', number?][]) =>
			encodeTables(orders, null, null, {
				narrow: true,
				keep: new Map(keep.map(([key, kind, checked = 0]) => [key, { kind, checked }]))
			})
				.columns.filter(
					(column) => column.layout.key.endsWith('codes') || column.layout.key === 'orders.day'
				)
				.map(({ layout }) => [layout.key, layout.kind]);
		expect(
			kinds([
				['orders.customer.codes', 'uint16'],
				['orders.day', 'int32']
			])
		).toEqual([
			['orders.customer.codes', 'uint16'],
			['orders.order.codes', 'uint8'],
			['orders.day', 'int32']
		]);
		// Days of 19,000 do not fit a byte; and an int32 column is never stored as float64.
		expect(
			kinds([
				['orders.day', 'uint8'],
				['orders.customer.codes', 'float64']
			])
		).toEqual([
			['orders.customer.codes', 'uint8'],
			['orders.order.codes', 'uint8'],
			['orders.day', 'uint16']
		]);
		// Entries [0, checked) were checked when staged: only the rest is read (19,001 does not
		// fit a byte; a whole column checked is taken as promised).
		expect(kinds([['orders.day', 'uint8', 1]])).toContainEqual(['orders.day', 'uint16']);
		expect(kinds([['orders.day', 'uint8', 2]])).toContainEqual(['orders.day', 'uint8']);
	});

	it('refuses a narrow column read as another kind than it was held', () => {
		const orders = tinyOrders(['a']);
		const layout = encodeTables(orders, null, null, { narrow: true }).columns.map(
			(column) => column.layout
		);
		const chunks = storedChunks(orders, { narrow: true });
		const day = layout.find((column) => column.key === 'orders.day')!;
		day.readAs = 'float64';
		expect(() => decodeTables(layout, null, 2, chunks)).toThrow('“orders.day” is incomplete');
		day.readAs = undefined;
		expect(() => decodeTables(layout, null, 2, chunks)).toThrow('“orders.day” is incomplete');
	});
});

describe('decodeTables with a tickets file', () => {
	const tickets: TicketsTable = {
		count: 3,
		ticketId: ['T1', 'T2', 'T3'],
		customer: { codes: Int32Array.from([0, 1, 0]), values: ['17850', 'Zoë 🙂'] },
		openedDay: Int32Array.from([19000, 19002, 19010]),
		resolved: Uint8Array.from([1, 0, 1]),
		resolvedDay: Float64Array.from([19001, NaN, NaN]),
		severity: { codes: Int32Array.from([0, -1, 1]), values: ['high', 'low'] },
		channel: null
	};

	function roundTrip(t: TicketsTable | null) {
		const orders = tinyOrders(['17850', 'Zoë 🙂']);
		const { columns } = encodeTables(orders, null, t);
		const chunks = new Map(
			columns.map((column) => [
				column.layout.key,
				column.chunkBytes.map((_, index) => column.chunk(index))
			])
		);
		return decodeTables(
			columns.map((c) => c.layout),
			null,
			2,
			chunks
		).tickets;
	}

	it('reads the tickets table back column for column, NaN resolved days included', () => {
		const back = roundTrip(tickets)!;
		expect(back.count).toBe(3);
		expect(back.ticketId).toEqual(['T1', 'T2', 'T3']);
		expect(back.customer.values).toEqual(['17850', 'Zoë 🙂']);
		expect([...back.customer.codes]).toEqual([0, 1, 0]);
		expect([...back.openedDay]).toEqual([19000, 19002, 19010]);
		expect([...back.resolved]).toEqual([1, 0, 1]);
		expect([...back.resolvedDay]).toEqual([19001, NaN, NaN]);
		expect(back.severity).toEqual({ codes: Int32Array.from([0, -1, 1]), values: ['high', 'low'] });
		expect(back.channel).toBeNull();
	});

	it('reads a dataset saved without a tickets file back with tickets null', () => {
		expect(roundTrip(null)).toBeNull();
	});
});

describe('a packed dictionary', () => {
	// What an import makes: invoice numbers as numbers, a cancellation's id as text.
	const packed = packedDictColumn(Int32Array.from([0, 1, 2]), {
		numbers: Float64Array.from([536365, -1, 17850]),
		texts: ['C536379']
	});
	const orders: OrdersTable = { ...tinyOrders(['a', 'b']), rowCount: 3, order: packed };
	orders.customer = { codes: Int32Array.from([0, 1, 1]), values: ['a', 'b'] };
	orders.day = Int32Array.from([19000, 19001, 19002]);
	orders.amount = Float64Array.from([1, 2, 3]);
	orders.discounted = null;

	it('reads as its strings, made on first read, and counts without them', () => {
		expect(dictionarySize(packed)).toBe(3);
		expect(packed.values).toEqual(['536365', 'C536379', '17850']);
		expect(packed.values).toBe(packed.values);
		expect(unpackValues(packValues(['536365', 'C536379', '17850', '007']))).toEqual([
			'536365',
			'C536379',
			'17850',
			'007'
		]);
	});

	it('is stored as a float64 column of its numbers and a strings column of its texts', () => {
		const { columns } = encodeTables(orders, null);
		const keys = columns.map((column) => column.layout.key);
		expect(keys).toContain('orders.order.numbers');
		expect(keys).toContain('orders.order.texts');
		expect(keys).not.toContain('orders.order.values');
		expect(keys).toContain('orders.customer.values');
		const numbers = columns.find((column) => column.layout.key === 'orders.order.numbers')!;
		expect(numbers.layout).toMatchObject({ kind: 'float64', bytes: 24, length: 3 });
		expect(new Float64Array(numbers.chunk(0) as ArrayBuffer)).toEqual(
			Float64Array.from([536365, -1, 17850])
		);
	});

	it('reads back packed, value for value', () => {
		const chunks = storedChunks(orders);
		const layout = encodeTables(orders, null).columns.map((c) => c.layout);
		const back = decodeTables(layout, null, 3, chunks).orders;
		expect(packedValuesOf(back.order)).not.toBeNull();
		expect(dictionarySize(back.order)).toBe(3);
		expect(back.order.values).toEqual(['536365', 'C536379', '17850']);
		expect([...back.order.codes]).toEqual([0, 1, 2]);
		expect(back.customer.values).toEqual(['a', 'b']);
	});

	it('refuses texts that do not match the codes marked as text', () => {
		const chunks = storedChunks(orders);
		chunks.set('orders.order.texts', [[]]);
		const layout = encodeTables(orders, null).columns.map((c) =>
			c.layout.key === 'orders.order.texts' ? { ...c.layout, length: 0 } : c.layout
		);
		expect(() => decodeTables(layout, null, 3, chunks)).toThrow(/incomplete/);
	});
});
