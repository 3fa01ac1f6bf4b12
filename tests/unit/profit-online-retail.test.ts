/**
 * Profit and ROI per purchase pattern on the real Online Retail file against an independent DuckDB
 * computation written here in SQL. Online Retail has no cost column, so goods come from one margin
 * (40%: goods = 60% of net revenue), with 2 per order, 5 per return and marketing per customer of
 * 1 (one-time), 3 (regular) and 0.5 (irregular). Orders and returns follow DOMAIN.md's rule, the
 * pattern its definition (one order; ≥ 3 orders with gap CV ≤ 0.75; the rest).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrdersFile } from '../../src/cli/load';
import { buildCustomerTable } from '../../src/lib/engine/customers/customer-table';
import { groupCustomers } from '../../src/lib/engine/customers/group-by';
import { computeProfit } from '../../src/lib/engine/profit/compute-profit';
import { withProfitDefaults } from '../../src/lib/engine/profit/profit-options';
import { buildProfitReport, type ProfitReport } from '../../src/lib/engine/profit/profit-report';
import { createCustomerValues, ONLINE_RETAIL } from './online-retail-duckdb';

interface GroupReference {
	name: string;
	customers: number;
	revenue: number;
	goods: number;
	service: number;
	marketing: number;
	contribution: number;
	losing: number;
}

const SQL_PROFIT = `
	CREATE TABLE customer_profit AS
	WITH pairs AS (
	  SELECT customer, invoice, min(day) AS day,
	         sum(amount) < -1e-9 * sum(abs(amount))
	           OR (abs(sum(amount)) <= 1e-9 * sum(abs(amount)) AND min(amount) < 0) AS is_return
	  FROM lines GROUP BY customer, invoice),
	gaps AS (
	  SELECT customer, day - lag(day) OVER (PARTITION BY customer ORDER BY day) AS gap
	  FROM pairs WHERE NOT is_return),
	rhythm AS (
	  SELECT customer, count(*) + 1 AS orders, avg(gap) AS mean_gap, stddev_pop(gap) AS sd_gap
	  FROM gaps WHERE gap IS NOT NULL GROUP BY customer),
	counts AS (
	  SELECT customer,
	         count(*) FILTER (WHERE NOT is_return) AS orders,
	         count(*) FILTER (WHERE is_return) AS returns
	  FROM pairs GROUP BY customer HAVING count(*) FILTER (WHERE NOT is_return) > 0),
	revenue AS (SELECT customer, sum(amount) AS revenue FROM lines GROUP BY customer),
	classified AS (
	  SELECT c.customer, c.orders, c.returns, r.revenue,
	         CASE WHEN c.orders = 1 THEN 'one-time'
	              WHEN c.orders >= 3 AND h.mean_gap > 0 AND h.sd_gap / h.mean_gap <= 0.75 THEN 'regular'
	              ELSE 'irregular' END AS pattern
	  FROM counts c JOIN revenue r USING (customer) LEFT JOIN rhythm h USING (customer))
	SELECT customer, pattern, revenue,
	       revenue * (1 - 40 / 100) AS goods,
	       orders * 2 + returns * 5 AS service,
	       CASE pattern WHEN 'one-time' THEN 1 WHEN 'regular' THEN 3 ELSE 0.5 END AS marketing,
	       revenue - revenue * (1 - 40 / 100) - (orders * 2 + returns * 5)
	         - CASE pattern WHEN 'one-time' THEN 1 WHEN 'regular' THEN 3 ELSE 0.5 END AS contribution
	FROM classified`;

describe('profit per purchase pattern on Online Retail', () => {
	let report: ProfitReport;
	let groups: GroupReference[];
	let losingIds: string[];
	let losingContribution: Map<string, number>;
	let peak: { count: number; contribution: number; total: number };

	beforeAll(async () => {
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await createCustomerValues(connection);
		await connection.run(SQL_PROFIT);
		groups = (
			await connection.runAndReadAll(`
				SELECT pattern AS name, count(*)::INTEGER AS customers, sum(revenue) AS revenue,
				       sum(goods) AS goods, sum(service)::DOUBLE AS service, sum(marketing)::DOUBLE AS marketing,
				       sum(contribution) AS contribution,
				       count(*) FILTER (WHERE contribution < 0)::INTEGER AS losing
				FROM customer_profit GROUP BY pattern`)
		).getRowObjectsJS() as unknown as GroupReference[];
		const losingRows = (
			await connection.runAndReadAll(
				'SELECT customer, contribution FROM customer_profit WHERE contribution < 0'
			)
		).getRowObjectsJS();
		losingIds = losingRows.map((row) => String(row.customer)).sort();
		losingContribution = new Map(
			losingRows.map((row) => [String(row.customer), Number(row.contribution)])
		);
		const [whale] = (
			await connection.runAndReadAll(`
				SELECT count(*) FILTER (WHERE contribution > 0)::INTEGER AS count,
				       sum(contribution) FILTER (WHERE contribution > 0) AS contribution,
				       sum(contribution) AS total
				FROM customer_profit`)
		).getRowObjectsJS() as { count: number; contribution: number; total: number }[];
		peak = whale;
		connection.closeSync();

		const { table: orders } = await loadOrdersFile(ONLINE_RETAIL);
		const customers = buildCustomerTable(orders);
		const grouping = groupCustomers(customers, 'pattern');
		const options = withProfitDefaults({
			marginPercent: 40,
			costPerOrder: 2,
			costPerReturn: 5,
			marketingPerCustomer: { 'one-time': 1, regular: 3, irregular: 0.5 }
		});
		const profit = computeProfit({ orders, customers, grouping }, options);
		report = buildProfitReport({
			ids: customers.ids,
			profit,
			grouping,
			options,
			losingLimit: 10_000
		});
	}, 180_000);

	const close = (actual: number, expected: number) =>
		expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));

	it('has the same customers in each pattern', () => {
		for (const reference of groups) {
			const row = report.groups.find((g) => g.name === reference.name);
			expect(row?.customers, reference.name).toBe(reference.customers);
		}
		expect(report.customers).toBe(groups.reduce((a, g) => a + g.customers, 0));
	});

	it('sums revenue, goods, service, marketing and contribution per pattern', () => {
		for (const reference of groups) {
			const row = report.groups.find((g) => g.name === reference.name)!;
			close(row.revenue, reference.revenue);
			close(row.goods, reference.goods);
			close(row.service, reference.service);
			close(row.marketing, reference.marketing);
			close(row.contribution, reference.contribution);
		}
	});

	it('gives each pattern ROI = contribution ÷ (service + marketing)', () => {
		for (const reference of groups) {
			const row = report.groups.find((g) => g.name === reference.name)!;
			const roi = reference.contribution / (reference.service + reference.marketing);
			expect(Math.abs((row.roi ?? NaN) - roi)).toBeLessThan(1e-9 * Math.abs(roi));
		}
	});

	it('finds the same customers losing money, with the same contributions, worst first', () => {
		expect(losingIds.length).toBeGreaterThan(0);
		for (const reference of groups) {
			const row = report.groups.find((g) => g.name === reference.name)!;
			expect(row.losing, reference.name).toBe(reference.losing);
		}
		expect(report.losing.count).toBe(losingIds.length);
		const listed = report.losing.customers;
		expect(listed.map((c) => c.id).sort()).toEqual(losingIds);
		for (const customer of listed)
			close(customer.contribution, losingContribution.get(customer.id)!);
		// Worst first (customers with equal contributions may come in either order).
		for (let k = 1; k < listed.length; k++)
			expect(listed[k].contribution).toBeGreaterThanOrEqual(listed[k - 1].contribution);
	});

	it('puts the whale curve’s peak where the positive contributions end', () => {
		expect(report.whale.peak.count).toBe(peak.count);
		close(report.whale.peak.contribution, peak.contribution);
		close(report.whale.total, peak.total);
	});
});
