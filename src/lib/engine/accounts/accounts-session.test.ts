import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows } from '../tables/test-tables';
import {
	AccountsMemo,
	analyseAccounts,
	planPage,
	reviewBriefsOf,
	reviewPlanCsvFile,
	reviewPlanIcsFile,
	withPAlive
} from './accounts-session';

const orders = ordersFromRows([
	{ customer: 'c1', date: '2024-01-02', amount: 25, category: 'A' },
	{ customer: 'c2', date: '2024-01-04', amount: 300, category: 'A' },
	{ customer: 'c2', date: '2024-01-06', amount: 30, category: 'B' },
	{ customer: 'c3', date: '2024-01-05', amount: 100, category: 'B' }
]);
const customers = buildCustomerTable(orders);

describe('the account reviews session', () => {
	it('keeps the computation for the same table and options, and makes a new one for others', () => {
		const memo = new AccountsMemo();
		const first = memo.get(customers, orders, null, { perWeek: 2 });
		expect(memo.get(customers, orders, null, { perWeek: 2 })).toBe(first);
		expect(memo.get(customers, orders, null, { perWeek: 1 })).not.toBe(first);
	});

	it('pages the plan: every customer is due now, so a page of 2 from 1 holds the 2nd and 3rd', () => {
		const computation = analyseAccounts(customers, orders, null, {});
		const all = planPage(computation, { level: null, week: null }, 0, 10);
		expect(all.matched).toBe(3);
		const page = planPage(computation, { level: null, week: null }, 1, 2);
		expect(page.rows.map((r) => r.customerId)).toEqual(
			all.rows.slice(1, 3).map((r) => r.customerId)
		);
		expect(page.offset).toBe(1);
	});

	it('adds P(alive) and its cut-off to the briefs once, and none when the model failed', () => {
		const computation = analyseAccounts(customers, orders, null, {});
		const values = new Float64Array(customers.count).fill(0.25);
		withPAlive(computation, { values, cutoff: '2024-01-06' });
		const [brief] = reviewBriefsOf(computation.briefs, ['c2']);
		expect(brief.pAlive).toBe(0.25);
		expect(brief.pAliveCutoff).toBe('2024-01-06');
		const without = analyseAccounts(customers, orders, null, {});
		withPAlive(without, null);
		expect(reviewBriefsOf(without.briefs, ['c2'])[0].pAlive).toBeNull();
	});

	it('names an unknown customer of a brief request', () => {
		const computation = analyseAccounts(customers, orders, null, {});
		expect(() => reviewBriefsOf(computation.briefs, ['nobody'])).toThrow('No customer “nobody”');
	});

	it('names the plan files after the dataset, one row per customer', () => {
		const computation = analyseAccounts(customers, orders, null, {});
		const csv = reviewPlanCsvFile(computation, 'My shop.csv', '');
		const ics = reviewPlanIcsFile(computation.briefs, 'My shop.csv');
		expect([csv.fileName, csv.rows]).toEqual(['My-shop-review-plan.csv', 3]);
		expect(ics.fileName).toBe('My-shop-review-plan.ics');
		expect(ics.text).toContain('BEGIN:VCALENDAR');
	});
});
