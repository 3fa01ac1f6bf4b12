import { describe, expect, it } from 'vitest';
import { computeProfit } from './compute-profit';
import { groupProfit, returnOnInvestment, totalProfit } from './group-profit';
import { HAND_OPTIONS, handShop } from './hand-fixture';
import { withProfitDefaults } from './profit-options';

// Hand computation (see compute-profit.test.ts): A 74, B −80, C 233, D −18.
//   Loyal = A + C: revenue 660, goods 274, service 32 + 27 = 59, marketing 20, contribution 307,
//          ROI 307 ÷ (59 + 20) = 307/79, losing 0, share 307/209.
//   Other = B + D: revenue 35, goods 23, service 81 + 23 = 104, marketing 6, contribution −98,
//          ROI −98 ÷ 110, losing 2, share −98/209.
describe('groupProfit on the hand-computed shop', () => {
	const shop = handShop();
	const profit = computeProfit(shop, HAND_OPTIONS);
	const [loyal, other] = groupProfit(profit, shop.grouping);

	it('sums each group’s customers, revenue, goods, service, marketing and contribution', () => {
		expect(loyal).toMatchObject({
			name: 'Loyal',
			key: 'loyal',
			customers: 2,
			revenue: 660,
			goods: 274,
			service: 59,
			marketing: 20,
			contribution: 307,
			losing: 0
		});
		expect(other).toMatchObject({
			name: 'Other',
			customers: 2,
			revenue: 35,
			goods: 23,
			service: 104,
			marketing: 6,
			contribution: -98,
			losing: 2
		});
	});

	it('splits each group’s service into its parts', () => {
		expect(loyal).toMatchObject({ orderCost: 25, returnCost: 8, ticketCost: 6, effortCost: 20 });
		expect(other).toMatchObject({ orderCost: 10, returnCost: 16, ticketCost: 42, effortCost: 36 });
	});

	it('gives ROI = contribution ÷ (service + marketing)', () => {
		expect(loyal.roi).toBeCloseTo(307 / 79, 12);
		expect(other.roi).toBeCloseTo(-98 / 110, 12);
	});

	it('gives each group’s share of the total contribution', () => {
		expect(loyal.contributionShare).toBeCloseTo(307 / 209, 12);
		expect(other.contributionShare).toBeCloseTo(-98 / 209, 12);
	});

	it('totals every customer the same way', () => {
		expect(totalProfit(profit)).toMatchObject({
			customers: 4,
			revenue: 695,
			goods: 297,
			service: 163,
			marketing: 26,
			contribution: 209,
			losing: 2
		});
		expect(totalProfit(profit).roi).toBeCloseTo(209 / 189, 12);
	});

	it('has no ROI (null, shown —) when a group has neither service nor marketing cost', () => {
		const bare = computeProfit(shop, withProfitDefaults());
		const rows = groupProfit(bare, shop.grouping);
		expect(rows.map((row) => row.roi)).toEqual([null, null]);
		expect(returnOnInvestment(5, 0, 0)).toBeNull();
		expect(returnOnInvestment(0, 2, 3)).toBe(0);
	});

	it('has no contribution share when the total contribution is not positive', () => {
		const costly = computeProfit(shop, withProfitDefaults({ costPerEffortPoint: 100 }));
		expect(totalProfit(costly).contribution).toBeLessThan(0);
		expect(groupProfit(costly, shop.grouping).map((row) => row.contributionShare)).toEqual([
			null,
			null
		]);
	});
});
