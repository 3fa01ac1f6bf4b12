import { describe, expect, it } from 'vitest';
import type { CustomerTableChoice } from '../customers/customer-table-choice';
import { ordersFromRows } from '../tables/test-tables';
import { movementCellFile, MovementMemo } from './movement-session';
import { FROM, movementRows, TO } from './test-movement';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };
const orders = ordersFromRows(movementRows());
const OPTIONS = { from: FROM, to: TO };

// By hand (test-movement.ts): seven customers; D rises from Loyal Customers to Champions.
describe('the movement session', () => {
	it('keeps the movement for the same orders, table choice and options', () => {
		const memo = new MovementMemo();
		const first = memo.get(orders, null, TABLE, OPTIONS);
		expect(memo.has(orders, null, { ...TABLE }, { ...OPTIONS })).toBe(true);
		expect(memo.get(orders, null, { ...TABLE }, { ...OPTIONS })).toBe(first);
	});

	it('builds the tables again for other options', () => {
		const memo = new MovementMemo();
		memo.get(orders, null, TABLE, OPTIONS);
		expect(memo.has(orders, null, { ...TABLE, basis: 'revenue' }, { from: FROM, to: FROM })).toBe(
			false
		);
		memo.clear();
		expect(memo.has(orders, null, TABLE, OPTIONS)).toBe(false);
	});

	it('exports the one customer of a cell, named after the dataset and the two groups', () => {
		const result = new MovementMemo().get(orders, null, TABLE, OPTIONS);
		const file = movementCellFile(result, 'Test shop', '', {
			from: 'loyal-customers',
			to: 'champions'
		});
		expect(file.fileName).toBe('Test-shop-movement-loyal-customers-to-champions.csv');
		expect(file.rows).toBe(1);
		expect(file.csv.split('\r\n')[1].split(',')[0]).toBe('D');
	});

	it('names an open end of a flow “any”', () => {
		const result = new MovementMemo().get(orders, null, TABLE, OPTIONS);
		const file = movementCellFile(result, 'Test shop', '', { from: null, to: 'champions' });
		expect(file.fileName).toBe('Test-shop-movement-any-to-champions.csv');
	});
});
