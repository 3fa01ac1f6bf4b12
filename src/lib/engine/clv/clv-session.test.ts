import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { DEFAULT_CLV_OPTIONS } from './clv-options';
import { clvAnalysis, clvCustomersFile, clvCustomersOf, ClvMemo } from './clv-session';
import type { ClvPhase } from './compute-clv';

// By hand: A buys three times, B twice, C once, all before the cut-off 2024-03-31.
const rows = [
	{ customer: 'A', date: '2024-01-01', amount: 10 },
	{ customer: 'B', date: '2024-01-05', amount: 20 },
	{ customer: 'C', date: '2024-01-09', amount: 30 },
	{ customer: 'A', date: '2024-02-01', amount: 12 },
	{ customer: 'B', date: '2024-02-20', amount: 25 },
	{ customer: 'A', date: '2024-03-10', amount: 14 }
];
const OPTIONS = { ...DEFAULT_CLV_OPTIONS, calibrationEnd: '2024-03-31' };

describe('the lifetime-value session', () => {
	it('announces each phase in order and keeps the fit for the same dataset and options', async () => {
		const memo = new ClvMemo();
		const orders = ordersFromRows(rows);
		const phases: ClvPhase[] = [];
		const first = await memo.result('d1', orders, OPTIONS, { progress: (p) => phases.push(p) });
		expect(phases).toEqual(['transactions', 'bgnbd', 'gamma-gamma', 'customers', 'holdout']);
		expect(await memo.result('d1', orders, { ...OPTIONS })).toBe(first);
	});

	it('keeps at most two fits, the most recent', async () => {
		const memo = new ClvMemo();
		for (const id of ['d1', 'd2', 'd3']) await memo.result(id, ordersFromRows(rows), OPTIONS);
		expect(memo.size).toBe(2);
	});

	it('replaces the fits of a dataset read back anew (other order lines)', async () => {
		const memo = new ClvMemo();
		await memo.result('d1', ordersFromRows(rows), OPTIONS);
		await memo.result('d1', ordersFromRows(rows), { ...OPTIONS, horizonDays: 30 });
		expect(memo.size).toBe(1);
	});

	it('stops when the checkpoint throws, and keeps nothing', async () => {
		const memo = new ClvMemo();
		const phases: ClvPhase[] = [];
		const stop = memo.result('d1', ordersFromRows(rows), OPTIONS, {
			progress: (p) => phases.push(p),
			checkpoint: async () => {
				if (phases.length === 2) throw new DOMException('Cancelled', 'AbortError');
			}
		});
		await expect(stop).rejects.toMatchObject({ name: 'AbortError' });
		expect(phases).toEqual(['transactions', 'bgnbd']);
		expect(memo.size).toBe(0);
	});

	it('answers a failure with its reason in the analysis, the page and the file alike', async () => {
		const memo = new ClvMemo();
		const orders = ordersFromRows(rows);
		const failed = await memo.result('d1', orders, { ...OPTIONS, calibrationEnd: '2023-01-01' });
		expect(failed.status).toBe('failed');
		expect(clvAnalysis(failed)).toBe(failed);
		expect(clvCustomersOf(memo, failed, orders.customer.values, '', 10)).toBe(failed);
		expect(clvCustomersFile(memo, failed, orders.customer.values, 'Shop', '')).toBe(failed);
	});

	it('lists and writes the three customers in the same rank order', async () => {
		const memo = new ClvMemo();
		const orders = ordersFromRows(rows);
		const fit = await memo.result('d1', orders, OPTIONS);
		const page = clvCustomersOf(memo, fit, orders.customer.values, '', 10);
		const file = clvCustomersFile(memo, fit, orders.customer.values, 'My shop.csv', '');
		if (!('rows' in page) || !('csv' in file)) throw new Error('failed');
		expect(page.matched).toBe(3);
		const ids = file.csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1);
		expect(ids.map((line) => line.split(',')[0])).toEqual(page.rows.map((r) => r.customer));
		expect(file.rows).toBe(3);
		expect(file.fileName).toMatch(/-lifetime-value\.csv$/);
	});
});
