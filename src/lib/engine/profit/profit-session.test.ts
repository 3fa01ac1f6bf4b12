import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../tables/test-tickets';
import { HAND_OPTIONS, handShop } from './hand-fixture';
import {
	ProfitMemo,
	profitExportFile,
	profitReportOf,
	searchLosingCustomers
} from './profit-session';

// The hand-computed shop (compute-profit.test.ts): tickets A 1, B 4, D 3; B loses 80, D 18.
const shop = handShop();
const tickets = ticketsFromRows(
	[
		['A', 1],
		['B', 4],
		['D', 3]
	].flatMap(([customer, n]) =>
		Array.from({ length: n as number }, () => ({
			customer: customer as string,
			opened: '2024-01-15'
		}))
	)
);
const compute = (memo = new ProfitMemo(), options = HAND_OPTIONS) =>
	memo.compute(shop.orders, shop.customers, shop.grouping, tickets, options);

describe('the profit session', () => {
	it('finds B and D losing 80 and 18, as computed by hand', () => {
		const found = searchLosingCustomers(compute(), '', 10);
		expect(found.matched).toBe(2);
		expect(found.customers.map((c) => [c.id, c.contribution])).toEqual([
			['B', -80],
			['D', -18]
		]);
	});

	it('searches the losing customers by id, case-insensitively, within the limit', () => {
		expect(searchLosingCustomers(compute(), ' d ', 10).customers.map((c) => c.id)).toEqual(['D']);
		const limited = searchLosingCustomers(compute(), '', 1);
		expect([limited.matched, limited.customers.length]).toEqual([2, 1]);
	});

	it('keeps the computation when only a what-if multiplier changes', () => {
		const memo = new ProfitMemo();
		const first = compute(memo);
		const slid = compute(memo, {
			...HAND_OPTIONS,
			multipliers: { ...HAND_OPTIONS.multipliers, effort: 0.5 }
		});
		expect(slid.profit).toBe(first.profit);
		// B's effort cost 36 halves to 18: B now loses 62.
		expect(searchLosingCustomers(slid, 'B', 1).customers[0].contribution).toBe(-62);
	});

	it('names the export after the dataset, grouping and what is exported', () => {
		const c = compute();
		expect(profitExportFile(c, 'My shop', '', 'persona', 'losing')).toMatchObject({
			fileName: 'My-shop-profit-by-persona-losing-customers.csv',
			rows: 2
		});
		expect(profitExportFile(c, 'My shop', '', 'persona', 'groups').rows).toBe(
			profitReportOf(c).groups.length
		);
		expect(profitExportFile(c, 'My shop', '', 'persona', 'customers').rows).toBe(4);
	});
});
