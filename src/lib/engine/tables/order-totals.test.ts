import { describe, expect, it } from 'vitest';
import { summariseOrders } from './order-totals';
import type { OrdersTable } from './orders-table';

/** A table from lines of [customer, order, day, amount]; dictionaries in order of appearance. */
function tableOf(
	lines: [string, string, number, number][],
	extraOrders: string[] = []
): OrdersTable {
	const customers: string[] = [];
	const orders: string[] = [];
	const code = (values: string[], value: string) => {
		const at = values.indexOf(value);
		return at >= 0 ? at : values.push(value) - 1;
	};
	const customerCodes = Int32Array.from(lines, ([c]) => code(customers, c));
	const orderCodes = Int32Array.from(lines, ([, o]) => code(orders, o));
	for (const order of extraOrders) code(orders, order);
	return {
		rowCount: lines.length,
		customer: { codes: customerCodes, values: customers },
		order: { codes: orderCodes, values: orders },
		day: Int32Array.from(lines, ([, , d]) => d),
		amount: Float64Array.from(lines, ([, , , a]) => a),
		quantity: null,
		cost: null,
		discounted: null,
		product: null,
		category: null,
		channel: null
	};
}

describe('summariseOrders', () => {
	// A: o1 = 10 + 5 (order), o2 = −5 (return). B: o3 = 20 − 20 = 0 (return: not more than zero).
	// C: o4 = 7 (order). Customers with an order: A, C; returns only: B.
	const table = tableOf([
		['A', 'o1', 100, 10],
		['A', 'o1', 100, 5],
		['A', 'o2', 102, -5],
		['B', 'o3', 101, 20],
		['B', 'o3', 101, -20],
		['C', 'o4', 104, 7]
	]);
	const totals = summariseOrders(table);

	it('calls an order id whose lines sum above zero an order, and the rest returns', () => {
		expect(totals.orders).toBe(2);
		expect(totals.returns).toBe(2);
		expect(Array.from(totals.orderSums)).toEqual([15, -5, 0, 7]);
		expect(Array.from(totals.isOrder)).toEqual([1, 0, 0, 1]);
	});

	it('counts customers with at least one order, and returns-only customers apart', () => {
		expect(totals.customers).toBe(2);
		expect(totals.returnsOnlyCustomers).toBe(1);
		expect(Array.from(totals.customerHasOrder)).toEqual([1, 0, 1]);
	});

	it('sums net revenue over every line, and the returns-only part of it', () => {
		expect(totals.netRevenue).toBe(17);
		expect(totals.returnsOnlyRevenue).toBe(0);
	});

	it('gives the first and last day', () => {
		expect([totals.firstDay, totals.lastDay]).toEqual([100, 104]);
	});

	it('treats an order of 1.10 + 2.20 cancelled by −3.30 as a return despite binary rounding', () => {
		// In doubles 1.1 + 2.2 − 3.3 = 4.4e-16, not 0.
		expect(1.1 + 2.2 - 3.3).toBeGreaterThan(0);
		const rounded = summariseOrders(
			tableOf([
				['A', 'x', 1, 1.1],
				['A', 'x', 1, 2.2],
				['A', 'x', 1, -3.3]
			])
		);
		expect(rounded.orders).toBe(0);
		expect(rounded.returns).toBe(1);
		expect(rounded.returnsOnlyCustomers).toBe(1);
	});

	it('sums many small amounts without drift', () => {
		// 0.1 a million times: a plain loop gives 100000.00000133288.
		const lines = Array.from(
			{ length: 1_000_000 },
			() => ['A', 'o', 1, 0.1] as [string, string, number, number]
		);
		expect(summariseOrders(tableOf(lines)).netRevenue).toBe(100000);
	});

	it('ignores order ids in the dictionary that no line uses', () => {
		const filtered = summariseOrders(tableOf([['A', 'o1', 1, 5]], ['unused']));
		expect(filtered.orders).toBe(1);
		expect(filtered.returns).toBe(0);
	});

	it('counts an order of free items (sum zero) as a return, not as unused', () => {
		const free = summariseOrders(tableOf([['A', 'o1', 1, 0]]));
		expect([free.orders, free.returns]).toEqual([0, 1]);
	});

	it('gives NaN days for an empty table', () => {
		const empty = summariseOrders(tableOf([]));
		expect(empty).toMatchObject({ customers: 0, orders: 0, returns: 0, netRevenue: 0 });
		expect(empty.firstDay).toBeNaN();
	});
});
