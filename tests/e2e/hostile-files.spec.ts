/**
 * A sample of the hostile corpus (issue 21) through the page: files written by
 * tests/fixtures/make-bad-files.mjs (and, for the 100,000-column file, by
 * tests/fixtures/big-hostile-files.ts at test time). Figures are read through `data-metric`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeWideFile } from '../fixtures/big-hostile-files';
import { expect, test } from './fixtures';
import { metric } from './journeys';

const BAD = join(process.cwd(), 'tests', 'fixtures', 'bad');

/** Chooses a file and waits for the mapping step. */
async function chooseFile(page: Page, path: string): Promise<void> {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(path);
	await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled({
		timeout: 30_000
	});
}

async function importChosen(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
}

test('a multi-member gzip file is read to its last member', async ({ page }) => {
	// 20 + 15 + 5 rows in three members (`cat a.gz b.gz c.gz`); the browser's gunzip stops at one.
	await chooseFile(page, join(BAD, 'multi-member.csv.gz'));
	await importChosen(page);
	expect(await metric(page, 'import.rows')).toBe(40);
	expect(await metric(page, 'import.lines')).toBe(40);
});

test('mixed line endings: every row kept, the broken one on its true line', async ({ page }) => {
	await chooseFile(page, join(BAD, 'mixed-line-endings.csv'));
	await importChosen(page);
	expect(await metric(page, 'import.lines')).toBe(30);
	expect(await metric(page, 'import.rejected.wrong-field-count')).toBe(1);
	await expect(page.locator('tr[data-reason="wrong-field-count"]')).toContainText('32');
});

test('a title line above the header is detected and said', async ({ page }) => {
	await chooseFile(page, join(BAD, 'title-line.csv'));
	await expect(page.getByRole('note').filter({ hasText: 'skipped as a title' })).toBeVisible();
	await importChosen(page);
	expect(await metric(page, 'import.lines')).toBe(3);
	await expect(
		page.getByRole('note').filter({ hasText: '1 line above the header was skipped as a title' })
	).toBeVisible();
});

test('stray bytes in a UTF-8 file are a visible warning with their lines', async ({ page }) => {
	await chooseFile(page, join(BAD, 'invalid-utf8.csv'));
	await expect(
		page.getByRole('note').filter({ hasText: /not valid UTF-8.*lines 4, 5/ })
	).toBeVisible();
	await importChosen(page);
	expect(await metric(page, 'import.lines')).toBe(5);
	await expect(
		page.getByRole('note').filter({ hasText: /not valid UTF-8.*lines 4, 5/ })
	).toBeVisible();
});

test('infinite and implausible amounts are rejected with their own reason', async ({ page }) => {
	await chooseFile(page, join(BAD, 'non-finite-amounts.csv'));
	await importChosen(page);
	expect(await metric(page, 'import.lines')).toBe(2);
	expect(await metric(page, 'import.rejected.implausible-amount')).toBe(5);
	await expect(page.locator('tr[data-reason="implausible-amount"]')).toContainText(
		/beyond ±1,000,000,000,000/
	);
});

test.describe('a 100,000-column file', () => {
	const folder = mkdtempSync(join(tmpdir(), 'sieve-wide-'));
	const wide = join(folder, 'wide.csv');
	test.beforeAll(() => writeWideFile(wide));
	test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

	test('reaches the mapping step quickly, draws a bounded table and says how many columns', async ({
		page
	}) => {
		const started = Date.now();
		await chooseFile(page, wide);
		const seconds = (Date.now() - started) / 1000;
		expect(seconds).toBeLessThan(20);
		const note = page.locator('[data-metric="mapping.columns"]');
		await expect(note).toHaveAttribute('data-value', '100000');
		await expect(note).toContainText('100,000 columns');
		// The first 50 columns (customer, date, amount among them): 50 selects, not 100,000.
		await expect(page.locator('select[id^="role-"]')).toHaveCount(50);
	});

	test('finds a far column by name, maps it, and imports', async ({ page }) => {
		await chooseFile(page, wide);
		await page.getByLabel('Find a column').fill('c99999');
		await expect(page.locator('select[id^="role-"]')).toHaveCount(1);
		await page.getByLabel('Role of column c99999').selectOption('category');
		// Cleared, the table shows the first 50 and the column just mapped.
		await page.getByLabel('Find a column').fill('');
		await expect(page.locator('select[id^="role-"]')).toHaveCount(51);
		await expect(page.getByLabel('Role of column c99999')).toHaveValue('category');
		await importChosen(page);
		expect(await metric(page, 'import.rows')).toBe(6);
		expect(await metric(page, 'import.lines')).toBe(6);
	});
});
