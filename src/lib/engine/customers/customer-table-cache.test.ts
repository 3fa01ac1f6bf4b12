import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { CustomerTableCache } from './customer-table-cache';

const orders = ordersFromRows([
	{ customer: 'A', order: 'a1', date: '2024-01-05', amount: 10 },
	{ customer: 'B', order: 'b1', date: '2024-03-05', amount: 20 }
]);
const choice = { basis: 'revenue' as const, analysisDate: null, startDate: null };

describe('CustomerTableCache', () => {
	it('gives the same table for the same owner and choice', () => {
		const cache = new CustomerTableCache();
		expect(cache.get('ds-1', orders, null, { ...choice })).toBe(
			cache.get('ds-1', orders, null, { ...choice })
		);
	});

	it('builds the table the choice asks for: B alone from February', () => {
		const cache = new CustomerTableCache();
		expect(cache.get('ds-1', orders, null, { ...choice, startDate: '2024-02-01' }).ids).toEqual([
			'B'
		]);
	});

	it('lets the old table go, with what was computed on it, before building another', () => {
		const cache = new CustomerTableCache();
		let released = 0;
		cache.onRelease(() => released++);
		const first = cache.get('ds-1', orders, null, choice);
		expect(released).toBe(0);
		expect(cache.get('ds-2', orders, null, choice)).not.toBe(first);
		expect(released).toBe(1);
	});

	it('releases only when the closed owner holds the table', () => {
		const cache = new CustomerTableCache();
		let released = 0;
		cache.onRelease(() => released++);
		const table = cache.get('ds-1', orders, null, choice);
		cache.releaseOwner('ds-2');
		expect(released).toBe(0);
		expect(cache.get('ds-1', orders, null, choice)).toBe(table);
		cache.releaseOwner('ds-1');
		expect(released).toBe(1);
		expect(cache.get('ds-1', orders, null, choice)).not.toBe(table);
	});
});
