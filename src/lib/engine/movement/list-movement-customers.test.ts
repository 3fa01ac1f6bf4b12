import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { computeMovement } from './compute-movement';
import { listMovementCustomers } from './list-movement-customers';
import { dayAfterFrom, FROM, movementRows, TO } from './test-movement';

// By hand (test-movement.ts): value at the from-date A 600, B 500, C 400, D 300, E 200, F 100, G —
// (new); at the to-date A 600, B 600, C 400, D 600, E 200, F 100, G 1000.
const result = computeMovement(ordersFromRows(movementRows()), { from: FROM, to: TO });
const ids = (query: Parameters<typeof listMovementCustomers>[1]) =>
	listMovementCustomers(result, query).rows.map((row) => row.customer);

describe('listMovementCustomers', () => {
	it('lists every customer by value at the from-date, highest first, a New customer last', () => {
		expect(ids({})).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
	});

	it('sorts by value change, ties in customer-table order', () => {
		expect(ids({ sort: 'valueChange' })).toEqual(['G', 'D', 'B', 'A', 'C', 'E', 'F']);
	});

	it('sorts by customer id ascending by default, and descending when asked', () => {
		expect(ids({ sort: 'customer' })).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
		expect(ids({ sort: 'customer', descending: true })).toEqual([
			'G',
			'F',
			'E',
			'D',
			'C',
			'B',
			'A'
		]);
	});

	it('keeps a missing figure below the others in either direction', () => {
		expect(ids({ sort: 'ordersBefore', descending: false })).toEqual([
			'F',
			'E',
			'D',
			'C',
			'B',
			'A',
			'G'
		]);
	});

	it('finds customers by a case-insensitive part of their id and counts the matches', () => {
		const page = listMovementCustomers(result, { search: ' d ' });
		expect(page.rows.map((row) => row.customer)).toEqual(['D']);
		expect(page.total).toBe(7);
		expect(page.matching).toBe(1);
		expect(page.search).toBe('d');
	});

	it('returns one page of the sorted list', () => {
		const page = listMovementCustomers(result, { sort: 'customer', offset: 2, limit: 2 });
		expect(page.rows.map((row) => row.customer)).toEqual(['C', 'D']);
		expect(page.offset).toBe(2);
	});

	it('gives a New customer no figures at the from-date', () => {
		const page = listMovementCustomers(result, { from: 'new' });
		expect(page.total).toBe(1);
		expect(page.rows[0]).toEqual({
			customer: 'G',
			from: 'new',
			to: 'new-customers',
			valueBefore: null,
			valueAfter: 1000,
			valueChange: 1000,
			ordersBefore: null,
			ordersAfter: 1,
			recencyDaysBefore: null,
			recencyDaysAfter: 2,
			lastOrderDate: dayAfterFrom(98)
		});
	});

	it('lists only the cell asked for', () => {
		const page = listMovementCustomers(result, { from: 'loyal-customers', to: 'champions' });
		expect(page.rows.map((row) => [row.customer, row.valueBefore, row.valueAfter])).toEqual([
			['D', 300, 600]
		]);
	});

	it('refuses an unknown group or sort column', () => {
		expect(() => listMovementCustomers(result, { to: 'vip' })).toThrow(/unknown group "vip"/);
		expect(() => listMovementCustomers(result, { sort: 'name' as unknown as 'customer' })).toThrow(
			/cannot sort on "name"/
		);
	});
});
