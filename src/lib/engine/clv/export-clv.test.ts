import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { DEFAULT_CLV_OPTIONS } from './clv-options';
import { computeClv } from './compute-clv';
import { CLV_CSV_HEADER, clvCustomerRows } from './export-clv';

describe('clvCustomerRows', () => {
	it('leaves the model cells empty, not NaN, when BG/NBD cannot be fitted', () => {
		const orders = ordersFromRows([
			{ customer: '=HYPERLINK("x")', date: '2024-01-01', amount: 10 },
			{ customer: 'b', date: '2024-01-02', amount: 10 }
		]);
		const result = computeClv(orders, { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '2024-02-01' });
		if (result.status !== 'computed') throw new Error(result.reason);
		const rows = clvCustomerRows(result, orders.customer.values);
		expect(rows[0]).toEqual([...CLV_CSV_HEADER]);
		expect(rows[1]).toEqual(['=HYPERLINK("x")', 0, 0, 4.428571, null, null, null, null]);
	});
});
