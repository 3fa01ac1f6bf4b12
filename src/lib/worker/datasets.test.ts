import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../engine/tables/test-tables';
import type { DatasetSummary } from './data/protocol';
import { Datasets, type OpenDataset } from './datasets';

const dataset = (id: string): OpenDataset => ({
	summary: { id, name: id } as DatasetSummary,
	orders: ordersFromRows([
		{ customer: 'A', order: 'a1', date: '2024-01-05', amount: 10 },
		{ customer: 'B', order: 'b1', date: '2024-03-05', amount: 20 }
	]),
	attributes: null
});
const choice = { basis: 'revenue' as const, analysisDate: null, startDate: null };

describe('Datasets', () => {
	it('gives every view the same customer table for the same dataset and choice', () => {
		const datasets = new Datasets(2, async () => null);
		const shop = dataset('ds-1');
		expect(datasets.customers(shop, { ...choice })).toBe(datasets.customers(shop, { ...choice }));
	});

	it('builds a new table for another start date, and keeps only that one', () => {
		const datasets = new Datasets(2, async () => null);
		const shop = dataset('ds-1');
		const all = datasets.customers(shop, choice);
		const later = datasets.customers(shop, { ...choice, startDate: '2024-02-01' });
		expect(later).not.toBe(all);
		expect(later.ids).toEqual(['B']);
		expect(datasets.customers(shop, choice)).not.toBe(all);
	});

	it('keys the table by dataset as well as by choice', () => {
		const datasets = new Datasets(2, async () => null);
		const one = datasets.customers(dataset('ds-1'), choice);
		expect(datasets.customers(dataset('ds-2'), choice)).not.toBe(one);
	});

	it('reads a dataset it does not hold from storage, and says when there is none', async () => {
		const datasets = new Datasets(2, async () => null);
		await expect(datasets.open('ds-missing')).rejects.toMatchObject({ name: 'NotFound' });
		const shop = dataset('ds-1');
		datasets.put(shop);
		expect(await datasets.open('ds-1')).toBe(shop);
	});
});

describe('Datasets releasing a customer table', () => {
	it('tells every family when the table is let go for another choice', () => {
		const datasets = new Datasets(2, async () => null);
		const shop = dataset('ds-1');
		let released = 0;
		datasets.onRelease(() => released++);
		datasets.customers(shop, choice);
		datasets.customers(shop, choice);
		expect(released).toBe(0);
		datasets.customers(shop, { ...choice, basis: 'profit' });
		expect(released).toBe(1);
	});
});
