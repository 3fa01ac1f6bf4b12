import { describe, expect, it } from 'vitest';
import { computeProfit } from './compute-profit';
import { HAND_OPTIONS, handShop } from './hand-fixture';
import { listLosingCustomers } from './losing-customers';

// Hand computation (compute-profit.test.ts): B −80 (effort 36 is its largest cost, above goods
// 11, orders 5, returns 16, tickets 24, marketing 3), D −18 (tickets 18 above goods 12, orders 5,
// marketing 3).
describe('listLosingCustomers on the hand-computed shop', () => {
	const shop = handShop();
	const profit = computeProfit(shop, HAND_OPTIONS);
	const losing = listLosingCustomers(profit, shop.customers.ids);

	it('lists the customers with a negative contribution, worst first', () => {
		expect(losing.count).toBe(2);
		expect(losing.loss).toBe(98);
		expect(losing.customers.map((c) => [c.id, c.contribution])).toEqual([
			['B', -80],
			['D', -18]
		]);
	});

	it('names each one’s largest cost and what brings it to zero', () => {
		const [b, d] = losing.customers;
		expect(b).toMatchObject({ largestCost: 'effort', largestCostAmount: 36, toBreakEven: 80 });
		expect(b.largestCostCut).toBeCloseTo(80 / 36, 12); // above 1: effort alone is not enough
		expect(d).toMatchObject({ largestCost: 'tickets', largestCostAmount: 18, toBreakEven: 18 });
		expect(d.largestCostCut).toBe(1);
		expect(b.costs).toEqual({
			goods: 11,
			orders: 5,
			returns: 16,
			tickets: 24,
			effort: 36,
			marketing: 3
		});
	});

	it('counts the losing customers by largest cost', () => {
		expect(losing.byLargestCost).toEqual({
			goods: 0,
			orders: 0,
			returns: 0,
			tickets: 1,
			effort: 1,
			marketing: 0
		});
	});

	it('lists at most the limit but counts everyone', () => {
		const one = listLosingCustomers(profit, shop.customers.ids, { limit: 1 });
		expect(one.customers.map((c) => c.id)).toEqual(['B']);
		expect(one.count).toBe(2);
		expect(one.loss).toBe(98);
	});
});
