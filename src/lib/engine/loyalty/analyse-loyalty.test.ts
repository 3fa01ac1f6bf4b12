import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { ticketsFromRows } from '../tables/test-tickets';
import {
	analyseLoyalty,
	interviewListFile,
	loyaltyAnswer,
	loyaltyCellFile,
	LoyaltyMemo,
	NO_LOYALTY_DATA
} from './analyse-loyalty';

// Analysis day 2024-05-01 (the day after the last order).
// r1: orders 01-01, 01-31, 03-01, 03-31 and 04-30: regular (equal gaps), 1 day since the last.
// r2: orders 01-01, 01-11, 01-21: regular, but 101 days > 2 × 10 since the last: lapsing.
// o: one order: not regular.
const ORDERS = ordersFromRows([
	...['2024-01-01', '2024-01-31', '2024-03-01', '2024-03-31', '2024-04-30'].map((date) => ({
		customer: 'r1',
		date,
		amount: 10
	})),
	...['2024-01-01', '2024-01-11', '2024-01-21'].map((date) => ({
		customer: 'r2',
		date,
		amount: 10
	})),
	{ customer: 'o', date: '2024-02-01', amount: 10 }
]);
const customers = buildCustomerTable(ORDERS);
const OPTIONS = { windowDays: 60, quickDays: 2 };

describe('analyseLoyalty', () => {
	it('builds the interview list without tickets, leaving out the irregular and the lapsing', () => {
		const answer = loyaltyAnswer(analyseLoyalty(customers, null, OPTIONS));
		expect(answer.report).toBeNull();
		expect(answer.message).toBe(NO_LOYALTY_DATA);
		expect(answer.interviews.funnel).toEqual({
			customers: 3,
			regular: 2,
			recent: 1,
			noOpenProblem: 1
		});
		const people = answer.interviews.groups.flatMap((g) => g.interviewees.map((p) => p.customerId));
		expect(people).toEqual(['r1']);
		expect(answer.interviews.questions.length).toBeGreaterThan(0);
	});

	it('leaves out a loyal customer whose ticket is still open', () => {
		const tickets = ticketsFromRows([{ customer: 'r1', opened: '2024-04-01' }]);
		const computation = analyseLoyalty(customers, tickets, OPTIONS);
		expect(computation.result).not.toBeNull();
		expect(computation.interviews.funnel.noOpenProblem).toBe(0);
		expect(computation.interviews.groups).toEqual([]);
	});

	it('refuses a Q longer than W before any work', () => {
		expect(() => analyseLoyalty(customers, null, { windowDays: 10, quickDays: 20 })).toThrow(
			'cannot be longer than the window W'
		);
	});

	it('exports the interview list with one row per customer to ask and the last order date', () => {
		const file = interviewListFile(analyseLoyalty(customers, null, OPTIONS), 'My shop', '');
		expect(file.fileName).toBe('My-shop-interview-list.csv');
		expect(file.rows).toBe(1);
		const lines = file.csv
			.replace(/^\uFEFF/, '')
			.split('\r\n')
			.filter(Boolean);
		const header = lines[0].split(',');
		expect(header.slice(0, 6)).toEqual([
			'customer_id',
			'orders',
			'net_revenue',
			'first_order',
			'last_order',
			'recency_days'
		]);
		const row = lines[1].split(',');
		const cell = (name: string) => row[header.indexOf(name)];
		expect(cell('customer_id')).toBe('r1');
		// Tenure 2024-05-01 − 2024-01-01 = 121 days; 5 orders; last order 2024-04-30.
		expect([cell('tenure_days'), cell('orders')]).toEqual(['121', '5']);
		expect(cell('last_order')).toBe('2024-04-30');
		expect(parseIsoDay(cell('last_order')) + 1).toBe(customers.analysisDay);
	});

	it('refuses to export a cell when there is no loyalty table', () => {
		expect(() => loyaltyCellFile(analyseLoyalty(customers, null, OPTIONS), 'x', '', {})).toThrow(
			NO_LOYALTY_DATA
		);
	});

	it('keeps the last computation for the same table, tickets and options only', () => {
		const memo = new LoyaltyMemo();
		const first = memo.get(customers, null, OPTIONS);
		expect(memo.get(customers, null, { ...OPTIONS })).toBe(first);
		expect(memo.get(customers, null, { ...OPTIONS, windowDays: 90 })).not.toBe(first);
	});
});
