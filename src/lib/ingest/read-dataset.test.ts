import { describe, expect, it } from 'vitest';
import { sniffOrders } from './sniff-orders';
import { readDatasetFiles, readDemoDataset, sniffFile, type ReadProgress } from './read-dataset';

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

	it('keeps an orders-file column chosen as an attribute beside the customers file’s', async () => {
		const orders =
			'customer,order,date,amount,Country\nC1,O1,2024-01-02,10,France\nC2,O2,2024-01-03,20,Spain\n';
		const file = new Blob([orders]);
		const sniff = await sniffFile(file, 'shop.csv', sniffOrders);
		const read = await readDatasetFiles(
			{
				file,
				fileName: 'shop.csv',
				mapping: { ...sniff.mapping, attributeColumns: [4] },
				attributesFile: new Blob([CUSTOMERS]),
				attributesFileName: 'customers.csv'
			},
			{ signal: new AbortController().signal, progress: () => {} }
		);
		const table = read.attributes!.table;
		// The customers file's rows first, then C2, which only the orders file knows.
		expect(table.customerIds).toEqual(['C1', 'X9', 'X8', 'C2']);
		expect(table.columns.map((c) => c.name)).toEqual(['region', 'Country']);
		const country = table.columns[1];
		expect(
			country.kind === 'categorical' && [...country.codes].map((c) => country.values[c] ?? '')
		).toEqual(['France', '', '', 'Spain']);
		expect(read.report.attributeColumns).toEqual(['Country']);
		expect(read.attributes!.summary?.matched).toBe(1);
	});

	it('keeps the chosen attribute without a customers file, with no customers-file summary', async () => {
		const orders = 'customer,order,date,amount,Country\nC1,O1,2024-01-02,10,France\n';
		const file = new Blob([orders]);
		const sniff = await sniffFile(file, 'shop.csv', sniffOrders);
		const read = await readDatasetFiles(
			{
				file,
				fileName: 'shop.csv',
				mapping: { ...sniff.mapping, attributeColumns: [4] },
				attributesFile: null,
				attributesFileName: null
			},
			{ signal: new AbortController().signal, progress: () => {} }
		);
		expect(read.attributes!.table.customerIds).toEqual(['C1']);
		expect(read.attributes!.summary).toBeNull();
	});

	it('reports the demo’s steps in order, the parse as a share of the orders file’s bytes', async () => {
		const seen: ReadProgress[] = [];
		const read = await readDemoDataset(1, {
			signal: new AbortController().signal,
			progress: (p) => seen.push(p)
		});
		const phases = seen.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
		expect(phases).toEqual(['generating', 'parsing', 'attributes', 'tickets']);
		const parsing = seen.filter((p) => p.phase === 'parsing');
		expect(parsing.every((p) => p.totalBytes === read.sourceSize)).toBe(true);
		expect(parsing.every((p) => p.bytes! > 0 && p.bytes! <= read.sourceSize)).toBe(true);
	});
});
