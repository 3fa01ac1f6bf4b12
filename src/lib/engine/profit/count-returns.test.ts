import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { countReturns } from './count-returns';

describe('countReturns', () => {
	it('counts the order ids of a customer whose lines sum below zero', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'O1', date: '2024-01-01', amount: 50 },
			{ customer: 'A', order: 'R1', date: '2024-01-05', amount: -20 },
			{ customer: 'A', order: 'R2', date: '2024-01-06', amount: -5 },
			{ customer: 'A', order: 'R2', date: '2024-01-06', amount: -5 },
			{ customer: 'B', order: 'O2', date: '2024-01-02', amount: 10 },
			{ customer: 'B', order: 'O3', date: '2024-01-03', amount: 30 },
			{ customer: 'B', order: 'O3', date: '2024-01-03', amount: -10 }
		]);
		const customers = buildCustomerTable(orders);
		expect(customers.ids).toEqual(['A', 'B']);
		expect(Array.from(countReturns(orders, customers))).toEqual([2, 0]);
	});

	it('leaves out lines on or after the analysis day', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'O1', date: '2024-01-01', amount: 50 },
			{ customer: 'A', order: 'R1', date: '2024-01-05', amount: -20 },
			{ customer: 'A', order: 'R2', date: '2024-02-01', amount: -5 }
		]);
		const customers = buildCustomerTable(orders, { analysisDay: parseIsoDay('2024-01-10') });
		expect(Array.from(countReturns(orders, customers))).toEqual([1]);
	});

	it('counts a (customer, order id) pair per customer when an order id is shared', () => {
		// X1 is a sale for A and a return for B; X2 a return for A.
		const orders = ordersFromRows([
			{ customer: 'A', order: 'X1', date: '2024-01-01', amount: 40 },
			{ customer: 'B', order: 'X1', date: '2024-01-01', amount: -10 },
			{ customer: 'B', order: 'O9', date: '2024-01-02', amount: 25 },
			{ customer: 'A', order: 'X2', date: '2024-01-03', amount: -15 }
		]);
		const customers = buildCustomerTable(orders);
		expect(Array.from(customers.orders)).toEqual([1, 1]);
		expect(Array.from(countReturns(orders, customers))).toEqual([1, 1]);
	});

	it('counts a pair of non-negative lines summing to zero as a free order, not a return', () => {
		// DOMAIN.md: "bought and cancelled in full" (a negative line) is a return; 0.1 + 0.2 − 0.3 is
		// zero in exact arithmetic, with a negative line: a return.
		const orders = ordersFromRows([
			{ customer: 'A', order: 'O1', date: '2024-01-01', amount: 50 },
			{ customer: 'A', order: 'F1', date: '2024-01-02', amount: 0 },
			{ customer: 'A', order: 'C1', date: '2024-01-03', amount: 0.1 },
			{ customer: 'A', order: 'C1', date: '2024-01-03', amount: 0.2 },
			{ customer: 'A', order: 'C1', date: '2024-01-03', amount: -0.3 }
		]);
		const customers = buildCustomerTable(orders);
		expect(Array.from(customers.orders)).toEqual([2]);
		expect(Array.from(countReturns(orders, customers))).toEqual([1]);
	});

	it('leaves out lines before the start day', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'R0', date: '2023-12-01', amount: -5 },
			{ customer: 'A', order: 'O1', date: '2024-01-01', amount: 50 },
			{ customer: 'A', order: 'R1', date: '2024-01-05', amount: -20 }
		]);
		const customers = buildCustomerTable(orders, { startDay: parseIsoDay('2024-01-01') });
		expect(Array.from(countReturns(orders, customers))).toEqual([1]);
	});
});
