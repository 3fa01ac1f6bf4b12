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
 * price) and `customer_values` (customer, orders = invoices summing above zero, recency in days
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
		  SELECT customer, invoice, min(day) AS day FROM lines
		  GROUP BY customer, invoice HAVING sum(amount) > 0),
		per_customer AS (
		  SELECT customer, count(*) AS orders, max(day) AS last_day FROM orders GROUP BY customer),
		revenue AS (SELECT customer, sum(amount) AS value FROM lines GROUP BY customer)
		SELECT p.customer, p.orders,
		       ((SELECT max(day) FROM lines) + 1) - p.last_day AS recency,
		       r.value
		FROM per_customer p JOIN revenue r USING (customer)`);
}
