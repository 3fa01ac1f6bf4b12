import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { ticketsFromRows } from '../tables/test-tickets';
import { countTickets } from './count-tickets';

describe('countTickets', () => {
	const orders = ordersFromRows([
		{ customer: 'A', order: 'O1', date: '2024-01-01', amount: 50 },
		{ customer: 'B', order: 'O2', date: '2024-01-02', amount: 20 },
		{ customer: 'B', order: 'O3', date: '2024-03-02', amount: 20 }
	]);
	const customers = buildCustomerTable(orders, {
		startDay: parseIsoDay('2024-01-01'),
		analysisDay: parseIsoDay('2024-04-01')
	});
	const tickets = ticketsFromRows([
		{ customer: 'A', opened: '2024-01-05', resolvedOn: '2024-01-06' },
		{ customer: 'B', opened: '2024-02-01' },
		{ customer: 'B', opened: '2024-03-05', resolved: true },
		{ customer: 'B', opened: '2023-12-31' }, // before the start day
		{ customer: 'A', opened: '2024-04-01' }, // on the analysis day: left out
		{ customer: 'Z', opened: '2024-02-01' } // not a customer
	]);

	it('counts each customer’s tickets opened inside the window', () => {
		const result = countTickets(tickets, customers);
		expect(customers.ids).toEqual(['A', 'B']);
		expect(Array.from(result.counts)).toEqual([1, 2]);
		expect(result.counted).toBe(3);
	});

	it('counts apart the tickets outside the window and those of non-customers', () => {
		const result = countTickets(tickets, customers);
		expect(result.outsideWindow).toBe(2);
		expect(result.notCustomers).toBe(1);
	});
});
