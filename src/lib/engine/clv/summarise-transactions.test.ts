import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { summariseTransactions } from './summarise-transactions';

const day = parseIsoDay;

describe('summariseTransactions', () => {
	const orders = ordersFromRows([
		// a: first day has two lines (one a return), a free day, a returns-only day, a holdout day.
		{ customer: 'a', date: '2024-01-01', amount: 30 },
		{ customer: 'a', date: '2024-01-01', amount: -10 },
		{ customer: 'a', date: '2024-01-05', amount: 0 },
		{ customer: 'a', date: '2024-01-08', amount: -5 },
		{ customer: 'a', date: '2024-01-31', amount: 12 },
		{ customer: 'a', date: '2024-02-10', amount: 7 },
		// b: buys on the cut-off day itself (inclusive), then after the holdout end (ignored).
		{ customer: 'b', date: '2024-01-10', amount: 5 },
		{ customer: 'b', date: '2024-01-31', amount: 9 },
		{ customer: 'b', date: '2024-03-01', amount: 9 },
		// c: first purchase after the cut-off; d: returns only.
		{ customer: 'c', date: '2024-02-02', amount: 4 },
		{ customer: 'd', date: '2024-01-03', amount: -8 }
	]);
	const summary = summariseTransactions(orders, day('2024-01-31'), day('2024-02-15'));
	const at = (id: string) => summary.customerCode.indexOf(orders.customer.values.indexOf(id));

	it('keeps customers with a purchase day on or before the cut-off', () => {
		expect(summary.count).toBe(2);
		expect(summary.laterCustomers).toBe(1);
		expect(summary.noTransactionCustomers).toBe(1);
	});

	it('counts purchase days: a free day is one, a returns-only day is not', () => {
		const a = at('a');
		expect(summary.frequency[a]).toBe(2); // 01-05 (free) and 01-31
		expect(summary.firstDay[a]).toBe(day('2024-01-01'));
		expect(summary.lastDay[a]).toBe(day('2024-01-31'));
		expect(summary.firstSpend[a]).toBe(20); // the net of that day's lines
		expect(summary.repeatSpend[a]).toBe(12);
	});

	it('includes the cut-off day in the calibration and counts holdout days up to the holdout end', () => {
		const b = at('b');
		expect(summary.frequency[b]).toBe(1);
		expect(summary.lastDay[b]).toBe(day('2024-01-31'));
		expect(summary.holdoutTransactions[b]).toBe(0);
		expect(summary.holdoutTransactions[at('a')]).toBe(1);
		expect(summary.calibrationRepeats).toBe(3);
		expect(summary.holdoutRepeats).toBe(1);
	});

	it('keeps daily series of first purchases and repeat days from the first purchase', () => {
		expect(summary.seriesStartDay).toBe(day('2024-01-01'));
		expect(summary.repeatsByDay).toHaveLength(46);
		expect(summary.firstTransactionsByDay[9]).toBe(1);
		expect(summary.repeatsByDay[30]).toBe(2);
	});
});
