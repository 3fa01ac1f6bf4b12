/**
 * The value figures on the real Online Retail file against an independent DuckDB computation of
 * DOMAIN.md's counting conventions, written here in SQL: lines = rows with a customer; an order =
 * an invoice of the customer whose lines sum above zero; value = net revenue (returns included).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import {
	buildCustomerTable,
	type CustomerTable
} from '../../src/lib/engine/customers/customer-table';
import { computePareto, type ParetoResult } from '../../src/lib/engine/value/pareto';
import { topCustomers } from '../../src/lib/engine/value/top-customers';
import {
	createCustomerValues,
	ONLINE_RETAIL,
	referenceValueFigures as reference,
	type ValueReference as Reference
} from './online-retail-duckdb';

describe('value figures on Online Retail', () => {
	let expected: Reference;
	let customers: CustomerTable;
	let pareto: ParetoResult;

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await createCustomerValues(connection);
		expected = await reference(connection);
		connection.closeSync();
		const { table } = await loadOrdersFile(ONLINE_RETAIL);
		customers = buildCustomerTable(table);
		pareto = computePareto(customers);
	}, 120_000);

	it('counts the customers with an order, and returns-only customers apart', () => {
		expect(customers.count).toBe(expected.customers);
		expect(customers.returnsOnlyCustomers).toBe(expected.returnsOnly);
	});

	it('totals the value to within float summation order', () => {
		expect(Math.abs(pareto.total - expected.total)).toBeLessThan(1e-6 * Math.abs(expected.total));
	});

	it('agrees on the top-20% share, the share bringing 80%, and Gini', () => {
		expect(pareto.topShare).toBeCloseTo(expected.topShare, 9);
		expect(pareto.countFor80).toBe(expected.countFor80);
		expect(pareto.shareFor80).toBeCloseTo(expected.shareFor80, 12);
		expect(Math.abs(pareto.gini - expected.gini)).toBeLessThan(1e-9);
	});

	it('agrees on the ABC classes', () => {
		expect(pareto.abcSummary.A.count).toBe(expected.countFor80);
		expect(pareto.abcSummary.B.count).toBe(expected.classB);
		expect(pareto.abcSummary.C.count).toBe(
			expected.customers - expected.countFor80 - expected.classB
		);
	});

	it('lists the same top-10 customers in the same order', () => {
		expect(topCustomers(customers, pareto, { n: 10 }).map((row) => row.id)).toEqual(
			expected.topIds
		);
	});

	it('prints the same figures from the command line', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'src/cli/sieve.ts', 'value', ONLINE_RETAIL, '--top', '10', '--json'],
			{ cwd: process.cwd(), maxBuffer: 1 << 24 }
		);
		const printed = JSON.parse(stdout);
		expect(printed.customers).toBe(expected.customers);
		expect(printed.topShare).toBeCloseTo(expected.topShare, 9);
		expect(printed.shareFor80).toBeCloseTo(expected.shareFor80, 12);
		expect(Math.abs(printed.gini - expected.gini)).toBeLessThan(1e-9);
		expect(printed.topIds).toEqual(expected.topIds);
	}, 60_000);
});
