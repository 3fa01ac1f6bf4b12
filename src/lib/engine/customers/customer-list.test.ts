import { describe, expect, it } from 'vitest';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import { buildCustomerTable } from './customer-table';
import { customerListFile, listCustomers, membersOfMask, membersWithCode } from './customer-list';

/*
 * Five customers, by hand (analysis day = the day after the last line, 2024-03-11):
 *   a  2 orders  30.00  last 2024-03-10  recency 1   Ann Lee   ann@shop.org
 *   b  1 order   50.00  last 2024-03-02  recency 9   Bob Stone bob@mail.net
 *   c  1 order   10.10  last 2024-03-05  recency 6   (no row in the customers file)
 *   d  3 orders  50.00  last 2024-03-08  recency 3   Dee Annan dee@shop.org
 *   e  1 order    3.30  last 2024-03-01  recency 10  "=1+1"    (no e-mail)
 */
const customers = buildCustomerTable(
	ordersFromRows([
		{ customer: 'a', order: 'a1', date: '2024-03-01', amount: 10 },
		{ customer: 'a', order: 'a2', date: '2024-03-10', amount: 20 },
		{ customer: 'b', order: 'b1', date: '2024-03-02', amount: 50 },
		{ customer: 'c', order: 'c1', date: '2024-03-05', amount: 10.1 },
		{ customer: 'd', order: 'd1', date: '2024-03-03', amount: 20 },
		{ customer: 'd', order: 'd2', date: '2024-03-06', amount: 20 },
		{ customer: 'd', order: 'd3', date: '2024-03-08', amount: 10 },
		{ customer: 'e', order: 'e1', date: '2024-03-01', amount: 1.1 },
		{ customer: 'e', order: 'e1', date: '2024-03-01', amount: 2.2 }
	]),
	{},
	attributesFromRows([
		{ id: 'a', Name: 'Ann Lee', Email: 'ann@shop.org' },
		{ id: 'b', Name: 'Bob Stone', Email: 'bob@mail.net' },
		{ id: 'd', Name: 'Dee Annan', Email: 'dee@shop.org' },
		{ id: 'e', Name: '=1+1', Email: '' }
	])
);
const entry = (id: string) => customers.ids.indexOf(id);
const everyone = Uint32Array.from(customers.ids, (_, i) => i);
const ids = (page: ReturnType<typeof listCustomers>) => page.rows.map((row) => row.customer);

describe('listCustomers', () => {
	it('sorts by net revenue, highest first, ties in customer-table order', () => {
		// b and d both 50: the one first in the table comes first.
		const tie = entry('b') < entry('d') ? ['b', 'd'] : ['d', 'b'];
		expect(ids(listCustomers(customers, everyone))).toEqual([...tie, 'a', 'c', 'e']);
	});

	it('sorts by customer id ascending by default', () => {
		expect(ids(listCustomers(customers, everyone, { sort: 'customer' }))).toEqual([
			'a',
			'b',
			'c',
			'd',
			'e'
		]);
	});

	it('sorts by recency descending and ascending', () => {
		expect(ids(listCustomers(customers, everyone, { sort: 'recencyDays' }))).toEqual([
			'e',
			'b',
			'c',
			'd',
			'a'
		]);
		expect(
			ids(listCustomers(customers, everyone, { sort: 'recencyDays', descending: false }))
		).toEqual(['a', 'd', 'c', 'b', 'e']);
	});

	it('puts a customer with no name last whichever the direction', () => {
		expect(ids(listCustomers(customers, everyone, { sort: 'name' }))).toEqual([
			'e',
			'a',
			'b',
			'd',
			'c'
		]);
		expect(ids(listCustomers(customers, everyone, { sort: 'name', descending: true }))).toEqual([
			'd',
			'b',
			'a',
			'e',
			'c'
		]);
	});

	it('searches the id, the name and the e-mail, ignoring case', () => {
		// "ann" is in Ann Lee, Dee Annan and ann@shop.org; "SHOP" in a's and d's e-mail.
		const byName = listCustomers(customers, everyone, { search: 'ANN', sort: 'customer' });
		expect(ids(byName)).toEqual(['a', 'd']);
		expect(byName.total).toBe(5);
		expect(byName.matching).toBe(2);
		expect(ids(listCustomers(customers, everyone, { search: 'mail.net' }))).toEqual(['b']);
		expect(ids(listCustomers(customers, everyone, { search: 'c' }))).toEqual(['c']);
	});

	it('lists only the members it is given', () => {
		const members = Uint32Array.from([entry('a'), entry('c')]);
		const page = listCustomers(customers, members, { sort: 'orders' });
		expect(ids(page)).toEqual(['a', 'c']);
		expect(page.total).toBe(2);
	});

	it('cuts pages that neither overlap nor skip', () => {
		const pages = [0, 2, 4].map((offset) =>
			ids(listCustomers(customers, everyone, { sort: 'customer', offset, limit: 2 }))
		);
		expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
	});

	it('builds the page rows with name, e-mail, money, ISO date and recency', () => {
		const page = listCustomers(customers, everyone, { search: 'a', sort: 'customer', limit: 1 });
		expect(page.rows[0]).toEqual({
			customer: 'a',
			name: 'Ann Lee',
			email: 'ann@shop.org',
			orders: 2,
			netRevenue: 30,
			profit: null,
			lastOrder: '2024-03-10',
			recencyDays: 1
		});
		expect([page.hasName, page.hasEmail, page.hasProfit]).toEqual([true, true, false]);
	});

	it('refuses an unknown sort, a profit sort without cost and a member outside the table', () => {
		expect(() =>
			listCustomers(customers, everyone, { sort: 'age' as unknown as 'orders' })
		).toThrow(/cannot sort on "age"/);
		expect(() => listCustomers(customers, everyone, { sort: 'profit' })).toThrow(/no cost column/);
		expect(() => listCustomers(customers, Uint32Array.from([99]))).toThrow(/outside/);
	});
});

describe('members', () => {
	it('lists the entries of a mask and of a code in ascending order', () => {
		expect([...membersOfMask(Uint8Array.from([0, 1, 1, 0, 1]))]).toEqual([1, 2, 4]);
		expect([...membersWithCode(Int32Array.from([2, 0, 2, 1]), 2)]).toEqual([0, 2]);
	});
});

describe('customerListFile', () => {
	it('writes the shared columns with the group, rounded, formula-safe, by revenue', () => {
		const members = Uint32Array.from([entry('e'), entry('a')]);
		const file = customerListFile(customers, members, 'My shop', 'Tag: x', '', {
			column: 'segment',
			label: 'VIP'
		});
		expect(file.fileName).toBe('My-shop-Tag-x.csv');
		expect(file.rows).toBe(2);
		expect(file.csv.startsWith('\uFEFF')).toBe(true);
		// No cell here holds a comma or a quote: the text splits plainly.
		const parsed = file.csv
			.slice(1)
			.split('\r\n')
			.filter((line) => line !== '')
			.map((line) => line.split(','));
		expect(parsed).toEqual([
			[
				'customer_id',
				'name',
				'email',
				'orders',
				'net_revenue',
				'first_order',
				'last_order',
				'recency_days',
				'segment'
			],
			['a', 'Ann Lee', 'ann@shop.org', '2', '30', '2024-03-01', '2024-03-10', '1', 'VIP'],
			// 1.1 + 2.2 = 3.3000000000000003 in binary: written 3.3; "=1+1" cannot run as a formula.
			['e', "'=1+1", '', '1', '3.3', '2024-03-01', '2024-03-01', '10', 'VIP']
		]);
	});
});
