import { describe, expect, it } from 'vitest';
import { DEFAULT_CLV_OPTIONS } from './clv-options';
import { computeClv } from './compute-clv';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import { CLV_CSV_COLUMNS, clvCustomerRows } from './export-clv';

describe('clvCustomerRows', () => {
	it('leaves the model cells empty, not NaN, when BG/NBD cannot be fitted', () => {
		const orders = ordersFromRows([
			{ customer: '=HYPERLINK("x")', date: '2024-01-01', amount: 10 },
			{ customer: 'b', date: '2024-01-02', amount: 10 }
		]);
		const result = computeClv(orders, { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '2024-02-01' });
		if (result.status !== 'computed') throw new Error(result.reason);
		const rows = clvCustomerRows(result, orders.customer.values, '');
		expect(rows[0]).toEqual(['customer_id', ...CLV_CSV_COLUMNS]);
		// T = 31 days ÷ 7 = 4.428571… weeks, written to 4 decimals.
		expect(rows[1]).toEqual(['=HYPERLINK("x")', 0, 0, 4.4286, null, null, null, null]);
	});

	it('carries name and e-mail from the customers file, joined on the id', () => {
		const orders = ordersFromRows([
			{ customer: 'a', date: '2024-01-01', amount: 10 },
			{ customer: 'b', date: '2024-01-02', amount: 10 }
		]);
		const attributes = attributesFromRows([
			{ id: 'b', Name: 'Bea Lund', 'E-mail': 'bea@example.org', age: 30 }
		]);
		const result = computeClv(orders, { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '2024-02-01' });
		if (result.status !== 'computed') throw new Error(result.reason);
		const rows = clvCustomerRows(result, orders.customer.values, '', attributes);
		expect(rows[0].slice(0, 4)).toEqual(['customer_id', 'name', 'email', 'frequency']);
		expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
			['a', '', ''],
			['b', 'Bea Lund', 'bea@example.org']
		]);
	});
});
