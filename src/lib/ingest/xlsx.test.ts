import { describe, expect, it } from 'vitest';
import { sniffOrders } from './sniff-orders';
import { importOrders } from './import-orders';
import { formatDay } from '../engine/tables/orders-table';
import { isZip, xlsxToCsv } from './xlsx';
import { workbook, zip } from './xlsx-fixture';

// 2024-03-01 = serial 45352 (days since 1899-12-30); .75 = 18:00.
const BOOK = workbook([
	['Customer', 'Invoice', 'Date', 'Amount'],
	['A1', 'INV-1', { serial: 45352.75 }, 12.5],
	['A2', 'INV-2', { serial: 45353 }, 7],
	['A1', 'INV-3', { serial: 45380.5 }, -2.25],
	['B, "Ltd"', 'INV-4', { serial: 45381 }, 100.1]
]);

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
	yield bytes;
}

describe('xlsxToCsv', () => {
	it('recognises a workbook by the zip magic bytes', () => {
		expect(isZip(BOOK.subarray(0, 4))).toBe(true);
		expect(isZip(new TextEncoder().encode('Cust'))).toBe(false);
	});

	it('writes the first sheet as CSV: dates as ISO wall-clock times, numbers as stored, text quoted', async () => {
		const text = new TextDecoder().decode(await xlsxToCsv(BOOK.slice().buffer));
		expect(text).toBe(
			'Customer,Invoice,Date,Amount\n' +
				'A1,INV-1,2024-03-01 18:00:00,12.5\n' +
				'A2,INV-2,2024-03-02,7\n' +
				'A1,INV-3,2024-03-29 12:00:00,-2.25\n' +
				'"B, ""Ltd""",INV-4,2024-03-30,100.1\n'
		);
	});

	it('imports through the CSV path with the suggested mapping and the hand-counted figures', async () => {
		const csv = await xlsxToCsv(BOOK.slice().buffer);
		const { mapping } = sniffOrders(csv, true);
		const { report } = await importOrders(once(csv), mapping);
		// 4 lines; customers A1 (INV-1 order, INV-3 return) and “B, "Ltd"” and A2: 3 buyers, 3 orders.
		expect({
			rows: report.rowsRead,
			lines: report.lines,
			customers: report.customers,
			orders: report.orders,
			returns: report.returns,
			first: formatDay(report.firstDay),
			last: formatDay(report.lastDay)
		}).toEqual({
			rows: 4,
			lines: 4,
			customers: 3,
			orders: 3,
			returns: 1,
			first: '2024-03-01',
			last: '2024-03-30'
		});
		expect(report.netRevenue).toBeCloseTo(12.5 + 7 - 2.25 + 100.1, 9);
	});

	it('refuses a zip that is not a workbook with a clear message', async () => {
		const notABook = zip({ 'readme.txt': 'hello' });
		await expect(xlsxToCsv(notABook.slice().buffer)).rejects.toThrow(
			/could not be read as an Excel workbook/
		);
	});
});
