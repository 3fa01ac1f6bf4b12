/**
 * Test helper (not a test): DOMAIN.md's counting conventions for Online Retail written directly in
 * DuckDB SQL, as the independent reference for the value and segments tests.
 */
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';

/** The project's shared data lives beside the project: `../shared/data/` (so CI's fresh clone finds it). */
export const ONLINE_RETAIL = fileURLToPath(
	new URL('../../../shared/data/online_retail.csv.gz', import.meta.url)
);

/**
 * Creates `lines` (rows with a customer; `17850.0` read as `17850`; amount = quantity × unit
 * price) and `customer_values` (customer, orders = (customer, invoice) pairs that are not returns, recency in days
 * from the day after the last line, value = net revenue of all the customer's lines).
 */
export async function createCustomerValues(connection: DuckDBConnection): Promise<void> {
	await connection.run(`
		CREATE TABLE lines AS
		SELECT regexp_replace(trim(CustomerID), '\\.0$', '') AS customer,
		       InvoiceNo AS invoice,
		       CAST(substr(InvoiceDate, 1, 10) AS DATE) AS day,
		       CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE) AS amount
		FROM read_csv('${ONLINE_RETAIL}', all_varchar = true, header = true)
		WHERE CustomerID IS NOT NULL AND trim(CustomerID) <> ''`);
	await connection.run(`
		CREATE TABLE customer_values AS
		WITH orders AS (
		  -- DOMAIN's rule: a (customer, invoice) pair is a return when its lines sum below zero, or to
		  -- zero (within 1e-9 of the sum of their absolute amounts) with a negative line; else an order.
		  SELECT customer, invoice, min(day) AS day FROM lines
		  GROUP BY customer, invoice
		  HAVING NOT (
		    sum(amount) < -1e-9 * sum(abs(amount))
		    OR (abs(sum(amount)) <= 1e-9 * sum(abs(amount)) AND min(amount) < 0))),
		per_customer AS (
		  SELECT customer, count(*) AS orders, max(day) AS last_day FROM orders GROUP BY customer),
		revenue AS (SELECT customer, sum(amount) AS value FROM lines GROUP BY customer)
		SELECT p.customer, p.orders,
		       ((SELECT max(day) FROM lines) + 1) - p.last_day AS recency,
		       r.value
		FROM per_customer p JOIN revenue r USING (customer)`);
}

/** The value figures of DOMAIN.md family 1, computed in SQL over `customer_values`. */
export interface ValueReference {
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

export async function referenceValueFigures(connection: DuckDBConnection): Promise<ValueReference> {
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
