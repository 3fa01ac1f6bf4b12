import { describe, expect, it } from 'vitest';
import { formatDay } from '../engine/tables/orders-table';
import { sniffOrders } from './sniff-orders';
import { readDatasetFiles, sniffFile } from './read-dataset';
import { readWorkbook, xlsxToCsv } from './xlsx';
import { workbookOf } from './xlsx-fixture';

// Two sheets of orders with different figures; serial 45352 = 2024-03-01 (days since 1899-12-30).
const BOOK = workbookOf({
	'Sales 2023': [
		['Customer', 'Invoice', 'Date', 'Amount'],
		['Z1', 'OLD-1', { serial: 44986 }, 999]
	],
	'Sales 2024': [
		['Customer', 'Invoice', 'Date', 'Amount'],
		['A1', 'INV-1', { serial: 45352 }, 10],
		['B2', 'INV-2', { serial: 45353 }, 20.5],
		['A1', 'INV-3', { serial: 45380 }, 4.25]
	]
});

const sniffSheet = (sheet: string | null) =>
	sniffFile(
		new Blob([BOOK.slice().buffer]),
		'shop.xlsx',
		(head, isComplete) => sniffOrders(head, isComplete, null, sheet),
		sheet
	);

describe('choosing the sheet of a workbook', () => {
	it('lists the sheet names, in order, with the sniff', async () => {
		const sniff = await sniffSheet(null);
		expect(sniff.sheets).toEqual(['Sales 2023', 'Sales 2024']);
	});

	it('reads the first sheet when none is chosen', async () => {
		const sniff = await sniffSheet(null);
		expect(sniff.preview).toEqual([['Z1', 'OLD-1', '2023-03-01', '999']]);
		expect(sniff.mapping.sheet).toBeUndefined();
	});

	it('keeps the chosen sheet in the mapping, so the import reads it', async () => {
		const sniff = await sniffSheet('Sales 2024');
		expect(sniff.mapping.sheet).toBe('Sales 2024');
		expect(sniff.preview[0]).toEqual(['A1', 'INV-1', '2024-03-01', '10']);
	});

	it('imports the second sheet with its hand-counted figures when it is chosen', async () => {
		const sniff = await sniffSheet('Sales 2024');
		const read = await readDatasetFiles(
			{
				file: new Blob([BOOK.slice().buffer]),
				fileName: 'shop.xlsx',
				mapping: sniff.mapping,
				attributesFile: null,
				attributesFileName: null
			},
			{ signal: new AbortController().signal, progress: () => {} }
		);
		const { report } = read;
		// 3 lines: A1 (INV-1, INV-3) and B2 (INV-2): 2 customers, 3 orders, 10 + 20.5 + 4.25.
		expect({
			rows: report.rowsRead,
			lines: report.lines,
			customers: report.customers,
			orders: report.orders,
			first: formatDay(report.firstDay),
			last: formatDay(report.lastDay)
		}).toEqual({
			rows: 3,
			lines: 3,
			customers: 2,
			orders: 3,
			first: '2024-03-01',
			last: '2024-03-29'
		});
		expect(report.netRevenue).toBeCloseTo(34.75, 9);
	});

	it('reads a sheet by name without the others', async () => {
		const text = new TextDecoder().decode(await xlsxToCsv(BOOK.slice().buffer, 'Sales 2023'));
		expect(text).toBe('Customer,Invoice,Date,Amount\nZ1,OLD-1,2023-03-01,999\n');
	});

	it('refuses a sheet the workbook lacks, naming the sheets it has', async () => {
		const message = /no sheet “Sales 2025”; its sheets are “Sales 2023”, “Sales 2024”/;
		await expect(xlsxToCsv(BOOK.slice().buffer, 'Sales 2025')).rejects.toThrow(message);
		await expect(readWorkbook(BOOK.slice().buffer, 'Sales 2025')).rejects.toThrow(message);
	});
});
