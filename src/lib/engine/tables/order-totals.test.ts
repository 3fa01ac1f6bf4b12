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
	// A: o1 = 10 + 5 (order), o2 = −5 (return). B: o3 = 20 − 20 = 0 with a negative line (return).
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

	it('calls a pair whose lines sum above zero an order, and one below or cancelled to zero a return', () => {
		expect(totals.orders).toBe(2);
		expect(totals.returns).toBe(2);
		// o1 order, o2 and o3 returns, o4 order (ORDER = 1, RETURN = 2).
		expect(Array.from(totals.pairKinds)).toEqual([1, 2, 2, 1]);
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

	it('counts an order of free items (non-negative lines summing to zero) as an order', () => {
		const free = summariseOrders(tableOf([['A', 'o1', 1, 0]]));
		expect([free.orders, free.returns, free.customers]).toEqual([1, 0, 1]);
	});

	it('counts one order id of two customers as two pairs, each by its own lines', () => {
		const shared = summariseOrders(
			tableOf([
				['A', 'o1', 1, 5],
				['B', 'o1', 1, -4]
			])
		);
		// One order id summing to +1 would be one order; as pairs it is A's order and B's return.
		expect([shared.orders, shared.returns]).toEqual([1, 1]);
		expect([shared.customers, shared.returnsOnlyCustomers]).toEqual([1, 1]);
	});

	// The example of issue 10, worked by hand: C1's O1 sums to 0.1 + 0.2 − 0.3 = 0 with a negative
	// line (a return); C2's O2 = 10 and C3's O3 = 5 are orders; C4's O3 = −4 is a return.
	it('gives 2 customers, 2 orders, 2 returns and 2 returns-only customers for the worked example', () => {
		const example = summariseOrders(
			tableOf([
				['C1', 'O1', 1, 0.1],
				['C1', 'O1', 1, 0.2],
				['C1', 'O1', 1, -0.3],
				['C2', 'O2', 1, 10],
				['C3', 'O3', 1, 5],
				['C4', 'O3', 1, -4]
			])
		);
		expect(example).toMatchObject({
			customers: 2,
			orders: 2,
			returns: 2,
			returnsOnlyCustomers: 2
		});
		expect(example.netRevenue).toBeCloseTo(11, 12);
		expect(example.returnsOnlyRevenue).toBeCloseTo(-4, 12);
	});

	it('gives NaN days for an empty table', () => {
		const empty = summariseOrders(tableOf([]));
		expect(empty).toMatchObject({ customers: 0, orders: 0, returns: 0, netRevenue: 0 });
		expect(empty.firstDay).toBeNaN();
	});
});
