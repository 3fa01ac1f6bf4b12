import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BAD = join(process.cwd(), 'tests', 'fixtures', 'bad');

/** Chooses a file of the bad corpus and imports it as `tryImportPath` does. */
async function tryImport(page: Page, file: string): Promise<'error' | 'blocked' | 'summary'> {
	return tryImportPath(page, join(BAD, file));
}

/** Chooses a file and, when the mapping step allows it, imports; returns what the page shows. */
async function tryImportPath(page: Page, path: string): Promise<'error' | 'blocked' | 'summary'> {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(path);
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

test('in Urdu, a refusal is worded in Urdu from its code and reads right to left', async ({
	page
}) => {
	await page.goto('data/?lang=ur');
	await page.getByTestId('orders-file').setInputFiles(join(BAD, 'empty.csv'));
	const sentence = page.getByTestId('import-error').locator('bdi');
	// The ingest's “The file is empty.”, by its code `empty-file`, in Urdu.
	await expect(sentence).toHaveText('فائل خالی ہے۔');
	await page.getByTestId('orders-file').setInputFiles(join(BAD, 'binary.csv'));
	await expect(sentence).toContainText('یہ متن کی فائل نہیں لگتی');
	expect(await sentence.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
	expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
});

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

test.describe('files written for the test', () => {
	const folder = mkdtempSync(join(tmpdir(), 'sieve-bad-'));
	test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
	/** Writes `lines` as a CSV file in the test's folder and returns its path. */
	const write = (name: string, lines: string[]) => {
		const path = join(folder, name);
		writeFileSync(path, lines.join('\n') + '\n');
		return path;
	};

	test('a date column that half fails to read is flagged before the import, its rows listed by line after', async ({
		page
	}) => {
		// Rows 1, 3, 5, 7, 9 (lines 3, 5, 7, 9, 11) hold no date Sieve reads.
		const garbage = ['banana', '31/31/2024', 'n/a', '2024-13-45', 'yesterday'];
		const rows = Array.from({ length: 10 }, (_, i) =>
			[
				`O${i}`,
				`C${i % 3}`,
				i % 2 === 0 ? `2024-01-${10 + i}` : garbage[(i - 1) / 2],
				'10.50'
			].join(',')
		);
		const file = write('half-dates.csv', ['order_id,customer_id,order_date,amount', ...rows]);
		await page.goto('data/');
		await page.getByTestId('orders-file').setInputFiles(file);
		await expect(page.getByTestId('dates-unread')).toContainText(
			'5 of 10 sampled values of “order_date” are not dates'
		);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.locator('[data-metric="import.lines"]')).toHaveAttribute('data-value', '5');
		await expect(page.locator('[data-metric="import.rejected.bad-date"]')).toHaveAttribute(
			'data-value',
			'5'
		);
		await expect(page.locator('tr[data-reason="bad-date"] li').first()).toContainText(
			/line 3\s*O1,C1,banana/
		);
	});

	test('a rejected row is shown with its spaces, readable on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const file = write('spaced.csv', [
			'order_id,customer_id,order_date,amount',
			'O1,C1,2024-01-01,10.00',
			'O2,C1,2024-01-02,12.00,LUNCH BAG  BLACK   SKULL',
			'O3,C2,2024-01-03,9.00'
		]);
		expect(await tryImportPath(page, file)).toBe('summary');
		const examples = page.locator('tr[data-reason="wrong-field-count"] .examples');
		// innerText is the text as drawn: collapsed spaces would read “LUNCH BAG BLACK SKULL”.
		expect(await examples.locator('code').innerText()).toContain('LUNCH BAG  BLACK   SKULL');
		// On a phone the examples run under their reason, across the table, which does not scroll.
		const table = page.locator('table.rejected');
		const [list, whole] = [await examples.boundingBox(), await table.boundingBox()];
		expect(list!.width).toBeGreaterThan(0.9 * whole!.width);
		const [scrollWidth, clientWidth] = await table
			.locator('..')
			.evaluate((wrapper) => [wrapper.scrollWidth, wrapper.clientWidth]);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	});
});
