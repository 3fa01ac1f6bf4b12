import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import {
	createCustomerValues,
	ONLINE_RETAIL,
	referenceValueFigures
} from '../unit/online-retail-duckdb';
import { expect, test } from './fixtures';
import { importFile, metric } from './journeys';

test('the Value view shows the Online Retail figures of an independent DuckDB query', async ({
	page
}) => {
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	await createCustomerValues(connection);
	const expected = await referenceValueFigures(connection);
	connection.closeSync();

	const id = await importFile(page, ONLINE_RETAIL);
	await page.goto(`value/?dataset=${id}`);
	expect(await metric(page, 'customers.count')).toBe(expected.customers);
	expect(await metric(page, 'revenue.net')).toBeCloseTo(expected.total, 6);
	expect(await metric(page, 'pareto.topShare')).toBeCloseTo(expected.topShare, 9);
	expect(await metric(page, 'pareto.shareFor80')).toBeCloseTo(expected.shareFor80, 9);
	expect(await metric(page, 'pareto.gini')).toBeCloseTo(expected.gini, 9);
	expect(await metric(page, 'abc.A.count')).toBe(expected.countFor80);
	expect(await metric(page, 'abc.B.count')).toBe(expected.classB);
	expect(await metric(page, 'abc.C.count')).toBe(
		expected.customers - expected.countFor80 - expected.classB
	);
	const chart = page.getByRole('slider', { name: /Pareto curve/ });
	await expect(chart).toBeVisible();

	// The top of the list is the reference's top 10, in order.
	const ids = await page
		.getByTestId('top-customers')
		.locator('tbody tr td:nth-child(2)')
		.allTextContents();
	expect(ids.slice(0, 10).map((t) => t.trim())).toEqual(expected.topIds);

	// Keyboard: the curve reads out rank, customer and cumulative share.
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(chart).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`Rank 1 .*customer ${expected.topIds[0]}`)
	);

	// The table behind the chart.
	await page.getByRole('button', { name: 'Table', exact: true }).first().click();
	await expect(
		page.locator('table').filter({ hasText: 'Cumulative share of' }).first()
	).toBeVisible();
});

test('a customer id that is a formula comes out inert in the CSV export', async ({
	page
}, testInfo) => {
	const file = testInfo.outputPath('formula-ids.csv');
	const { writeFileSync } = await import('node:fs');
	writeFileSync(
		file,
		[
			'customer,date,amount',
			'"=HYPERLINK(""http://evil.example"",""x"")",2024-01-05,500',
			'"=HYPERLINK(""http://evil.example"",""x"")",2024-02-05,300',
			'@SUM(A1),2024-01-06,200',
			'Zoë Müller,2024-01-07,100',
			'+41 79,2024-01-08,50'
		].join('\n')
	);
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await page.getByRole('link', { name: 'See the most valuable customers' }).click();
	await expect(page.locator('[data-metric="customers.count"]')).toHaveAttribute('data-value', '4');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const path = await (await download).path();
	const bytes = readFileSync(path);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8').slice(1);
	const cells = text
		.trim()
		.split('\r\n')
		.slice(1)
		.map((line) => line.split(',')[0]);
	for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
	expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
	expect(text).toContain('Zoë Müller');
});
