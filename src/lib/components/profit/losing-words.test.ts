import { describe, expect, it } from 'vitest';
import type { LosingCustomer } from '../../engine/profit/losing-customers';
import { describeLosingCustomer } from './losing-words';
import { moneyFormatter } from './profit-format';

const pounds = moneyFormatter('£');
const customer = (change: Partial<LosingCustomer>): LosingCustomer => ({
	index: 0,
	id: 'C1',
	revenue: 40,
	contribution: -42,
	costs: { goods: 7, orders: 0, returns: 75, tickets: 0, effort: 0, marketing: 0 },
	largestCost: 'returns',
	largestCostAmount: 75,
	toBreakEven: 42,
	largestCostCut: 42 / 75,
	...change
});

describe('describeLosingCustomer', () => {
	it('names the loss, the largest cost and the cut that breaks even', () => {
		expect(describeLosingCustomer(customer({}), pounds)).toBe(
			'−£42: returns cost £75; cutting returns by £42 (56%) breaks even.'
		);
	});

	it('says when cutting the largest cost alone is not enough', () => {
		expect(
			describeLosingCustomer(
				customer({ contribution: -100, toBreakEven: 100, largestCostCut: 100 / 75 }),
				pounds
			)
		).toBe('−£100: returns cost £75; even without returns this customer would lose £25.');
	});

	it('says when the revenue itself is negative', () => {
		expect(
			describeLosingCustomer(
				customer({ largestCostAmount: 0, largestCost: 'goods', largestCostCut: null }),
				pounds
			)
		).toMatch(/revenue itself is negative/);
	});
});
