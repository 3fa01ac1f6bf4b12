import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from './fixtures';
import { metricText as metric } from './journeys';
import { ONLINE_RETAIL } from '../unit/online-retail-duckdb';

/** The counting conventions, written independently in SQL. */
async function onlineRetailReference() {
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	const reader = await connection.runAndReadAll(`
		WITH raw AS (
			SELECT * FROM read_csv('${ONLINE_RETAIL}', header = true, all_varchar = true)
		), lines AS (
			SELECT regexp_replace(trim(CustomerID), '\\.0$', '') AS customer, InvoiceNo AS invoice,
				CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE) AS amount,
				CAST(InvoiceDate AS TIMESTAMP)::DATE AS day
			FROM raw WHERE coalesce(trim(CustomerID), '') <> ''
		), invoices AS (
			-- DOMAIN's rule: a (customer, invoice) pair is a return when its lines sum below zero, or
			-- to zero (within 1e-9 of the sum of their absolute amounts) with a negative line; every
			-- other pair is an order, a free order of non-negative lines summing to zero included.
			SELECT customer, invoice,
				NOT (sum(amount) < -1e-9 * sum(abs(amount))
					OR (abs(sum(amount)) <= 1e-9 * sum(abs(amount)) AND min(amount) < 0)) AS is_order
			FROM lines GROUP BY ALL
		), customers AS (
			SELECT customer, max(CASE WHEN is_order THEN 1 ELSE 0 END) AS has_order FROM invoices GROUP BY ALL
		)
		SELECT
			(SELECT count(*) FROM raw) AS rows_read,
			(SELECT count(*) FROM lines) AS lines,
			(SELECT count(*) FROM customers WHERE has_order = 1) AS customers,
			(SELECT count(*) FROM customers WHERE has_order = 0) AS returns_only,
			(SELECT count(*) FROM invoices WHERE is_order) AS orders,
			(SELECT count(*) FROM invoices WHERE NOT is_order) AS returns,
			(SELECT sum(amount) FROM lines) AS net_revenue,
			(SELECT strftime(min(day), '%Y-%m-%d') FROM lines) AS first_day,
			(SELECT strftime(max(day), '%Y-%m-%d') FROM lines) AS last_day
	`);
	const [row] = reader.getRowObjectsJS();
	connection.closeSync();
	return row as Record<string, number | bigint | string>;
}

/** Online Retail decompressed (48 MB): a file large enough to be read in pieces on every core. */
function onlineRetailCsv(): string {
	const dir = join(tmpdir(), 'sieve-e2e');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'online_retail.csv');
	if (!existsSync(path)) writeFileSync(path, gunzipSync(readFileSync(ONLINE_RETAIL)));
	return path;
}

const ONLINE_RETAIL_FILES: [string, () => string, boolean][] = [
	['gzip-compressed, read by one worker', () => ONLINE_RETAIL, false],
	[
		'uncompressed, 48 MB: read in pieces on every core, plain rows by the WebAssembly row kernel',
		onlineRetailCsv,
		true
	]
];

for (const [how, file, inPieces] of ONLINE_RETAIL_FILES) {
	test(`the Online Retail file (${how}) imports through the mapping step and its figures match DuckDB`, async ({
		page
	}) => {
		const reference = await onlineRetailReference();
		// The analysis worker, and the parse workers it starts for a file it reads in pieces.
		let workers = 0;
		page.on('worker', () => workers++);
		await page.goto('data/');
		await page.getByTestId('orders-file').setInputFiles(file());
		await expect(page.getByRole('heading', { name: /Map the columns/ })).toBeVisible();
		await expect(page.locator('select[data-column="CustomerID"]')).toHaveValue('customer');
		await expect(page.locator('select[data-column="InvoiceDate"]')).toHaveValue('date');
		await page.getByRole('button', { name: 'Import' }).click();
		await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
		if (inPieces) expect(workers).toBeGreaterThanOrEqual(3);

		expect(Number(await metric(page, 'import.rows'))).toBe(Number(reference.rows_read));
		expect(Number(await metric(page, 'import.lines'))).toBe(Number(reference.lines));
		expect(Number(await metric(page, 'import.customers'))).toBe(Number(reference.customers));
		expect(Number(await metric(page, 'import.returnsOnlyCustomers'))).toBe(
			Number(reference.returns_only)
		);
		expect(Number(await metric(page, 'import.orders'))).toBe(Number(reference.orders));
		expect(Number(await metric(page, 'import.returns'))).toBe(Number(reference.returns));
		expect(Number(await metric(page, 'import.netRevenue'))).toBeCloseTo(
			Number(reference.net_revenue),
			4
		);
		expect(await metric(page, 'import.firstDate')).toBe(reference.first_day);
		expect(await metric(page, 'import.lastDate')).toBe(reference.last_day);
		const rejected = Number(await metric(page, 'import.rejected'));
		expect(Number(reference.lines) + rejected).toBe(Number(reference.rows_read));

		// Reopened after a reload, from IndexedDB, without parsing again: the same figures.
		await page.waitForURL(/[?&]dataset=/);
		const url = new URL(page.url());
		await page.goto(`value/?dataset=${url.searchParams.get('dataset')}`);
		await expect(page.locator('[data-metric="customers.count"]')).toHaveAttribute(
			'data-value',
			String(reference.customers),
			{ timeout: 30_000 }
		);
	});
}

/** A large, valid orders file made in the test: enough to cancel midway. */
function largeOrdersFile(lines: number): string {
	const dir = join(tmpdir(), 'sieve-e2e');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `large-${lines}.csv`);
	if (existsSync(path)) return path;
	const parts = ['order,customer,date,amount\n'];
	for (let i = 0; i < lines; i++) {
		const day = 1 + (i % 28);
		parts.push(
			`O${(i / 3) | 0},C${(i * 7919) % 20011},2024-03-${day < 10 ? '0' : ''}${day},${((i % 97) + 1) * 1.25}\n`
		);
	}
	writeFileSync(path, parts.join(''));
	return path;
}

test('a large import can be cancelled midway, and another started', async ({ page }) => {
	const large = largeOrdersFile(2_000_000);
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(large);
	await page.getByRole('button', { name: 'Import' }).click();
	const progress = page.getByTestId('import-progress');
	await expect(progress).toBeVisible();
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^[1-9]/, {
		timeout: 30_000
	});
	await progress.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Import cancelled')).toBeVisible();
	await expect(page.getByTestId('import-summary')).toHaveCount(0);

	await page.getByRole('button', { name: 'Choose another file' }).click();
	await page.getByTestId('orders-file').setInputFiles(ONLINE_RETAIL);
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
});

test('a mapping the user changed is remembered for the next file with the same header', async ({
	page
}) => {
	const file = join(process.cwd(), 'tests', 'fixtures', 'bad', 'semicolon-decimal-comma.csv');
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(file);
	const category = page.locator('select[data-column="Kategorie"]');
	await expect(category).toHaveValue('category');
	await category.selectOption('ignore');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible();

	await page.getByRole('button', { name: 'Import another file' }).click();
	await page.getByTestId('orders-file').setInputFiles(file);
	await expect(page.getByText('Using the column mapping you chose last time')).toBeVisible();
	await expect(category).toHaveValue('ignore');
});

test('a customers file chosen in the mapping step is joined on the customer id', async ({
	page
}, testInfo) => {
	const orders = testInfo.outputPath('orders.csv');
	const customers = testInfo.outputPath('customers.csv');
	writeFileSync(
		orders,
		'customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\nC,2024-01-03,30\n'
	);
	writeFileSync(customers, 'customer_id,age,city\nA,34,Leeds\nB,51,York\nZ,40,Hull\n');
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(orders);
	await page.getByText('Add a customers file').click();
	await page.getByTestId('attributes-file').setInputFiles(customers);
	await expect(page.getByText('customers.csv')).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const summary = page.getByTestId('import-summary');
	await expect(summary).toContainText('Customers file customers.csv');
	await expect(summary).toContainText('numeric columns age');
	await expect(summary).toContainText('categorical columns city');
	await expect(summary.locator('[data-metric="attributes.matched"]')).toHaveAttribute(
		'data-value',
		'2'
	);
	await expect(summary.locator('[data-metric="attributes.unmatched"]')).toHaveAttribute(
		'data-value',
		'1'
	);
	await expect(summary).toContainText('for example Z');
});

test('a customers file’s rejected rows and repeated ids are shown, in English and Urdu', async ({
	page
}, testInfo) => {
	const orders = testInfo.outputPath('orders.csv');
	const customers = testInfo.outputPath('customers.csv');
	writeFileSync(orders, 'customer,date,amount\nA,2024-01-01,10\nB,2024-01-02,20\n');
	// Line 4 repeats A (the first row wins); line 5 has two fields of three.
	writeFileSync(customers, 'customer_id,age,city\nA,34,Leeds\nB,51,York\nA,40,Hull\nC,29\n');
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(orders);
	await page.getByText('Add a customers file').click();
	await page.getByTestId('attributes-file').setInputFiles(customers);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const summary = page.getByTestId('import-summary');
	await expect(summary.locator('[data-metric="attributes.rejected"]')).toHaveAttribute(
		'data-value',
		'1'
	);
	await expect(summary).toContainText('1 row of the customers file was left out:');
	const row = summary.locator('tr[data-reason="wrong-field-count"]');
	await expect(row.locator('[data-metric="attributes.rejected.wrong-field-count"]')).toHaveText(
		'1'
	);
	await expect(row).toContainText('line 5');
	await expect(row).toContainText('(2 fields, expected 3)');
	await expect(row).toContainText('C,29');
	await expect(summary.getByTestId('attributes-warning')).toHaveText(
		'1 row repeats a customer id already seen; the first row of each id is kept.'
	);

	await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
	await expect(summary.getByTestId('attributes-warning')).toContainText('گاہک آئی ڈی دہراتی');
	await expect(summary.getByTestId('attributes-rejected')).toContainText(
		/گاہکوں کی فائل کی \S+ قطاریں چھوڑ دی گئیں/
	);
	// The row's width in Urdu too (the ingest gives figures, not an English sentence).
	await expect(row).toContainText('ہونے چاہییں');
	await expect(row).not.toContainText('fields');
	await expect(row).toContainText('C,29');
});
