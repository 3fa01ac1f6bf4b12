import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { groupingFromAssignments } from '../customers/group-by';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import { computeProfit } from './compute-profit';
import { HAND_OPTIONS, HAND_ROWS, handShop } from './hand-fixture';
import { ProfitOptionsError, withProfitDefaults } from './profit-options';

// Hand computation (hand-fixture.ts table), costs: order 5, return 8, ticket 6, effort point 4;
// marketing Loyal 10, Other 3.
//   A: revenue 100+50+80−20 = 210, goods 40+30+32−8 = 94, service 2×5 + 1×8 + 1×6 + 2×4 = 32,
//      marketing 10 → contribution 210 − 94 − 32 − 10 = 74
//   B: revenue 30−10−5 = 15, goods 20−6−3 = 11, service 1×5 + 2×8 + 4×6 + 9×4 = 81, marketing 3 → −80
//   C: revenue 450, goods 180, service 3×5 + 0 + 0 + 3×4 = 27, marketing 10 → 233
//   D: revenue 20, goods 12, service 1×5 + 0 + 3×6 + 0 (no effort value) = 23, marketing 3 → −18
const byId = (ids: string[], column: ArrayLike<number>) =>
	Object.fromEntries(ids.map((id, i) => [id, column[i]]));

describe('computeProfit on the hand-computed shop', () => {
	const shop = handShop();
	const profit = computeProfit(shop, HAND_OPTIONS);
	const ids = shop.customers.ids;

	it('keeps the four customers with an order, in table order', () => {
		expect(ids).toEqual(['A', 'B', 'C', 'D']);
		expect(profit.count).toBe(4);
	});

	it('takes revenue and sums the cost column into goods, returned lines netted', () => {
		expect(byId(ids, profit.revenue)).toEqual({ A: 210, B: 15, C: 450, D: 20 });
		expect(byId(ids, profit.goods)).toEqual({ A: 94, B: 11, C: 180, D: 12 });
		expect(profit.goodsSource).toBe('cost');
	});

	it('counts orders and returns per customer', () => {
		expect(byId(ids, profit.orders)).toEqual({ A: 2, B: 1, C: 3, D: 1 });
		expect(byId(ids, profit.returns)).toEqual({ A: 1, B: 2, C: 0, D: 0 });
	});

	it('splits service into orders, returns, tickets and effort', () => {
		expect(byId(ids, profit.orderCost)).toEqual({ A: 10, B: 5, C: 15, D: 5 });
		expect(byId(ids, profit.returnCost)).toEqual({ A: 8, B: 16, C: 0, D: 0 });
		expect(byId(ids, profit.ticketCost)).toEqual({ A: 6, B: 24, C: 0, D: 18 });
		expect(byId(ids, profit.effortCost)).toEqual({ A: 8, B: 36, C: 12, D: 0 });
		expect(byId(ids, profit.service)).toEqual({ A: 32, B: 81, C: 27, D: 23 });
	});

	it('charges each customer the marketing of its group', () => {
		expect(byId(ids, profit.marketing)).toEqual({ A: 10, B: 3, C: 10, D: 3 });
		expect(Array.from(profit.marketingByGroup)).toEqual([10, 3]);
	});

	it('gives contribution = revenue − goods − service − marketing', () => {
		expect(byId(ids, profit.contribution)).toEqual({ A: 74, B: -80, C: 233, D: -18 });
	});

	it('counts a customer without an effort value as effort 0 and says how many', () => {
		expect(byId(ids, profit.effort)).toEqual({ A: 2, B: 9, C: 3, D: 0 });
		expect(profit.effortAttribute).toBe('service_effort');
		const missing = profit.warnings.find((w) => w.code === 'effort-missing');
		expect(missing?.count).toBe(1);
		expect(missing?.examples).toEqual(['D']);
		expect(missing?.message).toContain('service_effort');
	});

	it('finds marketing by group key as well as by label', () => {
		const keyed = computeProfit(
			shop,
			withProfitDefaults({ marketingPerCustomer: { loyal: 7, other: 1 } })
		);
		expect(Array.from(keyed.marketingByGroup)).toEqual([7, 1]);
	});
});

describe('computeProfit: goods from margins', () => {
	const noCost = HAND_ROWS.map(({ cost: _cost, ...row }) => row);
	const shop = handShop(noCost);

	it('uses revenue × (1 − margin) per category, the global margin elsewhere', () => {
		// Tea 60%, Mugs 40%, Cards: global 50%.
		// A: Tea 100+80−20 = 160 × 0.4 = 64, Mugs 50 × 0.6 = 30 → 94; B: Tea 15 × 0.4 = 6;
		// C: Tea 300 × 0.4 = 120, Mugs 150 × 0.6 = 90 → 210; D: Cards 20 × 0.5 = 10.
		const profit = computeProfit(
			shop,
			withProfitDefaults({ marginPercent: 50, categoryMargins: { Tea: 60, Mugs: 40 } })
		);
		expect(profit.goodsSource).toBe('margin');
		expect(byId(shop.customers.ids, profit.goods)).toEqual({ A: 94, B: 6, C: 210, D: 10 });
		expect(profit.warnings.filter((w) => w.code === 'categories-without-margin')).toEqual([]);
	});

	it('warns about categories without a margin and counts their goods at 0', () => {
		const profit = computeProfit(
			shop,
			withProfitDefaults({ categoryMargins: { Tea: 60, Mugs: 40 } })
		);
		expect(byId(shop.customers.ids, profit.goods)).toEqual({ A: 94, B: 6, C: 210, D: 0 });
		const warning = profit.warnings.find((w) => w.code === 'categories-without-margin');
		expect(warning?.examples).toEqual(['Cards']);
		expect(warning?.message).toContain('Cards');
	});

	it('says profit equals revenue when there is no cost column and no margin', () => {
		const profit = computeProfit(shop, withProfitDefaults());
		expect(profit.goodsSource).toBe('none');
		expect(Array.from(profit.goods)).toEqual([0, 0, 0, 0]);
		expect(Array.from(profit.contribution)).toEqual([210, 15, 450, 20]);
		const warning = profit.warnings.find((w) => w.code === 'no-goods-cost');
		expect(warning?.message).toMatch(/profit equals revenue/);
	});

	it('uses margins instead of the cost column when asked to', () => {
		const profit = computeProfit(
			handShop(),
			withProfitDefaults({ goodsFrom: 'margin', marginPercent: 50 })
		);
		expect(profit.goodsSource).toBe('margin');
		expect(Array.from(profit.goods)).toEqual([105, 7.5, 225, 10]);
	});
});

describe('computeProfit: bad input', () => {
	it('falls back to the margin for a line whose cost was text, naming its order and customer', () => {
		// Ingest reads text in a cost column as NaN: that line's goods come from the margin.
		const rows = HAND_ROWS.map((row) => (row.order === 'O7' ? { ...row, cost: NaN } : row));
		const shop = handShop(rows);
		const profit = computeProfit(shop, withProfitDefaults({ marginPercent: 25 }));
		expect(byId(shop.customers.ids, profit.goods).D).toBe(15);
		const warning = profit.warnings.find((w) => w.code === 'lines-without-cost');
		expect(warning?.count).toBe(1);
		expect(warning?.message).toContain('order O7 (customer D)');
	});

	it('counts a line without readable cost and no margin at zero goods cost, and says so', () => {
		const rows = HAND_ROWS.map((row) => (row.order === 'O7' ? { ...row, cost: NaN } : row));
		const profit = computeProfit(handShop(rows), withProfitDefaults());
		expect(profit.goods[3]).toBe(0);
		expect(profit.warnings.find((w) => w.code === 'lines-without-cost')?.message).toMatch(
			/zero goods cost/
		);
	});

	it('names a sold line with a negative cost', () => {
		const rows = HAND_ROWS.map((row) => (row.order === 'O4' ? { ...row, cost: -80 } : row));
		const profit = computeProfit(handShop(rows), withProfitDefaults());
		const warning = profit.warnings.find((w) => w.code === 'negative-line-cost');
		expect(warning?.examples).toEqual(['order O4 (customer C)']);
	});

	it('names the customer with an effort of 42 and counts it as 0, keeping everyone else', () => {
		const orders = ordersFromRows(HAND_ROWS);
		const attributes = attributesFromRows([
			{ id: 'A', service_effort: 2 },
			{ id: 'B', service_effort: 42 },
			{ id: 'C', service_effort: 3 },
			{ id: 'D', service_effort: 1 }
		]);
		const customers = buildCustomerTable(orders, {}, attributes);
		const grouping = groupingFromAssignments('persona', ['All'], [0, 0, 0, 0], 4);
		const profit = computeProfit(
			{ orders, customers, grouping },
			withProfitDefaults({ costPerEffortPoint: 4 })
		);
		expect(Array.from(profit.effort)).toEqual([2, 0, 3, 1]);
		const warning = profit.warnings.find((w) => w.code === 'effort-out-of-range');
		expect(warning?.message).toContain('B (42)');
		expect(warning?.message).toContain('1–10');
		expect(profit.count).toBe(4);
	});

	it('refuses negative costs and margins over 100%, naming every field at fault', () => {
		const shop = handShop();
		const options = withProfitDefaults({ costPerReturn: -3, marginPercent: 120 });
		expect(() => computeProfit(shop, options)).toThrow(ProfitOptionsError);
		try {
			computeProfit(shop, options);
		} catch (error) {
			const fields = (error as ProfitOptionsError).issues.map((issue) => issue.field).sort();
			expect(fields).toEqual(['costPerReturn', 'marginPercent']);
		}
	});

	it('refuses negative ticket counts, naming the customer', () => {
		const shop = handShop();
		const tickets = Int32Array.from([1, -2, 0, 3]);
		expect(() => computeProfit({ ...shop, tickets }, HAND_OPTIONS)).toThrow(/customer B/);
	});

	it('warns that tickets count 0 when a ticket cost is set without tickets', () => {
		const shop = handShop();
		const profit = computeProfit({ ...shop, tickets: null }, HAND_OPTIONS);
		expect(Array.from(profit.ticketCost)).toEqual([0, 0, 0, 0]);
		expect(profit.warnings.some((w) => w.code === 'no-tickets')).toBe(true);
	});

	it('carries a warning for marketing set on a group that does not exist', () => {
		const profit = computeProfit(
			handShop(),
			withProfitDefaults({ marketingPerCustomer: { Champions: 4 } })
		);
		const warning = profit.warnings.find((w) => w.code === 'options');
		expect(warning?.message).toContain('Champions');
	});
});
