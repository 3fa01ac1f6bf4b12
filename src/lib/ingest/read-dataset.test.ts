import { describe, expect, it } from 'vitest';
import { sniffOrders } from './sniff-orders';
import { readDatasetFiles, sniffFile, type ReadProgress } from './read-dataset';

const ORDERS = 'customer,order,date,amount\nC1,O1,2024-01-02,10\nC2,O2,2024-01-03,20\n';
// C1 matches a customer of the orders file; X9 and X8 do not.
const CUSTOMERS = 'customer_id,region\nC1,North\nX9,South\nX8,East\n';

describe('reading a dataset in the browser', () => {
	it('reads the orders and matches the customers file against them, naming the unmatched', async () => {
		const file = new Blob([ORDERS]);
		const sniff = await sniffFile(file, 'shop.csv', sniffOrders);
		expect([sniff.fileName, sniff.fileSize, sniff.gzip]).toEqual(['shop.csv', file.size, false]);
		const seen: ReadProgress[] = [];
		const read = await readDatasetFiles(
			{
				file,
				fileName: 'shop.csv',
				mapping: sniff.mapping,
				attributesFile: new Blob([CUSTOMERS]),
				attributesFileName: 'customers.csv'
			},
			{ signal: new AbortController().signal, progress: (p) => seen.push(p) }
		);
		expect(read.name).toBe('shop');
		expect(read.orders.rowCount).toBe(2);
		expect(read.attributes?.summary).toMatchObject({
			fileName: 'customers.csv',
			customers: 3,
			matched: 1,
			unmatched: 2,
			unmatchedExamples: ['X9', 'X8']
		});
		expect(read.tickets).toBeNull();
		expect(seen.map((p) => p.phase)).toContain('attributes');
	});
});
