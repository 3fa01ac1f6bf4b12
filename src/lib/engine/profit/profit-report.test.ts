import { describe, expect, it } from 'vitest';
import { computeProfit } from './compute-profit';
import { HAND_OPTIONS, handShop } from './hand-fixture';
import { buildProfitReport } from './profit-report';

/** Every number of a JSON value, nested. */
function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(numbersIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
	return [];
}

describe('buildProfitReport on the hand-computed shop', () => {
	const shop = handShop();
	const profit = computeProfit(shop, HAND_OPTIONS);
	const report = buildProfitReport({
		ids: shop.customers.ids,
		profit,
		grouping: shop.grouping,
		options: HAND_OPTIONS
	});

	it('carries totals, groups, the whale peak and the losing customers', () => {
		expect(report.customers).toBe(4);
		expect(report.groupFamily).toBe('persona');
		expect(report.totals.contribution).toBe(209);
		expect(report.groups.map((g) => [g.name, g.contribution, g.losing])).toEqual([
			['Loyal', 307, 0],
			['Other', -98, 2]
		]);
		expect(report.whale.peak).toMatchObject({ count: 2, customerShare: 0.5, contribution: 307 });
		expect(report.losing.customers.map((c) => c.id)).toEqual(['B', 'D']);
		expect(report.whatIf).toBeNull();
	});

	it('states the costs as entered, marketing per group key', () => {
		expect(report.costs).toEqual({
			costPerOrder: 5,
			costPerReturn: 8,
			costPerTicket: 6,
			costPerEffortPoint: 4,
			marginPercent: null,
			categoryMargins: {},
			marketingPerCustomer: { loyal: 10, other: 3 }
		});
	});

	it('is plain JSON with no NaN or Infinity, and survives a round trip', () => {
		expect(numbersIn(report).every(Number.isFinite)).toBe(true);
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
	});

	it('applies the multipliers from the options and counts sign changes against the base', () => {
		const options = {
			...HAND_OPTIONS,
			multipliers: {
				...HAND_OPTIONS.multipliers,
				goods: 0.5,
				orders: 0.5,
				tickets: 0.5,
				marketing: 0.5
			}
		};
		const scaled = buildProfitReport({
			ids: shop.customers.ids,
			profit,
			grouping: shop.grouping,
			options
		});
		// 134 − 58.5 + 335.5 + 1 (what-if.test.ts)
		expect(scaled.totals.contribution).toBe(412);
		expect(scaled.whatIf).toEqual({
			becameLosing: 0,
			becameProfitable: 1,
			changedSign: 1,
			baseContribution: 209,
			baseLosing: 2
		});
		expect(scaled.losing.customers.map((c) => c.id)).toEqual(['B']);
		expect(scaled.multipliers.goods).toBe(0.5);
	});
});
