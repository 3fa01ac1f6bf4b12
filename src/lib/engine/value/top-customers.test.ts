import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { computePareto } from './pareto';
import { ordersFromRows } from '../tables/test-tables';
import { topCustomers, topCustomersMask } from './top-customers';

const orders = ordersFromRows([
	{ customer: 'small', order: 's1', date: '2024-01-05', amount: 30, quantity: 3 },
	{ customer: 'big', order: 'b1', date: '2024-01-01', amount: 200, quantity: 4 },
	{ customer: 'big', order: 'b2', date: '2024-01-20', amount: 100, quantity: 1 },
	{ customer: 'big', order: 'b3', date: '2024-01-25', amount: 300, quantity: 5 },
	{ customer: 'mid', order: 'm1', date: '2024-01-10', amount: 60, quantity: 2 },
	{ customer: 'mid', order: 'm2', date: '2024-01-30', amount: 40, quantity: 2 }
]);
const customers = buildCustomerTable(orders);
const pareto = computePareto(customers);

describe('topCustomers', () => {
	it('lists the N most valuable customers with their figures', () => {
		const rows = topCustomers(customers, pareto, { n: 2 });
		expect(rows.map((row) => row.id)).toEqual(['big', 'mid']);
		// big: 600 over 3 orders and 10 units, last order 25 Jan, analysis day 31 Jan.
		expect(rows[0]).toMatchObject({
			rank: 1,
			value: 600,
			orders: 3,
			averageOrderValue: 200,
			averageUnitPrice: 60,
			recencyDays: 6,
			repeatRate: 2 / 3,
			abc: 'A'
		});
		expect(rows[1]).toMatchObject({
			rank: 2,
			value: 100,
			orders: 2,
			averageUnitPrice: 25,
			recencyDays: 1,
			repeatRate: 0.5
		});
	});

	it('defaults to 200 and stops at the table size', () => {
		expect(topCustomers(customers, pareto).length).toBe(3);
	});

	it('masks the top-N customers', () => {
		const mask = topCustomersMask(pareto, 1);
		expect(Array.from(mask)).toEqual(customers.ids.map((id) => (id === 'big' ? 1 : 0)));
	});
});
