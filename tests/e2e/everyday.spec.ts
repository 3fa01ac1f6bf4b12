/**
 * Everyday use (issue 20): finding a kept dataset again from any view, undoing a deletion, a
 * delimiter chosen by hand when detection reads a file wrongly, and money shown in the file's
 * currency.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFile, loadDemo, metric, parseCsv } from './journeys';

const RAGGED = join(process.cwd(), 'tests', 'fixtures', 'bad', 'ragged-rows.csv');
const VIEWS = [
	'value/',
	'segments/',
	'personas/',
	'profit/',
	'movement/',
	'clv/',
	'reviews/',
	'loyalty/'
];

/** Forgets which dataset was used last, so views open none by default. */
async function forgetLastUsed(page: Page): Promise<void> {
	await page.evaluate(() => localStorage.removeItem('sieve-last-dataset'));
}

/** How many dataset records Sieve's IndexedDB holds, read directly in the page. */
async function storedDatasets(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('sieve');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const count = db.transaction('datasets').objectStore('datasets').count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
				};
			})
	);
}

test('every view without a dataset offers the kept ones, and one opens in that view', async ({
	page
}) => {
	const id = await importFile(page, RAGGED);
	await forgetLastUsed(page);
	for (const view of VIEWS) {
		await page.goto(view);
		const offer = page.getByTestId('saved-datasets').locator(`a[data-dataset="${id}"]`);
		await expect(offer, view).toHaveText(/^Open ragged-rows · 2 customers · imported /);
	}
	await page.goto('value/');
	await page.getByRole('link', { name: /^Open ragged-rows/ }).click();
	await expect(page).toHaveURL(new RegExp(`/value/\\?dataset=${id}`));
	await expect(page.locator('[data-metric="customers.count"]')).toHaveAttribute('data-value', '2', {
		timeout: 30_000
	});
	// Under the title: the open dataset's name and its period.
	await expect(page.getByTestId('open-dataset')).toHaveText('ragged-rows');
	await expect(page.getByTestId('period-line')).toContainText('Orders from');
});

test('a view opened without a dataset opens the one used last, and the header carries it', async ({
	page
}) => {
	const id = await importFile(page, RAGGED);
	await page.goto('segments/');
	await expect(page).toHaveURL(new RegExp(`[?&]dataset=${id}`));
	await expect(page.getByTestId('open-dataset')).toHaveText('ragged-rows');
	const nav = page.getByRole('navigation', { name: /views/i });
	await expect(nav.getByRole('link', { name: 'Value', exact: true })).toHaveAttribute(
		'href',
		new RegExp(`value/\\?dataset=${id}$`)
	);
});

test('a deleted dataset comes back with Undo, and stays after a reload', async ({ page }) => {
	const id = await importFile(page, RAGGED);
	await page.goto('');
	const row = page.locator(`tr[data-dataset="${id}"]`);
	await row.getByRole('button', { name: /Delete/ }).click();
	await expect(row).toHaveCount(0);
	const notice = page.getByTestId('undo-delete');
	await expect(notice).toContainText('Deleted “ragged-rows”.');
	await notice.getByRole('button', { name: /^Undo/ }).click();
	await expect(row).toHaveCount(1);
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.locator(`tr[data-dataset="${id}"]`)).toContainText('ragged-rows');
	expect(await storedDatasets(page)).toBe(1);
	await page.goto(`value/?dataset=${id}`);
	await expect(page.locator('[data-metric="customers.count"]')).toHaveAttribute('data-value', '2', {
		timeout: 30_000
	});
});

test('a deletion not undone is removed for good when the undo runs out', async ({ page }) => {
	const id = await importFile(page, RAGGED);
	await page.goto('');
	await page
		.locator(`tr[data-dataset="${id}"]`)
		.getByRole('button', { name: /Delete/ })
		.click();
	await expect(page.getByTestId('undo-delete')).toBeVisible();
	await expect.poll(() => storedDatasets(page), { timeout: 30_000 }).toBe(0);
	await expect(page.getByTestId('undo-delete')).toHaveCount(0);
});

/** Columns aligned with spaces and decimal commas: detection splits it at the commas. */
function alignedWithDecimalCommas(): string {
	const dir = join(tmpdir(), 'sieve-e2e');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'aligned-decimal-commas.txt');
	writeFileSync(
		path,
		[
			'customer   date       quantity  amount',
			'00001      19970101   1         11,77',
			'00002      19970112   2         25,50',
			'00001      19970203   1         4,20',
			'00003      19970315   5         60,00',
			''
		].join('\n')
	);
	return path;
}

test('a file imported with the delimiter chosen by hand', async ({ page }) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(alignedWithDecimalCommas());
	const choice = page.getByTestId('delimiter-choice');
	await expect(choice).toHaveValue('');
	await expect(choice.locator('option').first()).toHaveText('detected (“,”)');
	await expect(page.locator('select[data-column="customer"]')).toHaveCount(0);

	await choice.selectOption({ label: 'spaces (aligned columns)' });
	await expect(page.locator('select[data-column="customer"]')).toHaveValue('customer');
	await expect(page.locator('select[data-column="date"]')).toHaveValue('date');
	await expect(page.locator('select[data-column="amount"]')).toHaveValue('amount');
	await expect(choice).toHaveValue(' ');

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	// By hand: 3 customers; 11.77 + 25.50 + 4.20 + 60.00 = 101.47.
	expect(await metric(page, 'import.customers')).toBe(3);
	expect(await metric(page, 'import.lines')).toBe(4);
	expect(await metric(page, 'import.netRevenue')).toBeCloseTo(101.47, 6);
});

test('a segment rule removed by mistake comes back with Undo, in its place', async ({ page }) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	const secondName = page.getByLabel('Name of rule 2', { exact: true });
	await expect(secondName).toBeVisible({ timeout: 60_000 });
	const name = await secondName.inputValue();
	const rulesBefore = await page.getByLabel(/^Name of rule \d+$/).count();

	await page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
	await expect(page.getByLabel(/^Name of rule \d+$/)).toHaveCount(rulesBefore - 1);
	await expect(page.getByLabel('Name of rule 2', { exact: true })).not.toHaveValue(name);
	const notice = page.getByTestId('undo-rule');
	await expect(notice).toContainText(`Removed “${name}”.`);

	await notice.getByRole('button', { name: /^Undo/ }).click();
	await expect(page.getByLabel(/^Name of rule \d+$/)).toHaveCount(rulesBefore);
	await expect(page.getByLabel('Name of rule 2', { exact: true })).toHaveValue(name);
	await expect(notice).toHaveCount(0);
});

/** The currency saved with a dataset's settings (`display.currency`), read directly in the page. */
async function savedCurrency(page: Page, id: string): Promise<unknown> {
	return page.evaluate(
		(datasetId) =>
			new Promise<unknown>((resolve, reject) => {
				const request = indexedDB.open('sieve');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const read = db.transaction('datasets').objectStore('datasets').get(datasetId);
					read.onsuccess = () => {
						db.close();
						const settings = read.result?.settings as { display?: { currency?: unknown } };
						resolve(settings?.display?.currency ?? null);
					};
				};
			}),
		id
	);
}

/** A German shop's export: semicolons, day-first dates, amounts written “12,50 €”. */
function germanEuroFile(): string {
	const dir = join(tmpdir(), 'sieve-e2e');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'bestellungen-euro.csv');
	writeFileSync(
		path,
		[
			'Kunde;Datum;Betrag',
			'K1;31.12.2023;12,50 €',
			'K2;02.01.2024;1.200,00 €',
			'K1;03.01.2024;7,00 €',
			''
		].join('\n')
	);
	return path;
}

test('amounts written in euros are shown in euros, and the currency can be chosen', async ({
	page
}) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(germanEuroFile());
	const choice = page.getByTestId('currency-choice');
	await expect(choice).toHaveValue('EUR');
	await expect(choice.locator('option').first()).toHaveText(
		'detected: EUR — € (Euro) (written with the values of “Betrag”)'
	);
	// The choice is offered: plain numbers, or another currency.
	await expect(choice.locator('option', { hasText: 'none — plain numbers' })).toHaveCount(1);
	await expect(choice.locator('option[value="GBP"]')).toHaveCount(1);

	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('import-currency')).toHaveAttribute('data-value', 'EUR');
	// By hand: 12.50 + 1,200.00 + 7.00 = 1,219.50.
	await expect(page.locator('[data-metric="import.netRevenue"]')).toHaveText('€1,219.50');

	await page.waitForURL(/[?&]dataset=/);
	const id = new URL(page.url()).searchParams.get('dataset');
	await page.goto(`value/?dataset=${id}`);
	const revenue = page.locator('[data-metric="revenue.net"]');
	await expect(revenue).toHaveText('€1,219.50', { timeout: 60_000 });
	expect(await metric(page, 'revenue.net')).toBeCloseTo(1219.5, 6);
	// The top-N export names it too: a `currency` column on every row, none for plain numbers.
	const exported = async () => {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
		const [header, ...rows] = parseCsv(readFileSync(await (await download).path(), 'utf8'));
		return { header, currencies: rows.map((row) => row[header.indexOf('currency')]) };
	};
	expect((await exported()).currencies).toEqual(['EUR', 'EUR']);

	// Changed in the dataset settings: every amount follows, and the choice is kept.
	await page.getByTestId('settings-currency').selectOption('GBP');
	await expect(revenue).toHaveText('£1,219.50');
	await expect.poll(() => savedCurrency(page, id ?? '')).toBe('GBP');
	await page.reload();
	await expect(page.locator('[data-metric="revenue.net"]')).toHaveText('£1,219.50', {
		timeout: 60_000
	});
	expect((await exported()).currencies).toEqual(['GBP', 'GBP']);
	await page.getByTestId('settings-currency').selectOption({ label: 'none — plain numbers' });
	await expect(page.locator('[data-metric="revenue.net"]')).toHaveText('1,219.50');
	expect((await exported()).header).not.toContain('currency');
});

test('a file that names no currency shows plain numbers until one is chosen', async ({ page }) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(alignedWithDecimalCommas());
	await page.getByTestId('delimiter-choice').selectOption({ label: 'spaces (aligned columns)' });
	// The file is read again with the new delimiter, and the mapping made anew: a currency chosen
	// before that lands would be lost (CI once imported without it).
	await expect(page.locator('select[data-column="customer"]')).toHaveValue('customer');
	const choice = page.getByTestId('currency-choice');
	await expect(choice).toHaveValue('');
	await choice.selectOption('GBP');
	await expect(choice).toHaveValue('GBP');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	// By hand: 11.77 + 25.50 + 4.20 + 60.00 = 101.47.
	await expect(page.locator('[data-metric="import.netRevenue"]')).toHaveText('£101.47');
});
