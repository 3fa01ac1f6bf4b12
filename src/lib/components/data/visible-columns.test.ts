import { describe, expect, it } from 'vitest';
import { columnLabel, visibleColumns } from './visible-columns';

const wide = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`);

describe('visibleColumns', () => {
	it('draws every column of a narrow file', () => {
		expect(visibleColumns(['a', 'b', 'c'], ['customer', 'ignore', 'amount'], '')).toEqual({
			indices: [0, 1, 2],
			matches: 3,
			total: 3
		});
	});

	it('draws the first 50 of 100,000 columns, and the mapped ones wherever they are', () => {
		const names = wide(100_000);
		const roles = names.map(() => 'ignore');
		roles[70_000] = 'customer';
		roles[99_999] = 'amount';
		const shown = visibleColumns(names, roles, '');
		expect(shown.indices).toHaveLength(52);
		expect(shown.indices.slice(0, 3)).toEqual([0, 1, 2]);
		expect(shown.indices.slice(49)).toEqual([49, 70_000, 99_999]);
		expect(shown.total).toBe(100_000);
	});

	it('finds columns by part of their name, case-insensitively, at most 50 of them', () => {
		const names = wide(100_000);
		names[81_234] = 'Customer_Email';
		const roles = names.map(() => 'ignore');
		expect(visibleColumns(names, roles, 'email')).toEqual({
			indices: [81_234],
			matches: 1,
			total: 100_000
		});
		// "c9" starts the numbers 9, 90–99, 900–999, 9000–9999 and 90000–99999.
		const many = visibleColumns(names, roles, 'C9');
		expect(many.matches).toBe(1 + 10 + 100 + 1000 + 10_000);
		expect(many.indices).toHaveLength(50);
	});

	it('finds a column by its number, and an unnamed column by “Column N”', () => {
		const names = ['id', '', 'total'];
		const roles = ['customer', 'ignore', 'amount'];
		expect(visibleColumns(names, roles, '2').indices).toEqual([1]);
		expect(visibleColumns(names, roles, 'column 2').indices).toEqual([1]);
		expect(columnLabel('', 1)).toBe('Column 2');
	});
});
