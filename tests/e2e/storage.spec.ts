import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFile, loadDemo } from './journeys';

const RAGGED = join(process.cwd(), 'tests', 'fixtures', 'bad', 'ragged-rows.csv');

/** Counts what Sieve's IndexedDB holds, read directly in the page. */
async function storedCounts(page: Page): Promise<{ datasets: number; chunks: number }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('sieve');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['datasets', 'chunks'], 'readonly');
					const datasets = tx.objectStore('datasets').count();
					const chunks = tx.objectStore('chunks').count();
					tx.oncomplete = () => {
						db.close();
						resolve({ datasets: datasets.result, chunks: chunks.result });
					};
				};
			})
	);
}

test('a dataset is kept: listed on the home page, reopened after a reload, renamed and deleted', async ({
	page
}) => {
	const id = await importFile(page, RAGGED);
	await page.goto('');
	const row = page.locator(`tr[data-dataset="${id}"]`);
	await expect(row).toContainText('ragged-rows');
	await expect(row.locator('td').nth(1)).toHaveText('2');

	// A reload reads the columns back from IndexedDB: no file is chosen again.
	await page.reload();
	await page.goto(`value/?dataset=${id}`);
	await expect(page.locator('[data-metric="customers.count"]')).toHaveAttribute('data-value', '2');

	await page.goto('');
	await row.getByRole('button', { name: /Rename/ }).click();
	await page.getByLabel('New name').fill('Spring orders');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(row).toContainText('Spring orders');
	await page.reload();
	await expect(page.locator(`tr[data-dataset="${id}"]`)).toContainText('Spring orders');

	await page
		.locator(`tr[data-dataset="${id}"]`)
		.getByRole('button', { name: /Delete/ })
		.click();
	await expect(page.locator(`tr[data-dataset="${id}"]`)).toHaveCount(0);
	// A deletion can be undone for a few seconds (issue 20): its data go when the undo runs out.
	await expect
		.poll(() => storedCounts(page), { timeout: 30_000 })
		.toEqual({ datasets: 0, chunks: 0 });
});

test('“Delete all my data” clears every dataset', async ({ page }) => {
	await importFile(page, RAGGED);
	await importFile(page, RAGGED);
	await page.goto('');
	await expect(page.locator('tr[data-dataset]')).toHaveCount(2);
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await page.getByRole('button', { name: 'Yes, delete all' }).click();
	await expect(page.locator('tr[data-dataset]')).toHaveCount(0);
	expect(await storedCounts(page)).toEqual({ datasets: 0, chunks: 0 });
});

function largeFile(lines: number): string {
	const dir = join(tmpdir(), 'sieve-e2e');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `save-${lines}.csv`);
	if (existsSync(path)) return path;
	const parts = ['order,customer,date,amount,product\n'];
	for (let i = 0; i < lines; i++) {
		parts.push(
			`O${i},C${(i * 7919) % 200_003},2024-05-${1 + (i % 28)},${(i % 89) + 1},P${i % 5000}\n`
		);
	}
	writeFileSync(path, parts.join(''));
	return path;
}

test('a page closed while saving leaves no dataset behind, and the next start clears its chunks', async ({
	page,
	context
}) => {
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(largeFile(1_500_000));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// Wait until the save has begun (its pending record exists), then close the tab at once.
	const pending = await page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				const deadline = performance.now() + 60_000;
				const poll = () => {
					const request = indexedDB.open('sieve');
					request.onsuccess = () => {
						const db = request.result;
						const all = db.transaction('datasets').objectStore('datasets').getAll();
						all.onsuccess = () => {
							db.close();
							const half = (all.result as { ready: boolean }[]).some((r) => !r.ready);
							if (half) resolve(true);
							else if (performance.now() > deadline) resolve(false);
							else setTimeout(poll, 5);
						};
					};
					request.onerror = () => setTimeout(poll, 5);
				};
				poll();
			})
	);
	expect(pending).toBe(true);
	await page.close({ runBeforeUnload: false });

	const next = await context.newPage();
	await next.goto('');
	await expect(next.getByRole('heading', { name: 'Datasets kept in this browser' })).toBeVisible();
	await expect(next.locator('tr[data-dataset]')).toHaveCount(0);
	await expect.poll(() => storedCounts(next)).toEqual({ datasets: 0, chunks: 0 });
});

test('a large import saves its first columns while it parses, and cancelling it leaves nothing stored', async ({
	page
}) => {
	// 4M lines (~170 MB): read in pieces, and each column passes 8 MB (a stored chunk) early on.
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(largeFile(4_000_000));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const progress = page.getByTestId('import-progress');
	await expect(progress).toBeVisible();
	// Chunks are stored while the file is still being parsed (the bar shows the parsing phase).
	await expect
		.poll(async () => (await storedCounts(page)).chunks, { timeout: 60_000, intervals: [50] })
		.toBeGreaterThan(0);
	await expect(progress).toBeVisible();
	await expect(page.getByTestId('import-summary')).toHaveCount(0);
	await progress.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Import cancelled')).toBeVisible();
	await expect.poll(() => storedCounts(page)).toEqual({ datasets: 0, chunks: 0 });
});

test('an upgrade in another tab is not blocked: this tab lets go and says to reload', async ({
	page,
	context
}) => {
	await importFile(page, RAGGED);
	await page.goto('');
	await expect(page.locator('tr[data-dataset]')).toHaveCount(1);

	// A newer Sieve in a second tab opens the database at a higher version.
	const newer = await context.newPage();
	await newer.goto('');
	const upgraded = await newer.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const request = indexedDB.open('sieve', 99);
				request.onblocked = () => resolve('blocked');
				request.onsuccess = () => {
					request.result.close();
					resolve('upgraded');
				};
				request.onerror = () => resolve(`error: ${request.error?.message}`);
			})
	);
	expect(upgraded).toBe('upgraded');
	await expect(page.getByRole('alert').filter({ hasText: /reload/i })).toBeVisible();
});

test('trying the demo twice opens the kept demo instead of storing a second copy', async ({
	page
}) => {
	const first = await loadDemo(page);
	const second = await loadDemo(page);
	expect(second).toBe(first);
	await page.goto('');
	await expect(page.locator('tr[data-dataset]')).toHaveCount(1);
});

test('a tab whose open dataset is deleted in another tab says so, with a way to the Data page', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	await expect(page.locator('[data-metric="rfm.segments"]')).toBeVisible({ timeout: 60_000 });

	const other = await page.context().newPage();
	await other.goto('');
	await other
		.locator(`tr[data-dataset="${id}"]`)
		.getByRole('button', { name: /Delete/ })
		.click();
	await expect(other.locator(`tr[data-dataset="${id}"]`)).toHaveCount(0);
	await other.close();

	const notice = page.locator('[data-notice="dataset-deleted"]');
	await expect(notice).toContainText('was deleted in another tab');
	await notice.getByRole('link', { name: 'Go to the Data page' }).click();
	await expect(page).toHaveURL(/\/data\/$/);
});
