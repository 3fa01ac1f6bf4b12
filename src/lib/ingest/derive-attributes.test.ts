import { describe, expect, it } from 'vitest';
import type { AttributeColumn, AttributesTable } from '../engine/tables/orders-table';
import { mergeAttributes } from './derive-attributes';
import { importOrders } from './import-orders';
import { sniffOrders } from './sniff-orders';
import { suggestAttributeColumns } from './suggest-attributes';

const encode = (text: string) => new TextEncoder().encode(text);
async function* chunks(text: string): AsyncIterable<Uint8Array> {
	yield encode(text);
}

/** A column's value for `id` as text ('' when empty), whatever its kind. */
function valueOf(table: AttributesTable, name: string, id: string): string | number {
	const row = table.customerIds.indexOf(id);
	const column = table.columns.find((c) => c.name === name) as AttributeColumn;
	if (column.kind === 'numeric') return column.values[row];
	return column.codes[row] < 0 ? '' : column.values[column.codes[row]];
}

// Hand-made: A is mostly UK; B ties Germany 2 – France 2 and met Germany first; C never says;
// D's only line is a return; Age is the same number on every line of a customer.
const ORDERS = `invoice,customer,date,amount,Country,Age
1,A,2024-01-01,10,United Kingdom,40
1,A,2024-01-01,5,United Kingdom,40
2,A,2024-02-01,7,France,40
3,B,2024-01-03,4,Germany,31
4,B,2024-01-05,4,France,31
5,B,2024-01-07,4,France,31
6,B,2024-01-09,4,Germany,31
7,C,2024-01-04,9,,
8,A,2024-03-01,3,United Kingdom,40
9,D,2024-01-06,-2,Spain,55
`;

async function importWithAttributes(text: string, names: string[]) {
	const sniff = sniffOrders(encode(text), true);
	const attributeColumns = names.map((name) => sniff.header.indexOf(name));
	return importOrders(chunks(text), { ...sniff.mapping, attributeColumns });
}

describe('deriving customer attributes from orders-file columns', () => {
	it('gives each customer the most frequent value over their lines (A: 3 × United Kingdom, 1 × France)', async () => {
		const { attributes } = await importWithAttributes(ORDERS, ['Country']);
		expect(valueOf(attributes!, 'Country', 'A')).toBe('United Kingdom');
	});

	it('breaks a tie by the value of the earliest line (B: Germany 2, France 2, Germany first)', async () => {
		const { attributes } = await importWithAttributes(ORDERS, ['Country']);
		expect(valueOf(attributes!, 'Country', 'B')).toBe('Germany');
	});

	it('leaves a customer whose lines are all empty without a value', async () => {
		const { attributes } = await importWithAttributes(ORDERS, ['Country']);
		expect(valueOf(attributes!, 'Country', 'C')).toBe('');
	});

	it("counts return lines too (D's only line is a return)", async () => {
		const { attributes } = await importWithAttributes(ORDERS, ['Country']);
		expect(valueOf(attributes!, 'Country', 'D')).toBe('Spain');
	});

	it('types a column of numbers as numeric, with NaN where a customer has none', async () => {
		const { attributes } = await importWithAttributes(ORDERS, ['Age']);
		const age = attributes!.columns[0];
		expect(age.kind).toBe('numeric');
		expect(valueOf(attributes!, 'Age', 'B')).toBe(31);
		expect(valueOf(attributes!, 'Age', 'C')).toBeNaN();
	});

	it('holds one row per customer of the orders, in the table’s order', async () => {
		const { table, attributes } = await importWithAttributes(ORDERS, ['Country']);
		expect(attributes!.customerIds).toEqual(table.customer.values);
		expect(attributes!.customerIds).toEqual(['A', 'B', 'C', 'D']);
	});

	it('names the columns in the import report', async () => {
		const { report } = await importWithAttributes(ORDERS, ['Country', 'Age']);
		expect(report.attributeColumns).toEqual(['Country', 'Age']);
	});

	it('changes no figure of the import', async () => {
		const sniff = sniffOrders(encode(ORDERS), true);
		const plain = await importOrders(chunks(ORDERS), sniff.mapping);
		const withCountry = await importWithAttributes(ORDERS, ['Country']);
		expect(withCountry.table).toEqual(plain.table);
		expect(plain.attributes).toBeNull();
		expect({ ...withCountry.report, attributeColumns: undefined }).toEqual({
			...plain.report,
			attributeColumns: undefined
		});
	});

	it('ignores a column index that a role reads or that the header lacks', async () => {
		const sniff = sniffOrders(encode(ORDERS), true);
		const customerColumn = sniff.mapping.roles.indexOf('customer');
		const { attributes } = await importOrders(chunks(ORDERS), {
			...sniff.mapping,
			attributeColumns: [customerColumn, 99]
		});
		expect(attributes).toBeNull();
	});
});

describe('merging them with a customers file', () => {
	const fromFile: AttributesTable = {
		customerIds: ['B', 'Z'],
		columns: [
			{
				name: 'country',
				kind: 'categorical',
				codes: Int32Array.from([0, 1]),
				values: ['FR', 'IT']
			},
			{ name: 'age', kind: 'numeric', values: Float64Array.from([30, 70]) }
		]
	};
	const derived: AttributesTable = {
		customerIds: ['A', 'B'],
		columns: [
			{
				name: 'Country',
				kind: 'categorical',
				codes: Int32Array.from([0, 1]),
				values: ['UK', 'DE']
			},
			{ name: 'Segment', kind: 'categorical', codes: Int32Array.from([0, -1]), values: ['Retail'] }
		]
	};

	it('keeps the customers file’s column when both have one of the same name', () => {
		const merged = mergeAttributes(fromFile, derived)!;
		expect(merged.columns.map((c) => c.name)).toEqual(['country', 'age', 'Segment']);
		expect(valueOf(merged, 'country', 'B')).toBe('FR');
	});

	it('adds the orders’ customers the file lacks, empty in the file’s columns', () => {
		const merged = mergeAttributes(fromFile, derived)!;
		expect(merged.customerIds).toEqual(['B', 'Z', 'A']);
		expect(valueOf(merged, 'Segment', 'A')).toBe('Retail');
		expect(valueOf(merged, 'country', 'A')).toBe('');
		expect(valueOf(merged, 'age', 'A')).toBeNaN();
		expect(valueOf(merged, 'Segment', 'Z')).toBe('');
	});

	it('returns either table alone when the other is missing', () => {
		expect(mergeAttributes(null, derived)).toBe(derived);
		expect(mergeAttributes(fromFile, null)).toBe(fromFile);
	});
});

describe('offering columns as customer attributes', () => {
	// Online Retail's shape: Country is the customer's, StockCode and Description the line's,
	// Currency is the same everywhere, Note is mostly empty, Warehouse changes from order to order.
	const header = [
		'InvoiceNo',
		'StockCode',
		'Description',
		'Quantity',
		'InvoiceDate',
		'UnitPrice',
		'CustomerID',
		'Country',
		'Currency',
		'Note',
		'Warehouse'
	];
	const rows: string[][] = [];
	const countries = ['United Kingdom', 'France', 'Germany', 'EIRE'];
	for (let customer = 0; customer < 8; customer++)
		for (let order = 0; order < 3; order++)
			for (let line = 0; line < 2; line++)
				rows.push([
					`${536000 + customer * 10 + order}`,
					`SKU${line + order}`,
					`Item ${line + order}`,
					'2',
					`2010-12-0${order + 1} 08:26`,
					'2.55',
					`${17850 + customer}`,
					countries[customer % 4],
					'GBP',
					customer === 0 && order === 0 ? 'gift' : '',
					`W${order}`
				]);
	const roles = sniffOrders(encode([header, ...rows].map((r) => r.join(',')).join('\n')), true)
		.mapping.roles;

	it('offers Country, and not the line’s, the constant, the empty or the per-order columns', () => {
		expect(suggestAttributeColumns(header, rows, roles).map((c) => header[c])).toEqual(['Country']);
	});

	it('still offers a column when one row of 48 disagrees (a customer who moved)', () => {
		const moved = rows.map((row) => [...row]);
		moved[0][7] = 'Spain';
		expect(suggestAttributeColumns(header, moved, roles).map((c) => header[c])).toEqual([
			'Country'
		]);
	});

	it('offers nothing without customers seen in two orders', () => {
		const single = rows.filter((row) => row[4].startsWith('2010-12-01'));
		expect(suggestAttributeColumns(header, single, roles)).toEqual([]);
	});

	it('is what the sniff suggests for such a file', () => {
		const sniff = sniffOrders(encode([header, ...rows].map((r) => r.join(',')).join('\n')), true);
		expect(sniff.attributeSuggestions).toEqual([7]);
		expect(sniff.mapping.attributeColumns).toBeUndefined();
	});
});
