import { describe, expect, it } from 'vitest';
import type { CustomerListPage, CustomerListQuery } from '../engine/customers/customer-list';
import { CUSTOMER_LIST_PAGE, CustomerList, type CustomerListSource } from './customer-list.svelte';

/** A source over `matching` customers that answers each query with an empty page, recording it;
 * `hold` keeps answers back until released (a slow worker). */
function sourceOf(key: string, matching: number, hold = false) {
	const queries: CustomerListQuery[] = [];
	const waiting: (() => void)[] = [];
	const source: CustomerListSource = {
		key,
		title: key,
		page: async (query) => {
			queries.push(query);
			if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
			return { ...query, total: matching, matching, rows: [], key } as unknown as CustomerListPage;
		},
		exportFile: async () => ({ fileName: `${key}.csv`, csv: '', rows: 0 })
	};
	return { source, queries, release: () => waiting.splice(0).forEach((go) => go()) };
}

describe('CustomerList', () => {
	it('opens at page one sorted by net revenue, highest first', async () => {
		const list = new CustomerList();
		const { source, queries } = sourceOf('a', 120);
		await list.open(() => source);
		expect(queries).toEqual([
			{ search: '', sort: 'netRevenue', descending: true, offset: 0, limit: CUSTOMER_LIST_PAGE }
		]);
	});

	it('turns the order round on the same column and starts a text column A to Z', async () => {
		const list = new CustomerList();
		const { source, queries } = sourceOf('a', 120);
		await list.open(() => source);
		await list.sortBy('netRevenue');
		await list.sortBy('name');
		expect(queries.slice(1).map((q) => [q.sort, q.descending])).toEqual([
			['netRevenue', false],
			['name', false]
		]);
	});

	it('keeps the page inside the list and goes back to page one on a search', async () => {
		const list = new CustomerList();
		const { source, queries } = sourceOf('a', 120);
		await list.open(() => source);
		// 120 customers: pages start at 0, 50 and 100.
		await list.goTo(500);
		expect(queries.at(-1)?.offset).toBe(100);
		await list.goTo(-50);
		expect(queries.at(-1)?.offset).toBe(0);
		await list.goTo(50);
		await list.find('ann');
		expect(queries.at(-1)).toMatchObject({ search: 'ann', offset: 0 });
	});

	it('keeps the page when the view refreshes the same group, and starts again for another', async () => {
		const list = new CustomerList();
		const first = sourceOf('a', 120);
		await list.open(() => first.source);
		await list.goTo(50);
		await list.refresh();
		expect(first.queries.at(-1)?.offset).toBe(50);
		const other = sourceOf('b', 120);
		await list.open(() => other.source);
		expect(other.queries.at(-1)?.offset).toBe(0);
	});

	it('shows the newest answer when an older one arrives late', async () => {
		const list = new CustomerList();
		const slow = sourceOf('slow', 10, true);
		const opened = list.open(() => slow.source);
		await list.open(() => sourceOf('fast', 20).source);
		slow.release();
		await opened;
		expect(list.page?.total).toBe(20);
	});
});
