import { readFile, writeFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './journeys';

/** The method a `#m1=` link carries, decoded here with Node's zlib (not the code under test). */
function linkedMethod(link: string): string {
	const body = new URL(link).hash.replace(/^#m1=/, '');
	return inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8');
}

/** A small orders file of another business: 40 customers, 3 orders each over a year. */
function otherBusinessCsv(): string {
	const lines = ['customer_id,order_id,order_date,amount'];
	for (let c = 0; c < 40; c++) {
		for (let o = 0; o < 3; o++) {
			const day = new Date(Date.UTC(2024, (c + o * 4) % 12, 1 + ((c * 7 + o) % 27)));
			lines.push(
				`K${100 + c},N${c}-${o},${day.toISOString().slice(0, 10)},${(10 + ((c * 13 + o * 5) % 90)).toFixed(2)}`
			);
		}
	}
	return `${lines.join('\n')}\n`;
}

async function openMethodMenu(page: Page): Promise<void> {
	const menu = page.getByTestId('method-menu');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

async function savedProject(
	page: Page,
	withData: boolean
): Promise<{ bytes: Buffer; path: string }> {
	await openMethodMenu(page);
	const tick = page.getByTestId('project-with-data');
	if ((await tick.isChecked()) !== withData) await tick.click();
	const [download]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('save-project').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.sieve\.json$/);
	const path = await download.path();
	return { bytes: await readFile(path), path };
}

test('method link: it holds no customer id, and a fresh browser applies it to the dataset it imports next', async ({
	page,
	browser
}, testInfo) => {
	const datasetId = await loadDemo(page);
	// The demo's customer ids, as the Value view lists its top customers.
	await page.goto(`value/?dataset=${datasetId}`);
	const idCells = page.getByTestId('top-customers').locator('tbody tr td:first-child');
	await expect(idCells.first()).toBeVisible({ timeout: 60_000 });
	const customerIds = (await idCells.allTextContents()).map((id) => id.trim()).filter(Boolean);
	expect(customerIds.length).toBeGreaterThan(10);

	await page.goto(`segments/?dataset=${datasetId}`);
	await page.getByLabel('Champions: lowest R').selectOption('4', { timeout: 60_000 });
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#m1=/);

	await openMethodMenu(page);
	const linkField = page.getByTestId('method-link');
	await expect(linkField).toHaveValue(/#m1=/);
	const link = await linkField.inputValue();
	expect(link).not.toContain('dataset=');
	expect(link.length).toBeLessThan(2000);
	const carried = linkedMethod(link);
	expect(JSON.parse(carried).segments.rules[0].recency).toEqual([4, 5]);
	for (const id of customerIds) expect(carried).not.toContain(`"${id}"`);
	expect(carried).not.toContain('"edits"');
	await expect(page.getByTestId('method-link-sections')).toContainText('Segments');

	// A fresh profile: no dataset at all. The copied link says what it carries and waits.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.getByTestId('method-pending')).toContainText(
		'This link carries an analysis method'
	);
	// So does the address bar's link, which names the sender's dataset (unknown here): no error.
	await other.goto(page.url().replace(/^.*?\/segments\//, 'segments/'));
	expect(new URL(other.url()).searchParams.get('dataset')).toBe(datasetId);
	await expect(other.getByTestId('method-pending')).toContainText(
		'This link carries an analysis method'
	);
	await expect(other.getByText('could not be opened')).toHaveCount(0);
	await expect(other.getByText(datasetId)).toHaveCount(0);
	// Through the header's Data link (the fragment is gone) to an import of another business.
	await other.getByRole('link', { name: 'Data', exact: true }).click();
	const csv = testInfo.outputPath('other-business.csv');
	await writeFile(csv, otherBusinessCsv());
	await other.getByTestId('orders-file').setInputFiles(csv);
	await other.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(other.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	await expect(other.getByTestId('method-notice')).toContainText(
		'The method from the link was applied to'
	);
	await expect(other.getByTestId('method-pending')).toHaveCount(0);
	// The summary shows before the address names the new dataset.
	await other.waitForURL((url) => ![null, datasetId].includes(url.searchParams.get('dataset')));
	const otherId = new URL(other.url()).searchParams.get('dataset');
	expect(otherId).toBeTruthy();
	expect(otherId).not.toBe(datasetId);
	// Kept with that dataset: a visit without any fragment shows the linked rule.
	await other.waitForTimeout(600);
	await other.goto(`segments/?dataset=${otherId}`);
	await expect(other.getByLabel('Champions: lowest R')).toHaveValue('4', { timeout: 60_000 });
	await fresh.close();
});

test('method link: a truncated link says so and changes nothing saved', async ({ page }) => {
	const datasetId = await loadDemo(page);
	await page.goto(`segments/?dataset=${datasetId}`);
	await page.getByLabel('Champions: lowest R').selectOption('4', { timeout: 60_000 });
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#m1=/);
	const hash = new URL(page.url()).hash;
	await page.waitForTimeout(600);
	await page.goto('data/'); // then the link opened anew, not a change of fragment in one page
	await page.goto(`segments/?dataset=${datasetId}${hash.slice(0, Math.floor(hash.length / 2))}`);
	await expect(page.getByTestId('method-notice')).toContainText('damaged');
	await expect(page.getByLabel('Champions: lowest R')).toHaveValue('4', { timeout: 60_000 });
});

test('project file: save → open → save gives the same bytes, without and with the data', async ({
	page
}) => {
	const datasetId = await loadDemo(page);
	await page.goto(`segments/?dataset=${datasetId}`);
	await page.getByLabel('Champions: lowest R').selectOption('4', { timeout: 60_000 });
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#m1=/);

	// Without data: opening it applies its settings to the open dataset.
	const first = await savedProject(page, false);
	const project = JSON.parse(first.bytes.toString('utf8'));
	expect(project).toMatchObject({ format: 'sieve-project', version: 1, dataset: null });
	await page.getByTestId('method-menu').getByTestId('project-file').setInputFiles(first.path);
	await expect(page.getByTestId('method-menu').getByTestId('project-opened')).toContainText(
		'now apply to'
	);
	const again = await savedProject(page, false);
	expect(again.bytes.equals(first.bytes)).toBe(true);

	// With data: opening it saves a new dataset with the project's settings, and opens it.
	const withData = await savedProject(page, true);
	expect(JSON.parse(withData.bytes.toString('utf8')).dataset.columns.length).toBeGreaterThan(3);
	await page.getByTestId('method-menu').getByTestId('project-file').setInputFiles(withData.path);
	await page.waitForURL((url) => {
		const id = url.searchParams.get('dataset');
		return id !== null && id !== datasetId;
	});
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	const reopened = await savedProject(page, true);
	expect(reopened.bytes.length).toBe(withData.bytes.length);
	expect(reopened.bytes.equals(withData.bytes)).toBe(true);

	// A truncated project file is refused with a clear message; the datasets stay as they were.
	const cut = withData.path.replace(/$/, '.cut.sieve.json');
	await writeFile(cut, withData.bytes.subarray(0, withData.bytes.length >> 1));
	await openMethodMenu(page);
	await page.getByTestId('method-menu').getByTestId('project-file').setInputFiles(cut);
	await expect(page.getByTestId('method-menu').getByTestId('project-problem')).toContainText(
		'cut short or edited'
	);
});

test('saved method: saved under a name, it starts the next import', async ({ page }, testInfo) => {
	const datasetId = await loadDemo(page);
	await page.goto(`segments/?dataset=${datasetId}`);
	await page.getByLabel('Champions: lowest R').selectOption('4', { timeout: 60_000 });
	await openMethodMenu(page);
	await page.getByTestId('method-name').fill('Monthly review');
	await page.getByRole('button', { name: 'Save this method' }).click();
	await expect(page.getByTestId('saved-methods')).toContainText('Monthly review');

	await page.goto('data/');
	await page.getByLabel('Start from the method of:').selectOption('Monthly review');
	await expect(page.getByTestId('method-pending')).toContainText('Monthly review');
	const csv = testInfo.outputPath('next-month.csv');
	await writeFile(csv, otherBusinessCsv());
	await page.getByTestId('orders-file').setInputFiles(csv);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('method-notice')).toContainText(
		'The method “Monthly review” was applied to'
	);
	// The summary shows before the address names the new dataset.
	await page.waitForURL((url) => ![null, datasetId].includes(url.searchParams.get('dataset')));
	const id = new URL(page.url()).searchParams.get('dataset');
	await page.waitForTimeout(600);
	await page.goto(`segments/?dataset=${id}`);
	await expect(page.getByLabel('Champions: lowest R')).toHaveValue('4', { timeout: 60_000 });
});
