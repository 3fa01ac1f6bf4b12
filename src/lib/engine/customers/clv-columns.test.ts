import { describe, expect, it } from 'vitest';
import { computeClv, type ClvResult } from '../clv/compute-clv';
import { DEFAULT_CLV_OPTIONS } from '../clv/clv-options';
import { ordersFromRows } from '../tables/test-tables';
import { joinClvColumn, pAliveOf, predictedValueOf } from './clv-columns';
import { buildCustomerTable } from './customer-table';

// By hand: A buys three times, B twice, C once before the cut-off 2024-03-31; D first buys after it.
const orders = ordersFromRows([
	{ customer: 'A', date: '2024-01-01', amount: 10 },
	{ customer: 'B', date: '2024-01-05', amount: 20 },
	{ customer: 'C', date: '2024-01-09', amount: 30 },
	{ customer: 'A', date: '2024-02-01', amount: 12 },
	{ customer: 'B', date: '2024-02-20', amount: 25 },
	{ customer: 'A', date: '2024-03-10', amount: 14 },
	{ customer: 'D', date: '2024-05-01', amount: 40 }
]);
const customers = buildCustomerTable(orders);
const fit = computeClv(orders, {
	...DEFAULT_CLV_OPTIONS,
	calibrationEnd: '2024-03-31'
}) as ClvResult;

describe('lifetime-value columns joined to the customer table', () => {
	it('gives each customer the fit’s value by customer code, NaN outside the cohort', () => {
		const joined = joinClvColumn(fit, customers, 'pAlive');
		const { customerCode, count } = fit.summary;
		for (let i = 0; i < count; i++) {
			const entry = customers.customerCode.indexOf(customerCode[i]);
			expect(joined[entry]).toBe(fit.customers!.pAlive[i]);
		}
		expect(joined[customers.ids.indexOf('D')]).toBeNaN();
	});

	it('gives a one-time buyer P(alive) 1 and names the cut-off', () => {
		const alive = pAliveOf(fit, customers);
		expect(alive?.cutoff).toBe('2024-03-31');
		expect(alive?.values[customers.ids.indexOf('C')]).toBe(1);
	});

	it('passes a failed fit on with its reason instead of a column', () => {
		const failed = { status: 'failed' as const, reason: 'no data', suggestion: 'load a file' };
		expect(predictedValueOf(failed, customers)).toBe(failed);
		expect(pAliveOf(failed, customers)).toBeNull();
	});
});
