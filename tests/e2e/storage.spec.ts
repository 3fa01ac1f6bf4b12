import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFile, loadDemo } from './journeys';

const RAGGED = join(process.cwd(), 'tests', 'fixtures', 'bad', 'ragged-rows.csv');

interface StoredCounts {
	datasets: number;
	chunks: number;
	/** Directories and files under `datasets/` of the origin private file system. */
	files: number;
	/** Bytes of those files. */
	fileBytes: number;
}

const NOTHING_STORED: StoredCounts = { datasets: 0, chunks: 0, files: 0, fileBytes: 0 };

/** Counts what Sieve's IndexedDB and column files hold, read directly in the page. */
async function storedCounts(page: Page): Promise<StoredCounts> {
	const { datasets, chunks } = await page.evaluate(
		() =>
			new Promise<{ datasets: number; chunks: number }>((resolve, reject) => {
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
	const files = await columnFiles(page);
	return {
		datasets,
		chunks,
		files: Object.keys(files).length,
		fileBytes: Object.values(files).reduce((sum, size) => sum + size, 0)
	};
}

/**
 * Sieve's column files (`datasets/<id>/<column>`) and their sizes, each dataset's directory as
 * `<id>` (size 0), read directly in the page.
 */
async function columnFiles(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async () => {
		const found: Record<string, number> = {};
		const root = await navigator.storage.getDirectory();
		let datasets: FileSystemDirectoryHandle;
		try {
			datasets = await root.getDirectoryHandle('datasets');
		} catch {
			return found;
		}
		for await (const [id, directory] of datasets.entries()) {
			found[id] = 0; // an empty directory counts too
			if (directory.kind !== 'directory') continue;
			for await (const [name, file] of (directory as FileSystemDirectoryHandle).entries()) {
				if (file.kind !== 'file') continue;
				found[`${id}/${name}`] = (await (file as FileSystemFileHandle).getFile()).size;
			}
		}
		return found;
	});
}

test('a dataset is kept: listed on the home page, reopened after a reload, renamed and deleted', async ({
	page
}) => {
	const id = await importFile(page, RAGGED);
	await page.goto('');
	const row = page.locator(`tr[data-dataset="${id}"]`);
	await expect(row).toContainText('ragged-rows');
	await expect(row.locator('td').nth(1)).toHaveText('2');

	// The worker wrote the typed columns as files of the origin private file system; the
	// dictionaries' strings are in IndexedDB.
	const files = await columnFiles(page);
	expect(files[`${id}/orders.day`]).toBeGreaterThan(0);
	expect(files[`${id}/orders.amount`]).toBeGreaterThan(0);
	expect(Object.keys(files).every((name) => name.startsWith(id))).toBe(true);
	expect((await storedCounts(page)).chunks).toBeGreaterThan(0);

	// A reload reads the columns back from IndexedDB and the files: no file is chosen again.
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
	await expect.poll(() => storedCounts(page), { timeout: 30_000 }).toEqual(NOTHING_STORED);
});

test('one dataset opened in two tabs: each reads its column files', async ({ page, context }) => {
	const id = await importFile(page, RAGGED);
	const other = await context.newPage();
	// Both tabs' workers read the same files (read-only sync access handles may share a file).
	await Promise.all([page.goto(`value/?dataset=${id}`), other.goto(`value/?dataset=${id}`)]);
	for (const tab of [page, other]) {
		await expect(tab.locator('[data-metric="customers.count"]')).toHaveAttribute('data-value', '2');
	}
	await other.close();
});

test('“Delete all my data” clears every dataset', async ({ page }) => {
	await importFile(page, RAGGED);
	await importFile(page, RAGGED);
	await page.goto('');
	await expect(page.locator('tr[data-dataset]')).toHaveCount(2);
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await page.getByRole('button', { name: 'Yes, delete all' }).click();
	await expect(page.locator('tr[data-dataset]')).toHaveCount(0);
	await expect.poll(() => storedCounts(page)).toEqual(NOTHING_STORED);
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
	await expect.poll(() => storedCounts(next)).toEqual(NOTHING_STORED);
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
	// Columns are stored while the file is still being parsed (the bar shows the parsing phase).
	await expect
		.poll(async () => (await storedCounts(page)).fileBytes, { timeout: 60_000, intervals: [50] })
		.toBeGreaterThan(0);
	await expect(progress).toBeVisible();
	await expect(page.getByTestId('import-summary')).toHaveCount(0);
	await progress.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Import cancelled')).toBeVisible();
	await expect.poll(() => storedCounts(page)).toEqual(NOTHING_STORED);
});

test('a full disk: the import says how much room it needed, and nothing of it stays stored', async ({
	baseURL
}) => {
	// An on-disk profile: Chromium enforces a site's quota on the column files of a profile kept on
	// disk, not on an off-the-record one (Playwright's usual context).
	const profile = mkdtempSync(join(tmpdir(), 'sieve-e2e-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
		baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('data/');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// The browser's quota for this site cut to 2 MB: the column files' writes hit it.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', {
			origin: new URL(page.url()).origin,
			quotaSize: 2 * 1024 * 1024
		});
		await page.getByTestId('orders-file').setInputFiles(largeFile(400_000));
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		// Which sentence depends on the browser's estimate, which does not show the cut quota here.
		await expect(
			page
				.getByRole('alert')
				.filter({ hasText: /(refused to save|Not enough room .* to save) “save-400000”/ })
		).toContainText(/about \d+(\.\d)? MB/, { timeout: 60_000 });
		await expect.poll(() => storedCounts(page)).toEqual(NOTHING_STORED);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
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
