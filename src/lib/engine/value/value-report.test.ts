import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows } from '../tables/test-tables';
import { computeValue } from './compute-value';
import { exportTopCustomers, exportValueCustomers } from './export-value';
import { DEFAULT_VALUE_OPTIONS, validateValueOptions } from './value-options';
import { buildValueReport } from './value-report';

// The worked example of issue 10 (hand-checked in customer-table.test.ts): C2 (10) and C3 (5)
// are the customers; C1 and C4 have returns only.
const orders = ordersFromRows([
	{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: 0.1 },
	{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: 0.2 },
	{ customer: 'C1', order: 'O1', date: '2024-01-01', amount: -0.3 },
	{ customer: 'C2', order: 'O2', date: '2024-01-01', amount: 10 },
	{ customer: 'C3', order: 'O3', date: '2024-01-01', amount: 5 },
	{ customer: 'C4', order: 'O3', date: '2024-01-01', amount: -4 }
]);
const computation = computeValue(buildCustomerTable(orders));
const report = buildValueReport(computation, orders, { ...DEFAULT_VALUE_OPTIONS, topN: 1 });

describe('buildValueReport', () => {
	it('gives 2 customers, 2 returns-only customers and a value total of 15 for the worked example', () => {
		expect(report.customers).toBe(2);
		expect(report.returnsOnlyCustomers).toBe(2);
		expect(report.totalValue).toBe(15);
	});

	it('ranks the top customers by value with their class', () => {
		expect(report.top).toEqual([
			expect.objectContaining({ rank: 1, id: 'C2', value: 10, orders: 1, abc: 'A' })
		]);
	});

	it('draws the curve from rank 1: 1 of 2 customers holds 10 of 15', () => {
		expect(Array.from(report.curve.rank)).toEqual([1, 2]);
		expect(report.curve.valueShare[0]).toBeCloseTo(10 / 15, 12);
		expect(report.curve.ids).toEqual(['C2', 'C3']);
	});

	it('compares the top 1 with the rest', () => {
		expect(report.profile.groupLabel).toBe('the top 1');
		expect([report.profile.groupSize, report.profile.restSize]).toEqual([1, 1]);
		// Each behaviour median carries its feature's key, for the interface's languages.
		expect(report.profile.behaviour.slice(0, 2).map((row) => [row.feature, row.label])).toEqual([
			['value', 'Value'],
			['orders', 'Orders']
		]);
	});

	it('gives no start date when every line counts', () => {
		expect(report.startDate).toBeNull();
	});
});

describe('exports of the Value family', () => {
	it('writes the top N with a header and one row each', () => {
		const { csv, rows, fileName } = exportTopCustomers(computation, 5, 'My shop', '');
		expect(rows).toBe(2);
		expect(fileName).toBe('My-shop-top-2.csv');
		const lines = csv.replace('\uFEFF', '').split('\r\n');
		expect(lines[0]).toBe(
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,' +
				'rank,average_order_value,average_unit_price,repeat_rate,abc_class'
		);
		// C2: one order of 10 on 2024-01-01, a day before the analysis day; no quantity column.
		expect(lines[1]).toBe('C2,1,10,2024-01-01,2024-01-01,1,1,10,,0,A');
	});

	it('writes every customer for value --customers', () => {
		expect(exportValueCustomers(computation, 'x', '').rows).toBe(2);
	});
});

describe('validateValueOptions', () => {
	it('names the option at fault', () => {
		expect(() => validateValueOptions({ topN: -1, group: 'top' })).toThrow(/topN/);
		expect(() => validateValueOptions({ topN: 5, group: 'B' as 'A' })).toThrow(/group/);
	});
});
