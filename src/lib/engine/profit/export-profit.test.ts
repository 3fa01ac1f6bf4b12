import { describe, expect, it } from 'vitest';
import { toCsv } from '../tables/csv-export';
import { computeProfit } from './compute-profit';
import { profitCustomerRows, profitGroupRows } from './export-profit';
import { groupProfit } from './group-profit';
import { HAND_OPTIONS, HAND_ROWS, handShop } from './hand-fixture';
import { applyWhatIf } from './what-if';

describe('profitCustomerRows', () => {
	const shop = handShop();
	const profit = computeProfit(shop, HAND_OPTIONS);

	it('writes every customer by contribution, with contacts, parts, counts and the largest cost', () => {
		const rows = profitCustomerRows({
			currency: '',
			customers: shop.customers,
			profit,
			grouping: shop.grouping
		});
		expect(rows[0]).toEqual([
			'customer_id',
			'email',
			'orders',
			'net_revenue',
			'net_profit',
			'first_order',
			'last_order',
			'recency_days',
			'group',
			'goods',
			'order_cost',
			'return_cost',
			'ticket_cost',
			'effort_cost',
			'service',
			'marketing',
			'contribution',
			'returns',
			'tickets',
			'effort',
			'largest_cost',
			'largest_cost_amount',
			'to_break_even'
		]);
		expect(rows.slice(1).map((row) => row[0])).toEqual(['C', 'A', 'D', 'B']);
		// B: one order on 2024-01-20, net revenue 30 − 10 − 5 = 15, goods 20 − 6 − 3 = 11, so
		// profit 4; 73 days before the analysis day 2024-04-02 (the day after the last line).
		expect(rows[4]).toEqual([
			'B',
			'b@example.com',
			1,
			15,
			4,
			'2024-01-20',
			'2024-01-20',
			73,
			'Other',
			11,
			5,
			16,
			24,
			36,
			81,
			3,
			-80,
			2,
			4,
			9,
			'effort',
			36,
			80
		]);
	});

	it('writes only the losing customers, worst first, for a campaign', () => {
		const rows = profitCustomerRows({
			currency: '',
			customers: shop.customers,
			profit,
			grouping: shop.grouping,
			onlyLosing: true
		});
		const contribution = rows[0].indexOf('contribution');
		expect(rows.slice(1).map((row) => [row[0], row[contribution]])).toEqual([
			['B', -80],
			['D', -18]
		]);
	});

	it('writes what-if columns when given', () => {
		const columns = applyWhatIf(profit, { tickets: 0.5 });
		const rows = profitCustomerRows({
			currency: '',
			customers: shop.customers,
			profit,
			columns,
			grouping: shop.grouping
		});
		const d = rows.find((row) => row[0] === 'D');
		expect(d?.[rows[0].indexOf('ticket_cost')]).toBe(9); // ticket cost 18 × 0.5
	});

	it('neutralises a customer id that looks like a formula', () => {
		const rows = HAND_ROWS.map((row) =>
			row.customer === 'D' ? { ...row, customer: '=HYPERLINK("x")' } : row
		);
		const hostile = handShop(rows);
		const csv = toCsv(
			profitCustomerRows({
				currency: '',
				customers: hostile.customers,
				profit: computeProfit(hostile, { ...HAND_OPTIONS, marketingPerCustomer: {} }),
				grouping: hostile.grouping
			})
		);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
	});
});

describe('profitGroupRows', () => {
	it('writes one row per group, ROI empty when undefined', () => {
		const shop = handShop();
		const profit = computeProfit(shop, {
			...HAND_OPTIONS,
			costPerOrder: 0,
			costPerReturn: 0,
			costPerTicket: 0,
			costPerEffortPoint: 0,
			marketingPerCustomer: {}
		});
		const rows = profitGroupRows(groupProfit(profit, shop.grouping), '');
		expect(rows[1].slice(0, 8)).toEqual(['Loyal', 2, 660, 274, 0, 0, 386, null]);
		// Share: 386 of 386 + (35 − 23) = 398 = 0.96985…, written to 4 decimals.
		expect(toCsv(rows).split('\r\n')[1]).toBe('Loyal,2,660,274,0,0,386,,0,0.9698');
	});
});
