import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows } from '../tables/test-tables';
import { abcMembers, exportAbcClassCsv, listAbcClass } from './abc-members';
import { computeValue } from './compute-value';

/*
 * Values 100 (p), 50 (q), 30 (r), 10 (s), 10 (t): total 200, by hand (DOMAIN.md: A while the value
 * before a customer is under 80% = 160, B under 95% = 190, C after):
 * p before 0 → A, q before 100 → A, r before 150 → A, s before 180 → B, t before 190 → C.
 */
const customers = buildCustomerTable(
	ordersFromRows([
		{ customer: 's', date: '2024-01-01', amount: 10 },
		{ customer: 'q', date: '2024-01-02', amount: 50 },
		{ customer: 'p', date: '2024-01-03', amount: 100 },
		{ customer: 't', date: '2024-01-04', amount: 10 },
		{ customer: 'r', date: '2024-01-05', amount: 30 }
	]),
	{}
);
const computation = computeValue(customers);
const idsOf = (members: Uint32Array) => [...members].map((i) => customers.ids[i]).sort();

describe('abcMembers', () => {
	it('puts the customers of the first 80% of value in A, the next 15% in B, the rest in C', () => {
		expect(idsOf(abcMembers(computation, 'A'))).toEqual(['p', 'q', 'r']);
		expect(idsOf(abcMembers(computation, 'B'))).toEqual(['s']);
		expect(idsOf(abcMembers(computation, 'C'))).toEqual(['t']);
	});

	it('refuses a class other than A, B or C', () => {
		expect(() => abcMembers(computation, 'D' as 'A')).toThrow('No ABC class "D"');
	});
});

describe('listAbcClass', () => {
	it('lists class A by net revenue, highest first', () => {
		const page = listAbcClass(computation, 'A', {});
		expect(page.rows.map((row) => row.customer)).toEqual(['p', 'q', 'r']);
		expect(page.total).toBe(3);
	});
});

describe('exportAbcClassCsv', () => {
	it('writes the class after the shared columns, in a file named after the class', () => {
		const file = exportAbcClassCsv(computation, 'Shop', '', 'A');
		const lines = file.csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(file.fileName).toBe('Shop-abc-A.csv');
		expect(lines[0]).toBe(
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,abc_class'
		);
		// Analysis day 2024-01-06: p's only order on 2024-01-03 is 3 days before.
		expect(lines[1]).toBe('p,1,100,2024-01-03,2024-01-03,3,A');
		expect(file.rows).toBe(3);
	});
});
