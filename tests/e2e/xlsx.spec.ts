import { expect, test } from './fixtures';
import { metricText } from './journeys';
import { workbookOf } from '../../src/lib/ingest/xlsx-fixture';

// A workbook whose first sheet is a note and whose second holds the orders (serial 45352 =
// 2024-03-01, days since 1899-12-30).
const BOOK = workbookOf({
	Notes: [['Exported by the shop'], ['The orders are on the next sheet']],
	Orders: [
		['Customer', 'Invoice', 'Date', 'Amount'],
		['A1', 'INV-1', { serial: 45352 }, 10],
		['B2', 'INV-2', { serial: 45353 }, 20.5],
		['A1', 'INV-3', { serial: 45380 }, 4.25]
	]
});

test('a workbook’s second sheet is chosen in the mapping step and imports with its figures', async ({
	page
}) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles({
		name: 'shop.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(BOOK)
	});
	await expect(page.getByRole('heading', { name: /Map the columns/ })).toBeVisible();
	const sheet = page.getByTestId('sheet-choice');
	await expect(sheet).toHaveValue('Notes');
	await expect(sheet.locator('option')).toHaveText(['Notes', 'Orders']);
	await sheet.selectOption('Orders');
	await expect(page.locator('select[data-column="Amount"]')).toHaveValue('amount');
	await expect(sheet).toHaveValue('Orders');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	// A1 (INV-1, INV-3) and B2 (INV-2): 3 lines, 2 customers, 3 orders, 10 + 20.5 + 4.25.
	const figures = {
		rows: Number(await metricText(page, 'import.rows')),
		customers: Number(await metricText(page, 'import.customers')),
		orders: Number(await metricText(page, 'import.orders')),
		netRevenue: Number(await metricText(page, 'import.netRevenue')),
		firstDate: await metricText(page, 'import.firstDate'),
		lastDate: await metricText(page, 'import.lastDate')
	};
	expect(figures).toEqual({
		rows: 3,
		customers: 2,
		orders: 3,
		netRevenue: 34.75,
		firstDate: '2024-03-01',
		lastDate: '2024-03-29'
	});
});

test('a workbook of one sheet offers no sheet choice', async ({ page }) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles({
		name: 'one.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(
			workbookOf({
				Orders: [
					['Customer', 'Date', 'Amount'],
					['A1', { serial: 45352 }, 10]
				]
			})
		)
	});
	await expect(page.getByRole('heading', { name: /Map the columns/ })).toBeVisible();
	await expect(page.getByTestId('sheet-choice')).toHaveCount(0);
});
