/**
 * The value figures on the real Online Retail file against an independent DuckDB computation of
 * DOMAIN.md's counting conventions, written here in SQL: lines = rows with a customer; an order =
 * an invoice of the customer whose lines sum above zero; value = net revenue (returns included).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { buildCustomerTable, type CustomerTable } from '../../src/lib/engine/customer-table';
import { computePareto, type ParetoResult } from '../../src/lib/engine/pareto';
import { topCustomers } from '../../src/lib/engine/top-customers';
import { createCustomerValues, ONLINE_RETAIL } from './online-retail-duckdb';

interface Reference {
	customers: number;
	returnsOnly: number;
	total: number;
	topShare: number;
	countFor80: number;
	shareFor80: number;
	gini: number;
	classB: number;
	topIds: string[];
}

async function reference(connection: DuckDBConnection): Promise<Reference> {
	const one = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS()[0];
	const summary = await one(`
		WITH ranked AS (
		  SELECT value,
		         row_number() OVER (ORDER BY value DESC) AS rank,
		         sum(value) OVER (ORDER BY value DESC ROWS UNBOUNDED PRECEDING) AS cumulative
		  FROM customer_values),
		totals AS (SELECT count(*) AS n, sum(value) AS total FROM customer_values)
		SELECT n, total,
		  (SELECT sum(value) FROM ranked WHERE rank <= ceil(0.2 * n)) / total AS top_share,
		  (SELECT min(rank) FROM ranked WHERE cumulative >= 0.8 * total) AS count_for_80,
		  (SELECT count(*) FROM ranked
		     WHERE cumulative - value >= 0.8 * total AND cumulative - value < 0.95 * total) AS class_b
		FROM totals`);
	const gini = await one(`
		WITH clipped AS (
		  SELECT greatest(value, 0) AS x, row_number() OVER (ORDER BY greatest(value, 0)) AS i
		  FROM customer_values)
		SELECT 2 * sum(i * x) / (count(*) * sum(x)) - (count(*) + 1) / count(*) AS gini FROM clipped`);
	const returnsOnly = await one(`
		SELECT count(DISTINCT customer) AS n FROM lines
		WHERE customer NOT IN (SELECT customer FROM customer_values)`);
	const top = (
		await connection.runAndReadAll(
			'SELECT customer FROM customer_values ORDER BY value DESC LIMIT 10'
		)
	).getRowObjectsJS();
	const n = Number(summary.n);
	return {
		customers: n,
		returnsOnly: Number(returnsOnly.n),
		total: Number(summary.total),
		topShare: Number(summary.top_share),
		countFor80: Number(summary.count_for_80),
		shareFor80: Number(summary.count_for_80) / n,
		gini: Number(gini.gini),
		classB: Number(summary.class_b),
		topIds: top.map((row) => String(row.customer))
	};
}

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
