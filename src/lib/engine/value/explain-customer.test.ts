import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { computeValue } from './compute-value';
import { explainCustomer, type CustomerDetail } from './explain-customer';

// big: 600 over 3 orders (4 lines), 1, 20 and 25 January; small: one order of 30 on 5 January.
// The analysis day is the day after the last order: 26 January 2024.
const orders = ordersFromRows([
	{
		customer: 'big',
		order: 'b1',
		date: '2024-01-01',
		amount: 150,
		category: 'Tea',
		channel: 'web'
	},
	{
		customer: 'big',
		order: 'b1',
		date: '2024-01-01',
		amount: 50,
		category: 'Cups',
		channel: 'web'
	},
	{
		customer: 'big',
		order: 'b2',
		date: '2024-01-20',
		amount: 100,
		category: 'Tea',
		channel: 'shop'
	},
	{
		customer: 'big',
		order: 'b3',
		date: '2024-01-25',
		amount: 300,
		category: 'Tea',
		channel: 'web'
	},
	{
		customer: 'small',
		order: 's1',
		date: '2024-01-05',
		amount: 30,
		category: 'Cups',
		channel: 'shop'
	}
]);
const computation = computeValue(buildCustomerTable(orders));

const feature = (detail: CustomerDetail, label: string) => {
	const found = detail.features.find((f) => f.label === label);
	if (!found) throw new Error(`no feature ${label}`);
	return found;
};

describe('explainCustomer', () => {
	const big = explainCustomer(computation, orders, 'big');
	const small = explainCustomer(computation, orders, 'small');

	it('gives money, counts and shares as raw numbers with their kind', () => {
		expect(feature(big, 'Rank by value')).toEqual({
			key: 'rank',
			label: 'Rank by value',
			value: 1,
			kind: 'count',
			missing: null,
			missingCause: null
		});
		expect(feature(big, 'Customers ranked').value).toBe(2);
		expect(feature(big, 'Net revenue')).toMatchObject({ value: 600, kind: 'money' });
		expect(feature(big, 'Orders')).toMatchObject({ value: 3, kind: 'count' });
		expect(feature(big, 'Lines')).toMatchObject({ value: 4, kind: 'count' });
		expect(feature(big, 'Average order value')).toMatchObject({ value: 200, kind: 'money' });
		// Tea is 150 + 100 + 300 = 550 of 600.
		expect(feature(big, 'Top category')).toMatchObject({ value: 'Tea', kind: 'text' });
		expect(feature(big, 'Top category share of spend').value).toBeCloseTo(550 / 600, 12);
		expect(feature(big, 'Top category share of spend').kind).toBe('share');
	});

	it('gives dates as epoch days and durations in days', () => {
		expect(feature(big, 'First order')).toMatchObject({
			value: parseIsoDay('2024-01-01'),
			kind: 'date'
		});
		expect(feature(big, 'Last order').value).toBe(parseIsoDay('2024-01-25'));
		expect(feature(big, 'Recency')).toMatchObject({ value: 1, kind: 'days' });
		// Tenure runs to the analysis day: 26 − 1 January.
		expect(feature(big, 'Tenure')).toMatchObject({ value: 25, kind: 'days' });
		// Gaps of 19 and 5 days.
		expect(feature(big, 'Mean gap between orders')).toMatchObject({ value: 12, kind: 'days' });
	});

	it('says which column a feature needs when the data has none', () => {
		expect(feature(big, 'Net profit')).toEqual({
			key: 'netProfit',
			label: 'Net profit',
			value: null,
			kind: 'money',
			missing: 'needs a cost column',
			missingCause: 'cost'
		});
		expect(feature(big, 'Units').missing).toBe('needs a quantity column');
		expect(feature(big, 'Units').missingCause).toBe('quantity');
		expect(feature(big, 'Discounted orders').missing).toBe('needs a discount column');
	});

	it('sends null, never NaN, for a one-order customer’s gap', () => {
		expect(feature(small, 'Mean gap between orders')).toMatchObject({
			value: null,
			missing: 'one order only',
			missingCause: 'oneOrder'
		});
		expect(feature(small, 'Gap variation (CV)').value).toBeNull();
		expect(JSON.parse(JSON.stringify(small))).toEqual(small);
	});

	it('lists the orders with their lines', () => {
		expect(big.orders).toEqual([
			{ orderId: 'b1', day: parseIsoDay('2024-01-01'), amount: 200, lines: 2 },
			{ orderId: 'b2', day: parseIsoDay('2024-01-20'), amount: 100, lines: 1 },
			{ orderId: 'b3', day: parseIsoDay('2024-01-25'), amount: 300, lines: 1 }
		]);
	});

	it('refuses an id that is not in the table', () => {
		expect(() => explainCustomer(computation, orders, 'nobody')).toThrow('No customer “nobody”');
	});
});
