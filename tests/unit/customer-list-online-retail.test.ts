/**
 * The customer list (issue 20) on the real Online Retail file against an independent DuckDB
 * computation (`online-retail-duckdb.ts`: DOMAIN.md's counting conventions in SQL): a search's
 * matches, a page sorted by net revenue, and the list of ABC class B.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { buildCustomerTable } from '../../src/lib/engine/customers/customer-table';
import type { CustomerTable } from '../../src/lib/engine/customers/types';
import { listCustomers } from '../../src/lib/engine/customers/customer-list';
import { listAbcClass } from '../../src/lib/engine/value/abc-members';
import { computeValue } from '../../src/lib/engine/value/compute-value';
import {
	createCustomerValues,
	ONLINE_RETAIL,
	referenceValueFigures,
	type ValueReference
} from './online-retail-duckdb';

/** Customer id and net revenue to the cent, ties ordered by id (the engine orders them by entry). */
type Row = [string, number];
const cents = (value: number) => Math.round(value * 100) / 100;
const byValueThenId = (a: Row, b: Row) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

describe('the customer list on Online Retail', () => {
	let customers: CustomerTable;
	let everyone: Uint32Array;
	let matching: Row[];
	let reference: ValueReference;

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await createCustomerValues(connection);
		reference = await referenceValueFigures(connection);
		const found = await connection.runAndReadAll(
			`SELECT customer, value FROM customer_values WHERE customer LIKE '%123%'`
		);
		matching = found
			.getRowObjectsJS()
			.map((row): Row => [String(row.customer), cents(Number(row.value))])
			.sort(byValueThenId);
		connection.closeSync();
		const { table } = await loadOrdersFile(ONLINE_RETAIL);
		customers = buildCustomerTable(table);
		everyone = Uint32Array.from({ length: customers.count }, (_, i) => i);
	}, 120_000);

	it('finds as many customers whose id holds "123" as the SQL does', () => {
		const page = listCustomers(customers, everyone, { search: '123' });
		expect(page.total).toBe(reference.customers);
		expect(page.matching).toBe(matching.length);
		expect(matching.length).toBeGreaterThan(10);
	});

	it('pages them by net revenue, highest first, as the SQL orders them', () => {
		const rows = [0, 10].flatMap(
			(offset) => listCustomers(customers, everyone, { search: '123', offset, limit: 10 }).rows
		);
		const listed = rows.map((row): Row => [row.customer, cents(row.netRevenue)]);
		expect(listed.map((row) => row[1])).toEqual(matching.slice(0, 20).map((row) => row[1]));
		expect([...listed].sort(byValueThenId)).toEqual(matching.slice(0, 20));
	});

	it('lists as many customers in class B as the SQL’s ABC classes hold', () => {
		const page = listAbcClass(computeValue(customers), 'B', { limit: 1 });
		expect(page.total).toBe(reference.classB);
	});
});
