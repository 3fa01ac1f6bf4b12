import { describe, expect, it } from 'vitest';
import { attributesFromRows, ordersFromRows } from '../tables/test-tables';
import {
	currencyColumn,
	customerExportColumns,
	findContactColumns
} from './customer-export-columns';
import { buildCustomerTable } from './customer-table';
import { joinAttributes } from './attribute-join';

const contactsOf = (rows: ({ id: string } & Record<string, string | number>)[]) => {
	const { columns } = joinAttributes(
		rows.map((row) => row.id),
		attributesFromRows(rows)
	);
	const { name, email } = findContactColumns(columns);
	return { name: name && name(0), email: email && email(0) };
};

describe('findContactColumns', () => {
	it('finds name and e-mail whatever the case, spaces, dashes and underscores', () => {
		expect(contactsOf([{ id: 'a', 'Customer Name': 'Ann Lee', 'E-Mail': 'ann@x.org' }])).toEqual({
			name: 'Ann Lee',
			email: 'ann@x.org'
		});
	});

	it('joins first and last name when there is no whole-name column', () => {
		expect(contactsOf([{ id: 'a', first_name: 'Ann', Surname: 'Lee' }])).toEqual({
			name: 'Ann Lee',
			email: null
		});
	});

	it('takes a header containing "email" when no exact e-mail header exists', () => {
		expect(contactsOf([{ id: 'a', billing_email: 'ann@x.org' }]).email).toBe('ann@x.org');
	});

	it('does not take a product or user name for the customer’s name', () => {
		expect(contactsOf([{ id: 'a', product_name: 'Mug', username: 'ann1' }]).name).toBeNull();
	});
});

describe('customerExportColumns', () => {
	it('writes the shared columns, money to the cent and dates ISO, name empty when unmatched', () => {
		const customers = buildCustomerTable(
			ordersFromRows([
				{ customer: 'a', order: '1', date: '2024-03-01', amount: 0.1 },
				{ customer: 'a', order: '1', date: '2024-03-01', amount: 0.2 },
				{ customer: 'b', order: '2', date: '2024-03-03', amount: 5 }
			]),
			{},
			attributesFromRows([{ id: 'a', name: 'Ann', email: 'ann@x.org' }])
		);
		const columns = customerExportColumns(customers, '');
		expect(columns.header).toEqual([
			'customer_id',
			'name',
			'email',
			'orders',
			'net_revenue',
			'first_order',
			'last_order',
			'recency_days'
		]);
		// 0.1 + 0.2 = 0.30000000000000004 in binary: written 0.3. Analysis day 2024-03-04.
		expect(columns.cells(customers.ids.indexOf('a'))).toEqual([
			'a',
			'Ann',
			'ann@x.org',
			1,
			0.3,
			'2024-03-01',
			'2024-03-01',
			3
		]);
		expect(columns.cells(customers.ids.indexOf('b')).slice(0, 3)).toEqual(['b', '', '']);
	});

	it('writes the currency after the money columns when it is known, and no column when not', () => {
		const orders = ordersFromRows([
			{ customer: 'a', order: '1', date: '2024-03-01', amount: 12.5, cost: 4 },
			{ customer: 'b', order: '2', date: '2024-03-03', amount: 5, cost: 1 }
		]);
		const customers = buildCustomerTable(orders, {}, null);
		expect(customers.profit).not.toBeNull();
		const euro = customerExportColumns(customers, 'EUR');
		expect(euro.header).toEqual([
			'customer_id',
			'orders',
			'net_revenue',
			'net_profit',
			'currency',
			'first_order',
			'last_order',
			'recency_days'
		]);
		const at = euro.header.indexOf('currency');
		for (let i = 0; i < customers.count; i++) expect(euro.cells(i)[at]).toBe('EUR');
		expect(customerExportColumns(customers, 'Rs').cells(0)[at]).toBe('Rs');
		expect(customerExportColumns(customers, '').header).not.toContain('currency');
		expect(customerExportColumns(customers, '  ').header).not.toContain('currency');
		expect(currencyColumn(' GBP ').cells(0)).toEqual(['GBP']);
	});
});
