import { describe, expect, it } from 'vitest';
import { ByteRecordReader } from './byte-records';
import { IdDictionary } from './growable-columns';
import { packTable, packValues } from './merge-tables';
import { OrdersBuilder } from './orders-builder';
import { normaliseCustomerId } from './parse-number';
import type { ColumnMapping } from './types';

// A parse worker packs its dictionaries straight from the builder (`IdDictionary.packed`,
// `OrdersBuilder.finishPiece`) without writing whole numbers as strings. The reference is the
// string path: `packValues` of the materialised strings, `packTable` of the finished table.

/** A seeded linear congruential generator (numbers in [0, 1)): the same sequence on every run. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

/** Ids of every kind a dictionary meets: whole numbers dense and sparse, floats, zeros, text, blanks. */
function generatedIds(count: number, seed: number): string[] {
	const random = seeded(seed);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const kind = random();
		if (kind < 0.35) ids.push(String(536_365 + Math.floor(i / 4)));
		else if (kind < 0.45) ids.push(String(Math.floor(random() * 1e15)));
		else if (kind < 0.5) ids.push(`${17_000 + Math.floor(random() * 900)}.0`);
		else if (kind < 0.55) ids.push(`${Math.floor(random() * 50)}.00`);
		else if (kind < 0.62) ids.push(`00${Math.floor(random() * 10)}`);
		else if (kind < 0.66) ids.push(`${Math.floor(random() * 9 + 1)}${'0'.repeat(15)}`);
		else if (kind < 0.7) ids.push('0');
		else if (kind < 0.78) ids.push(`C${536_365 + Math.floor(random() * 500)}`);
		else if (kind < 0.84) ids.push(` ${Math.floor(random() * 3000)} `);
		else if (kind < 0.88) ids.push(`${Math.floor(random() * 3000)}.5`);
		else if (kind < 0.94) ids.push(random() < 0.5 ? '' : '   ');
		else ids.push(random() < 0.5 ? 'WHITE HANGING HEART' : 'Ünïcode id');
	}
	return ids;
}

/** The plain way: normalise, then a string-keyed Map in order of first appearance (blanks left out). */
function referenceValues(ids: string[], wholeNumberFloats: boolean): string[] {
	const seen = new Set<string>();
	for (const id of ids) {
		const value = wholeNumberFloats ? normaliseCustomerId(id) : id.trim();
		if (value !== '') seen.add(value);
	}
	return [...seen];
}

describe('IdDictionary.packed', () => {
	it.each([false, true])(
		'equals packValues of the materialised strings for generated ids (floats: %s)',
		(wholeNumberFloats) => {
			const dictionary = new IdDictionary(wholeNumberFloats);
			for (const id of generatedIds(40_000, wholeNumberFloats ? 5 : 3)) dictionary.code(id);
			const packed = dictionary.packed();
			expect(packed).toEqual(packValues(dictionary.values));
		}
	);

	it('keeps a number beyond 15 digits, a leading zero and a float as text', () => {
		const dictionary = new IdDictionary();
		for (const id of ['1234567890123456', '007', '17850.0', '17850']) dictionary.code(id);
		const packed = dictionary.packed();
		expect(Array.from(packed.numbers)).toEqual([-1, -1, -1, 17850]);
		expect(packed.texts).toEqual(['1234567890123456', '007', '17850.0']);
	});

	it('gives the same packed values whether or not the strings were read before', () => {
		const ids = generatedIds(10_000, 9);
		const untouched = new IdDictionary(true);
		const read = new IdDictionary(true);
		for (const id of ids) untouched.code(id);
		ids.forEach((id, i) => {
			read.code(id);
			if (i % 997 === 0) void read.values;
		});
		expect(read.packed()).toEqual(untouched.packed());
	});

	it('sizes its packed numbers to the values, not to its capacity', () => {
		const dictionary = new IdDictionary();
		for (let id = 1; id <= 17; id++) dictionary.code(String(id));
		expect(dictionary.packed().numbers.buffer.byteLength).toBe(17 * 8);
	});
});

describe('IdDictionary.values', () => {
	it.each([false, true])(
		'are the strings of a string-keyed map in order of first appearance (floats: %s)',
		(wholeNumberFloats) => {
			const ids = generatedIds(40_000, wholeNumberFloats ? 13 : 17);
			const dictionary = new IdDictionary(wholeNumberFloats);
			for (const id of ids) dictionary.code(id);
			expect(dictionary.values).toEqual(referenceValues(ids, wholeNumberFloats));
		}
	);

	it('grows with the codes added after they were first read', () => {
		const ids = generatedIds(20_000, 21);
		const dictionary = new IdDictionary(true);
		for (const id of ids.slice(0, 5_000)) dictionary.code(id);
		const early = dictionary.values;
		for (const id of ids.slice(5_000)) dictionary.code(id);
		expect(early).toEqual(referenceValues(ids, true));
	});

	it('counts the values in size before and after they were read', () => {
		const dictionary = new IdDictionary();
		for (const id of ['5', 'a', '5', ' b ', '']) dictionary.code(id);
		const before = dictionary.size;
		void dictionary.values;
		dictionary.code('6');
		expect([before, dictionary.size, dictionary.values.length]).toEqual([3, 4, 4]);
	});
});

// InvoiceNo,CustomerID,InvoiceDate,Amount,Product,Category,Channel
const HEADER = [
	'InvoiceNo',
	'CustomerID',
	'InvoiceDate',
	'Amount',
	'Product',
	'Category',
	'Channel'
];

/** Data rows (no header) of a generated orders file, every id column drawn from `generatedIds`. */
function generatedRows(count: number, seed: number): string[][] {
	const random = seeded(seed);
	const orders = generatedIds(count, seed + 1);
	const customers = generatedIds(count, seed + 2).map((id) => (id.trim() === '' ? '12346' : id));
	const products = generatedIds(count, seed + 3);
	return orders.map((order, i) => [
		order,
		customers[i],
		`2011-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${Math.floor(random() * 9)}`,
		(random() * 200 - 20).toFixed(2),
		products[i],
		random() < 0.2 ? '' : `cat ${Math.floor(random() * 7)}`,
		random() < 0.5 ? 'web' : String(Math.floor(random() * 3))
	]);
}

function mappingOf(roles: ColumnMapping['roles']): ColumnMapping {
	return { roles, dateOrder: 'ymd', returnPrefix: 'C', returns: 'net' };
}

const WITH_ORDERS = mappingOf([
	'order',
	'customer',
	'date',
	'amount',
	'product',
	'category',
	'channel'
]);
// Without an order column the builder reads customer ids as strings while it builds (`<customer>@<day>`).
const SYNTHETIC_ORDERS = mappingOf([
	'ignore',
	'customer',
	'date',
	'amount',
	'product',
	'category',
	'channel'
]);

function builderFor(mapping: ColumnMapping): OrdersBuilder {
	const formats = { decimal: HEADER.map(() => '.' as const), marginInPercent: false };
	return new OrdersBuilder(mapping, HEADER, formats, ',');
}

/** A builder fed `rows` as text batches (the text path of a piece). */
function builtFromText(mapping: ColumnMapping, rows: string[][]): OrdersBuilder {
	const builder = builderFor(mapping);
	builder.addBatch({ rows, lineNumbers: null, firstLine: 2, brokenLines: [] }, 0);
	return builder;
}

/** A builder fed `rows` as CSV bytes (the byte path of a piece). */
async function builtFromBytes(mapping: ColumnMapping, rows: string[][]): Promise<OrdersBuilder> {
	const csv = rows
		.map((row) => row.map((f) => (f.includes(',') ? `"${f}"` : f)).join(','))
		.join('\n');
	const builder = builderFor(mapping);
	const reader = new ByteRecordReader(new Blob([csv + '\n']).stream(), ',', HEADER.length);
	for await (const _ of reader.read(builder)) void _;
	expect(reader.declined).toBeNull();
	return builder;
}

describe('OrdersBuilder.finishPiece', () => {
	const rows = generatedRows(30_000, 40);

	it.each([
		['an order column', WITH_ORDERS],
		['synthetic orders', SYNTHETIC_ORDERS]
	])('equals packTable of the finished table for text rows with %s', (_, mapping) => {
		const piece = builtFromText(mapping, rows).finishPiece();
		expect(piece).toEqual(packTable(builtFromText(mapping, rows).finish()));
	});

	it.each([
		['an order column', WITH_ORDERS],
		['synthetic orders', SYNTHETIC_ORDERS]
	])('equals packTable of the finished table for byte rows with %s', async (_, mapping) => {
		const piece = (await builtFromBytes(mapping, rows)).finishPiece();
		expect(piece).toEqual(packTable((await builtFromBytes(mapping, rows)).finish()));
	});
});
