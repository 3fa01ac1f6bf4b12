import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo, metric, parseCsv } from './journeys';

/** Every `segment.<slug>.count` on the page, by slug. */
async function segmentCounts(page: Page): Promise<Record<string, number>> {
	const cells = page.locator('[data-metric^="segment."][data-metric$=".count"]');
	const counts: Record<string, number> = {};
	for (const cell of await cells.all()) {
		const name = (await cell.getAttribute('data-metric')) ?? '';
		counts[name.slice('segment.'.length, -'.count'.length)] = Number(
			await cell.getAttribute('data-value')
		);
	}
	return counts;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test('segments: counts add up, a widened rule changes them, a segment exports and the edit persists', async ({
	page
}) => {
	const datasetId = await loadDemo(page);

	await page.goto(`segments/?dataset=${datasetId}`);
	await expect(page.locator('[data-metric="rfm.segments"]')).toBeVisible({ timeout: 60_000 });
	const customers = await metric(page, 'customers.count');
	const before = await segmentCounts(page);
	expect(Object.keys(before)).toContain('champions');
	expect(Object.keys(before)).toContain('others');
	expect(sum(before)).toBe(customers);
	const nonEmpty = Object.values(before).filter((count) => count > 0).length;
	expect(await metric(page, 'rfm.segments')).toBe(nonEmpty);

	// Widen Champions from R 5 to R 4–5: customers scored R4 F5 M5 move to Champions.
	await page.getByLabel('Champions: lowest R').selectOption('4');
	const championsCount = page.locator('[data-metric="segment.champions.count"]');
	await expect(championsCount).not.toHaveAttribute('data-value', String(before.champions));
	const after = await segmentCounts(page);
	expect(after.champions).toBeGreaterThan(before.champions);
	expect(sum(after)).toBe(customers);

	// The grid selects a cell's customers.
	const cell = page.locator('[data-cell="5-5"]');
	await cell.focus();
	await page.keyboard.press('Enter');
	await expect(cell).toHaveAttribute('aria-pressed', 'true');
	expect(await metric(page, 'rfm.selection.count')).toBeGreaterThan(0);

	// Export Champions as a campaign CSV and read it back.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export Champions as CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/champions\.csv$/);
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [header, ...rows] = parseCsv(text);
	expect(header.slice(0, 1)).toEqual(['customer_id']);
	for (const column of ['name', 'email', 'net_revenue', 'segment', 'r', 'f', 'm', 'tags']) {
		expect(header).toContain(column);
	}
	expect(rows).toHaveLength(after.champions);
	const segmentColumn = header.indexOf('segment');
	expect(new Set(rows.map((row) => row[segmentColumn]))).toEqual(new Set(['Champions']));
	const rColumn = header.indexOf('r');
	expect(rows.every((row) => row[rColumn] === '4' || row[rColumn] === '5')).toBe(true);
	expect(rows.flat().filter((value) => value.startsWith('='))).toEqual([]);

	// Settings are saved with the dataset: a fresh visit without the link's fragment keeps the rule.
	await expect.poll(() => linkedSettings(new URL(page.url()).hash)).not.toBeNull();
	await page.waitForTimeout(500);
	await page.goto(`segments/?dataset=${datasetId}`);
	expect(new URL(page.url()).hash).toBe('');
	await expect(page.getByLabel('Champions: lowest R')).toHaveValue('4', { timeout: 60_000 });
	await expect(championsCount).toHaveAttribute('data-value', String(after.champions));

	// A rules file with a mistake is refused with the reader's message; a good one replaces the rules.
	await page.getByTestId('rules-file').setInputFiles({
		name: 'bad-rules.json',
		mimeType: 'application/json',
		buffer: Buffer.from('[{"name": "Everyone", "recency": [1, 6]}]')
	});
	await expect(page.getByRole('alert')).toContainText(
		'bad-rules.json: rule 1 ("Everyone"): recency must be [min, max]'
	);
	await page.getByTestId('rules-file').setInputFiles({
		name: 'one-rule.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				rules: [{ name: 'Everyone', recency: [1, 5], frequency: [1, 5], monetary: [1, 5] }]
			})
		)
	});
	await expect(page.locator('[data-metric="segment.everyone.count"]')).toHaveAttribute(
		'data-value',
		String(customers)
	);
	expect(await metric(page, 'rfm.segments')).toBe(1);
});

test('a customer explained on the Segments view opens with their orders and every feature', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	await page.getByRole('button', { name: /^Explain .* \(Champions\)$/ }).click();
	const heading = page.getByRole('heading', { name: /^Customer .*: Champions$/ });
	await expect(heading).toBeVisible();
	const customer = /^Customer (.*): Champions$/.exec((await heading.innerText()).trim())?.[1];
	await page.getByRole('button', { name: `Orders and every feature of ${customer}` }).click();
	const dialog = page.getByTestId('customer-detail');
	await expect(dialog.getByRole('heading', { name: `Customer ${customer}` })).toBeVisible();
	await expect(dialog.getByRole('img', { name: /Orders of customer/ })).toBeVisible();
	// Features travel as raw values with a kind; the dialog formats them.
	const recency = dialog.locator('div:has(> dt:text-is("Recency")) dd');
	const days = Number(await recency.getAttribute('data-value'));
	expect(Number.isInteger(days)).toBe(true);
	await expect(recency).toHaveText(`${days.toLocaleString('en-GB')} days`);
	await expect(dialog.locator('div:has(> dt:text-is("First order")) dd')).toHaveText(
		/^\d{4}-\d{2}-\d{2}$/
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});
