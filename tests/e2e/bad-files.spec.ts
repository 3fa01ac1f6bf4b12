import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BAD = join(process.cwd(), 'tests', 'fixtures', 'bad');

/** Chooses a file and, when the mapping step allows it, imports; returns what the page shows. */
async function tryImport(page: Page, file: string): Promise<'error' | 'blocked' | 'summary'> {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(join(BAD, file));
	const error = page.getByTestId('import-error');
	const importButton = page.getByRole('button', { name: 'Import', exact: true });
	await expect(error.or(importButton)).toBeVisible();
	if (await error.isVisible()) return 'error';
	if (await importButton.isDisabled()) return 'blocked';
	await importButton.click();
	await expect(error.or(page.getByTestId('import-summary'))).toBeVisible({ timeout: 30_000 });
	return (await error.isVisible()) ? 'error' : 'summary';
}

const refused: [string, RegExp][] = [
	['empty.csv', /empty/i],
	['header-only.csv', /no data rows/i],
	['binary.csv', /doesn.t look like a text file/i],
	['truncated.csv.gz', /damaged or cut short/i]
];

for (const [file, message] of refused) {
	test(`${file} is refused with a clear message, and the page keeps working`, async ({ page }) => {
		expect(await tryImport(page, file)).toBe('error');
		await expect(page.getByTestId('import-error')).toContainText(message);
		// Still usable: the drop zone is there and another file imports.
		expect(await tryImport(page, 'ragged-rows.csv')).toBe('summary');
	});
}

test('a file without a customer column cannot be imported until a column is mapped', async ({
	page
}) => {
	expect(await tryImport(page, 'no-customer-column.csv')).toBe('blocked');
	await expect(page.getByRole('status').filter({ hasText: 'a customer column' })).toBeVisible();
});

test('ragged rows and an unclosed quote are counted by reason with line numbers', async ({
	page
}) => {
	expect(await tryImport(page, 'ragged-rows.csv')).toBe('summary');
	const ragged = page.locator('[data-metric="import.rejected.wrong-field-count"]');
	await expect(ragged).toHaveAttribute('data-value', '2');
	await expect(page.locator('tr[data-reason="wrong-field-count"]')).toContainText('line');

	expect(await tryImport(page, 'unclosed-quote.csv')).toBe('summary');
	await expect(page.locator('[data-metric="import.rejected.unclosed-quote"]')).toHaveAttribute(
		'data-value',
		'2'
	);
	const rows = Number(await page.locator('[data-metric="import.rows"]').getAttribute('data-value'));
	const lines = Number(
		await page.locator('[data-metric="import.lines"]').getAttribute('data-value')
	);
	const rejected = Number(
		await page.locator('[data-metric="import.rejected"]').getAttribute('data-value')
	);
	expect(lines + rejected).toBe(rows);
});

test('semicolons with decimal commas, UTF-16, Windows-1252 and a 100,000-character field import', async ({
	page
}) => {
	for (const file of [
		'semicolon-decimal-comma.csv',
		'utf-16le-bom.csv',
		'windows-1252.csv',
		'long-field.csv'
	]) {
		expect(await tryImport(page, file), file).toBe('summary');
		await expect(page.locator('[data-metric="import.rejected"]')).toHaveAttribute(
			'data-value',
			'0'
		);
	}
});

test('ambiguous dates say which day/month order was chosen, and it can be changed', async ({
	page
}) => {
	// 01/02/2024, 03/04/2024, 05/06/2024: no field is over 12, so either order is possible.
	for (const [order, firstDate] of [
		['dmy', '2024-02-01'],
		['mdy', '2024-01-02']
	]) {
		await page.goto('data/');
		await page.getByTestId('orders-file').setInputFiles(join(BAD, 'ambiguous-dates.csv'));
		const select = page.getByLabel('Day and month order');
		await expect(select).toHaveValue('dmy');
		await select.selectOption(order);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.locator('[data-metric="import.firstDate"]')).toHaveAttribute(
			'data-value',
			firstDate
		);
	}
});

test('hostile files that import whole show their warnings (issue 21)', async ({ page }) => {
	const cases: [file: string, lines: number, warning: RegExp | null][] = [
		['windows-1252-punctuation.csv', 4, null],
		['nul-bytes.csv', 303, /zero bytes \(NUL\) inside fields \(lines 2, 4\)/],
		['duplicate-headers.csv', 2, /same name: “date” \(columns 2, 4\)/],
		['future-dates.csv', 7, /2 lines are dated after today/],
		['terminal-escapes.csv', 107, null]
	];
	for (const [file, lines, warning] of cases) {
		expect(await tryImport(page, file), file).toBe('summary');
		await expect(page.locator('[data-metric="import.lines"]'), file).toHaveAttribute(
			'data-value',
			String(lines)
		);
		await expect(page.locator('[data-metric="import.rejected"]'), file).toHaveAttribute(
			'data-value',
			'0'
		);
		if (warning) await expect(page.getByRole('note').filter({ hasText: warning })).toBeVisible();
	}
});
