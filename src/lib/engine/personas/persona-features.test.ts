import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { listPersonaFeatures, personaFeatures } from './persona-features';

// Analysis day 2026-01-11 (the day after the last order).
const rows: TestRow[] = [
	// a: two orders (100 + 50) on 2026-01-01 and 2026-01-10; one discounted; Kitchen 120, Garden 30.
	{
		customer: 'a',
		order: 'a1',
		date: '2026-01-01',
		amount: 70,
		category: 'Kitchen',
		discounted: true
	},
	{
		customer: 'a',
		order: 'a1',
		date: '2026-01-01',
		amount: 30,
		category: 'Garden',
		discounted: false
	},
	{
		customer: 'a',
		order: 'a2',
		date: '2026-01-10',
		amount: 50,
		category: 'Kitchen',
		discounted: false
	},
	// b: one order of 20 on 2026-01-06, Garden only.
	{
		customer: 'b',
		order: 'b1',
		date: '2026-01-06',
		amount: 20,
		category: 'Garden',
		discounted: false
	},
	// c: three orders of 10, on 2025-12-12, 2025-12-22, 2026-01-01, all discounted, Toys.
	{
		customer: 'c',
		order: 'c1',
		date: '2025-12-12',
		amount: 10,
		category: 'Toys',
		discounted: true
	},
	{
		customer: 'c',
		order: 'c2',
		date: '2025-12-22',
		amount: 10,
		category: 'Toys',
		discounted: true
	},
	{ customer: 'c', order: 'c3', date: '2026-01-01', amount: 10, category: 'Toys', discounted: true }
];

function column(
	matrix: ReturnType<typeof personaFeatures>,
	name: string,
	ids: string[]
): Record<string, number> {
	const index = matrix.names.indexOf(name);
	expect(index).toBeGreaterThanOrEqual(0);
	return Object.fromEntries(ids.map((id, i) => [id, matrix.columns[index][i]]));
}

describe('personaFeatures', () => {
	const customers = buildCustomerTable(ordersFromRows(rows), {
		analysisDay: parseIsoDay('2026-01-11')
	});

	it('computes the behaviour features by DOMAIN.md from the order lines', () => {
		const matrix = personaFeatures(customers);
		expect(matrix.names).toEqual([
			'logValue',
			'logOrders',
			'recencyDays',
			'aov',
			'discountShare',
			'categoryConcentration'
		]);
		const ids = customers.ids;
		// Values 150, 20, 30 → ln(1 + v); orders 2, 1, 3 → ln; last orders 1, 5, 10 days before 01-11.
		expect(column(matrix, 'logValue', ids)).toEqual({
			a: Math.log(151),
			b: Math.log(21),
			c: Math.log(31)
		});
		expect(column(matrix, 'logOrders', ids)).toEqual({ a: Math.log(2), b: 0, c: Math.log(3) });
		expect(column(matrix, 'recencyDays', ids)).toEqual({ a: 1, b: 5, c: 10 });
		// AOV 75, 20, 10; discounted orders 1/2, 0/1, 3/3; top category share 120/150, 1, 1.
		expect(column(matrix, 'aov', ids)).toEqual({
			a: Math.log(76),
			b: Math.log(21),
			c: Math.log(11)
		});
		expect(column(matrix, 'discountShare', ids)).toEqual({ a: 0.5, b: 0, c: 1 });
		expect(column(matrix, 'categoryConcentration', ids)).toEqual({ a: 0.8, b: 1, c: 1 });
	});

	it('takes only the included features, and rejects unknown or unavailable ones', () => {
		const matrix = personaFeatures(customers, { include: ['recencyDays', 'logOrders'] });
		expect(matrix.names).toEqual(['logOrders', 'recencyDays']);
		expect(() => personaFeatures(customers, { include: ['shoeSize'] })).toThrow(/unknown/);
		const plain = buildCustomerTable(
			ordersFromRows(rows.map(({ discounted: _discounted, ...row }) => row)),
			{}
		);
		expect(listPersonaFeatures(plain).find((c) => c.key === 'discountShare')?.available).toBe(
			false
		);
		expect(personaFeatures(plain).names).not.toContain('discountShare');
		expect(() => personaFeatures(plain, { include: ['discountShare'] })).toThrow(/not available/);
	});

	it('adds numeric attributes and one column per frequent categorical value, unknown as NaN', () => {
		const attributes = attributesFromRows([
			{ id: 'a', age: 34, city: 'London', email: 'a@example.com' },
			{ id: 'c', age: 51, city: 'Leeds', email: 'c@example.com' },
			{ id: 'zz', age: 20, city: 'York', email: 'zz@example.com' }
		]);
		const joined = buildCustomerTable(ordersFromRows(rows), {}, attributes);
		// Categorical attributes are clustered on only when asked for.
		expect(personaFeatures(joined).names).toContain('attribute:age');
		expect(personaFeatures(joined).names.some((name) => name.startsWith('attribute:city'))).toBe(
			false
		);
		const matrix = personaFeatures(joined, {
			include: [...personaFeatures(joined).names, 'attribute:city']
		});
		const ids = joined.ids;
		expect(column(matrix, 'attribute:age', ids)).toEqual({ a: 34, b: NaN, c: 51 });
		expect(column(matrix, 'attribute:city=London', ids)).toEqual({ a: 1, b: NaN, c: 0 });
		expect(column(matrix, 'attribute:city=Leeds', ids)).toEqual({ a: 0, b: NaN, c: 1 });
		// York belongs to no customer of the table: no column for it.
		expect(matrix.names).not.toContain('attribute:city=York');
		const cityIndex = matrix.names.indexOf('attribute:city=London');
		expect(matrix.isIndicator?.[cityIndex]).toBe(true);
		expect(matrix.sources[cityIndex]).toMatchObject({ feature: 'city', level: 'London' });
		const leaveOut = personaFeatures(joined, { include: ['logValue', 'attribute:age'] });
		expect(leaveOut.names).toEqual(['logValue', 'attribute:age']);
	});

	it('marks a categorical column with no value shared by 2% of customers as unavailable', () => {
		const ids = Array.from({ length: 60 }, (_, i) => `c${i}`);
		const many = ids.map((customer) => ({ customer, date: '2026-01-01', amount: 10 }));
		const attributes = attributesFromRows(
			ids.map((id) => ({ id, email: `${id}@example.org`, tier: id < 'c3' ? 'gold' : 'silver' }))
		);
		const table = buildCustomerTable(ordersFromRows(many), {}, attributes);
		const choices = listPersonaFeatures(table);
		expect(choices.find((c) => c.key === 'attribute:email')?.available).toBe(false);
		expect(choices.find((c) => c.key === 'attribute:tier')?.available).toBe(true);
	});

	it('puts a strongly skewed non-negative attribute on a log scale', () => {
		const ids = Array.from({ length: 50 }, (_, i) => `c${i}`);
		const orders = ids.map((customer) => ({ customer, date: '2026-01-01', amount: 10 }));
		// 49 customers with 100 followers, one with 100,000: skewness ≈ 6.9 > 2.
		const attributes = attributesFromRows(
			ids.map((id, i) => ({ id, followers: i === 0 ? 100_000 : 100 }))
		);
		const table = buildCustomerTable(ordersFromRows(orders), {}, attributes);
		const matrix = personaFeatures(table, { include: ['attribute:followers'] });
		const values = column(matrix, 'attribute:followers', table.ids);
		expect(values.c0).toBeCloseTo(Math.log(100_001), 12);
		expect(values.c1).toBeCloseTo(Math.log(101), 12);
		expect(matrix.sources[0].isLogScale).toBe(true);
	});
});
