import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../cli/load';
import type { LoadedOrders } from '../../cli/load';
import { formatDay } from '../engine/tables/orders-table';

// The import of the real Online Retail file, checked against an independent DuckDB query that
// applies shared/DOMAIN.md's counting conventions in SQL: DuckDB parses the CSV, the dates and the
// numbers itself, and sums exact decimals.
const FILE = fileURLToPath(
	new URL('../../../../shared/data/online_retail.csv.gz', import.meta.url)
);

interface Reference {
	rows: number;
	lines: number;
	rejected: Record<string, number>;
	customers: number;
	returnsOnlyCustomers: number;
	orders: number;
	returns: number;
	netRevenue: number;
	firstDate: string;
	lastDate: string;
	distinctCustomers: number;
	distinctOrders: number;
}

async function queryReference(): Promise<Reference> {
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	const run = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
	await run(`
		CREATE TABLE raw AS SELECT * FROM read_csv('${FILE}', all_varchar = true, header = true,
			delim = ',', quote = '"', escape = '"')`);
	// One row per CSV row, with the reason it is rejected (first that applies), per DOMAIN.md:
	// a line needs a customer, a valid date and a valid amount (here quantity × unit price).
	await run(`
		CREATE TABLE checked AS
		SELECT *,
			CASE
				WHEN customer IS NULL OR customer = '' THEN 'no-customer'
				WHEN day IS NULL THEN 'bad-date'
				WHEN quantity IS NULL THEN 'bad-quantity'
				WHEN price IS NULL THEN 'bad-price'
			END AS reason
		FROM (
			SELECT
				InvoiceNo AS order_id,
				regexp_replace(trim(CustomerID), '\\.0+$', '') AS customer,
				CAST(try_strptime(InvoiceDate, '%Y-%m-%d %H:%M:%S') AS DATE) AS day,
				try_cast(Quantity AS DECIMAL(18, 3)) AS quantity,
				try_cast(UnitPrice AS DECIMAL(18, 3)) AS price
			FROM raw
		)`);
	// Cancellations (InvoiceNo starting with C) are returns: their amount counts as negative.
	await run(`
		CREATE TABLE lines AS
		SELECT order_id, customer, day,
			CASE WHEN order_id LIKE 'C%' THEN -abs(quantity * price) ELSE quantity * price END AS amount
		FROM checked WHERE reason IS NULL`);
	// DOMAIN's rule, in exact decimals: an order is a (customer, order id) pair that is not a
	// return; a return sums below zero, or to zero with at least one negative line.
	await run(`
		CREATE TABLE order_sums AS
		SELECT customer, order_id, sum(amount) AS total,
			NOT (sum(amount) < 0 OR (sum(amount) = 0 AND min(amount) < 0)) AS is_order
		FROM lines GROUP BY customer, order_id`);
	await run(`
		CREATE TABLE customer_orders AS
		SELECT customer, count(*) FILTER (WHERE is_order) AS orders
		FROM order_sums GROUP BY customer`);
	const [counts] = await run(`
		SELECT
			(SELECT count(*) FROM checked) AS rows,
			(SELECT count(*) FROM lines) AS lines,
			(SELECT count(*) FROM order_sums WHERE is_order) AS orders,
			(SELECT count(*) FROM order_sums WHERE NOT is_order) AS returns,
			(SELECT count(*) FROM customer_orders WHERE orders > 0) AS customers,
			(SELECT count(*) FROM customer_orders WHERE orders = 0) AS returns_only,
			(SELECT CAST(sum(amount) AS DOUBLE) FROM lines) AS net_revenue,
			(SELECT strftime(min(day), '%Y-%m-%d') FROM lines) AS first_date,
			(SELECT strftime(max(day), '%Y-%m-%d') FROM lines) AS last_date,
			(SELECT count(DISTINCT customer) FROM lines) AS distinct_customers,
			(SELECT count(DISTINCT order_id) FROM lines) AS distinct_orders`);
	const reasons = await run(
		`SELECT reason, count(*) AS n FROM checked WHERE reason IS NOT NULL GROUP BY reason`
	);
	connection.closeSync();
	return {
		rows: Number(counts.rows),
		lines: Number(counts.lines),
		rejected: Object.fromEntries(reasons.map((r) => [String(r.reason), Number(r.n)])),
		customers: Number(counts.customers),
		returnsOnlyCustomers: Number(counts.returns_only),
		orders: Number(counts.orders),
		returns: Number(counts.returns),
		netRevenue: Number(counts.net_revenue),
		firstDate: String(counts.first_date),
		lastDate: String(counts.last_date),
		distinctCustomers: Number(counts.distinct_customers),
		distinctOrders: Number(counts.distinct_orders)
	};
}

describe('importing Online Retail (541,909 rows) through the Node loader', () => {
	let loaded: LoadedOrders;
	let reference: Reference;

	beforeAll(async () => {
		[loaded, reference] = await Promise.all([loadOrdersFile(FILE), queryReference()]);
	}, 120_000);

	it('suggests the mapping of the UCI columns, with C-prefixed invoices as returns', () => {
		expect(loaded.sniff.header).toEqual([
			'InvoiceNo',
			'StockCode',
			'Description',
			'Quantity',
			'InvoiceDate',
			'UnitPrice',
			'CustomerID',
			'Country'
		]);
		expect(loaded.mapping).toEqual({
			// The product in words (Description), not its code (issue 20 item 7).
			roles: ['order', 'ignore', 'product', 'quantity', 'date', 'unitPrice', 'customer', 'ignore'],
			dateOrder: 'ymd',
			returnPrefix: 'C',
			returns: 'net'
		});
		expect(loaded.report.encoding).toBe('utf-8');
		expect(loaded.report.delimiter).toBe(',');
	});

	it('reads as many rows as DuckDB', () => {
		expect(loaded.report.rowsRead).toBe(reference.rows);
	});

	it('keeps the same lines and rejects the same rows for the same reasons', () => {
		expect(loaded.report.lines).toBe(reference.lines);
		const rejected = Object.fromEntries(loaded.report.rejected.map((r) => [r.reason, r.count]));
		expect(rejected).toEqual(reference.rejected);
	});

	it('accounts for every row: lines + rejected + ignored returns = rows read', () => {
		const { report } = loaded;
		const rejected = report.rejected.reduce((sum, r) => sum + r.count, 0);
		expect(report.lines + rejected + report.ignoredReturnLines).toBe(report.rowsRead);
	});

	it('counts customers, returns-only customers, orders and returns as the counting conventions say', () => {
		expect(loaded.report.customers).toBe(reference.customers);
		expect(loaded.report.returnsOnlyCustomers).toBe(reference.returnsOnlyCustomers);
		expect(loaded.report.orders).toBe(reference.orders);
		expect(loaded.report.returns).toBe(reference.returns);
	});

	it('has the same net revenue to 1e-6', () => {
		expect(Math.abs(loaded.report.netRevenue - reference.netRevenue)).toBeLessThan(1e-6);
	});

	it('has the same first and last date', () => {
		expect(formatDay(loaded.report.firstDay)).toBe(reference.firstDate);
		expect(formatDay(loaded.report.lastDay)).toBe(reference.lastDate);
	});

	it('stores customer ids without the .0 of the float export and one dictionary entry per id', () => {
		const { customer, order } = loaded.table;
		expect(customer.values.length).toBe(reference.distinctCustomers);
		expect(order.values.length).toBe(reference.distinctOrders);
		expect(customer.values).toContain('17850');
		expect(customer.values.some((id) => id.endsWith('.0'))).toBe(false);
	});

	it('gives the first example of a rejected row with its file line', () => {
		const noCustomer = loaded.report.rejected.find((r) => r.reason === 'no-customer');
		// Line 624 of the file (header = line 1): `zcat … | sed -n 624p` has an empty CustomerID.
		expect(noCustomer?.examples[0]).toEqual({
			line: 624,
			text: '536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom'
		});
	});

	it('fills every column as long as the table', () => {
		const { table } = loaded;
		for (const column of [
			table.customer.codes,
			table.order.codes,
			table.day,
			table.amount,
			table.quantity,
			table.product?.codes
		]) {
			expect(column?.length).toBe(table.rowCount);
		}
		expect(table.cost).toBeNull();
		expect(table.category).toBeNull();
	});
});
