import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { DEFAULT_CLV_OPTIONS } from './clv-options';
import { computeClv } from './compute-clv';
import { clvCustomerPage, rankClvCustomers, rankedClvRows } from './rank-customers';
import { cdnowRows } from '../../../../tests/unit/cdnow-sample';

describe('ranking the CDNOW cohort by predicted value', () => {
	const orders = ordersFromRows(cdnowRows());
	const ids = orders.customer.values;
	const result = computeClv(orders, {
		...DEFAULT_CLV_OPTIONS,
		calibrationEnd: '1997-09-30',
		holdoutEnd: '1998-06-30'
	});
	if (result.status !== 'computed' || !result.customers?.clv) throw new Error('no CLV');
	const clv = result.customers.clv;
	const order = rankClvCustomers(result, ids);
	const all = clvCustomerPage(result, ids, order, '', Infinity);

	it('lists every cohort customer once, highest CLV first', () => {
		expect(all.rows).toHaveLength(2357);
		expect(new Set(all.rows.map((row) => row.customer)).size).toBe(2357);
		const max = Math.max(...clv);
		expect(all.rows[0].clv).toBe(max);
		for (let k = 1; k < all.rows.length; k++) {
			expect(all.rows[k].clv ?? NaN).toBeLessThanOrEqual(all.rows[k - 1].clv ?? NaN);
		}
	});

	it('breaks ties by customer id', () => {
		let ties = 0;
		for (let k = 1; k < all.rows.length; k++) {
			if (all.rows[k].clv !== all.rows[k - 1].clv) continue;
			ties++;
			expect(all.rows[k].customer > all.rows[k - 1].customer).toBe(true);
		}
		expect(ties).toBeGreaterThan(0);
	});

	it('finds customers by part of their id, counting matches beyond the page', () => {
		const expected = ids.filter(
			(id, code) => id.includes('12') && result.summary.customerCode.includes(code)
		);
		const page = clvCustomerPage(result, ids, order, ' 12 ', 5);
		expect(page.matched).toBe(expected.length);
		expect(page.rows).toHaveLength(5);
		expect(page.rows.every((row) => row.customer.includes('12'))).toBe(true);
		expect(page.rows[0].rank).toBeLessThan(page.rows[4].rank);
	});

	it('gives P(alive) = 1 and the one-purchase reason to customers without a repeat purchase', () => {
		const once = all.rows.filter((row) => row.frequency === 0);
		expect(once.length).toBe(2357 - 946 - all.rows.filter((r) => r.spendStatus === 2).length);
		expect(once.every((row) => row.pAlive === 1 && row.spendStatus === 1)).toBe(true);
	});

	it('writes the CSV rows in rank order under the engine header', () => {
		const rows = rankedClvRows(result, ids, order, '');
		expect(rows[0]).toEqual([
			'customer_id',
			'frequency',
			'recency',
			'T',
			'p_alive',
			'expected_purchases',
			'expected_spend',
			'clv'
		]);
		expect(rows).toHaveLength(2358);
		expect(rows.slice(1, 4).map((row) => row[0])).toEqual(
			all.rows.slice(0, 3).map((r) => r.customer)
		);
	});
});
