import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from './customer-table';
import { distinguishGroup } from './distinguish';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';

const line = (
	customer: string,
	order: string,
	amount: number,
	category: string,
	product: string
): TestRow => ({
	customer,
	order,
	date: '2024-05-01',
	amount,
	category,
	product
});

// Group g1 g2 against the rest r1–r4. Lux: g1 g2 r1; Basic: g1 r1–r4; product P1 only g1 g2;
// Gift: returned by g1 (does not count as bought), bought by r2.
const orders = ordersFromRows([
	line('g1', 'a', 500, 'Lux', 'P1'),
	line('g1', 'a', 20, 'Basic', 'P2'),
	line('g1', 'b', -30, 'Gift', 'P3'),
	line('g2', 'c', 400, 'Lux', 'P1'),
	line('r1', 'd', 60, 'Lux', 'P4'),
	line('r1', 'd', 10, 'Basic', 'P2'),
	line('r2', 'e', 15, 'Basic', 'P2'),
	line('r2', 'e', 25, 'Gift', 'P3'),
	line('r3', 'f', 12, 'Basic', 'P2'),
	line('r4', 'g', 8, 'Basic', 'P2')
]);
const attributes = attributesFromRows([
	{ id: 'g1', city: 'London', age: 40 },
	{ id: 'g2', city: 'London', age: 50 },
	{ id: 'r1', city: 'London', age: 20 },
	{ id: 'r2', city: 'Paris', age: 30 },
	{ id: 'r3', city: 'Paris', age: 40 }
]);
const customers = buildCustomerTable(orders, {}, attributes);
const mask = Uint8Array.from(customers.ids, (id) => (id.startsWith('g') ? 1 : 0));
const result = distinguishGroup(customers, orders, mask);

describe('distinguishGroup', () => {
	it('sizes the group and the rest', () => {
		expect([result.groupSize, result.restSize]).toEqual([2, 4]);
	});

	it('lists categories bought more often by the group, with shares and lift', () => {
		expect(result.categories).toEqual([
			{ label: 'Lux', groupCustomers: 2, groupShare: 1, restShare: 0.25, lift: 4 }
		]);
	});

	it('gives an infinite lift to a product no one else bought', () => {
		expect(result.products).toEqual([
			{ label: 'P1', groupCustomers: 2, groupShare: 1, restShare: 0, lift: Infinity }
		]);
	});

	it('compares attribute values and numeric attribute medians', () => {
		expect(result.attributeValues).toEqual([
			{
				attribute: 'city',
				label: 'London',
				groupCustomers: 2,
				groupShare: 1,
				restShare: 0.25,
				lift: 4
			}
		]);
		expect(result.numericAttributes).toEqual([
			{ feature: 'age', label: 'age', groupMedian: 45, restMedian: 30 }
		]);
	});

	it('puts behaviour medians side by side', () => {
		const value = result.behaviour.find((b) => b.feature === 'value');
		// Group 490 (g1: 520 − 30) and 400; rest 70, 40, 12, 8.
		expect(value).toEqual({ feature: 'value', label: 'Value', groupMedian: 445, restMedian: 26 });
		expect(result.behaviour.some((b) => b.feature === 'discountShare')).toBe(false);
	});

	it('refuses an empty group or a mask of the wrong length', () => {
		expect(() => distinguishGroup(customers, orders, new Uint8Array(customers.count))).toThrow(
			/empty/
		);
		expect(() => distinguishGroup(customers, orders, new Uint8Array(2))).toThrow(/mask/);
	});
});
