import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo, metric, metricText } from './journeys';

/** `YYYY-MM-DD` three calendar months earlier (the day clamped to the month's length). */
function threeMonthsBefore(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	const first = new Date(Date.UTC(year, month - 1 - 3, 1));
	const monthLength = new Date(
		Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)
	).getUTCDate();
	first.setUTCDate(Math.min(day, monthLength));
	return first.toISOString().slice(0, 10);
}

/** The start date a settings link carries, or null. */
const linkedStartDate = (hash: string) => linkedSettings(hash)?.dataset?.startDate ?? null;

test('period: choosing the last quarter narrows every view, is printed under the title and survives a reload', async ({
	page
}) => {
	const datasetId = await loadDemo(page);
	await page.goto(`value/?dataset=${datasetId}`);
	const everyone = await metric(page, 'customers.count');
	const firstDay = await metricText(page, 'period.start');
	const analysisDate = await metricText(page, 'period.analysisDate');
	expect(await metricText(page, 'period.end')).not.toBe('');

	const linkBefore = new URL(page.url()).hash;
	await page.getByRole('button', { name: 'Last quarter' }).click();
	const start = threeMonthsBefore(analysisDate);
	await expect(page.locator('[data-metric="period.start"]')).toHaveAttribute('data-value', start);
	expect(start > firstDay).toBe(true);
	await expect(page.getByRole('button', { name: 'Last quarter' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByLabel('Start date')).toHaveValue(start);
	const customers = page.locator('[data-metric="customers.count"]');
	await expect(customers).not.toHaveAttribute('data-value', String(everyone));
	const quarter = await metric(page, 'customers.count');
	expect(quarter).toBeGreaterThan(0);
	expect(quarter).toBeLessThan(everyone);
	await expect(page.getByTestId('period-line')).toContainText(`Orders from ${start} to`);

	// In the link (written once the change is saved): a reload keeps the period and its figures.
	await page.waitForURL((url) => url.hash !== linkBefore && linkedStartDate(url.hash) === start);
	await page.reload();
	await expect(page.locator('[data-metric="period.start"]')).toHaveAttribute('data-value', start);
	await expect(customers).toHaveAttribute('data-value', String(quarter));

	// Saved with the dataset (this URL has no fragment): another view analyses the same period.
	await page.goto(`segments/?dataset=${datasetId}`);
	await expect(page.locator('[data-metric="period.start"]')).toHaveAttribute('data-value', start);
	expect(await metric(page, 'customers.count')).toBe(quarter);

	// Everything again.
	await page.getByRole('button', { name: 'Everything' }).click();
	await expect(page.locator('[data-metric="period.start"]')).toHaveAttribute(
		'data-value',
		firstDay
	);
	await expect(customers).toHaveAttribute('data-value', String(everyone));
});

test('segments: the method exports as SQL, frozen or recomputed, with what it leaves out', async ({
	page
}) => {
	const datasetId = await loadDemo(page);
	await page.goto(`segments/?dataset=${datasetId}`);
	await expect(page.locator('[data-metric="rfm.segments"]')).toBeVisible({ timeout: 60_000 });
	const analysisDate = await metricText(page, 'period.analysisDate');
	const section = page.getByRole('region', { name: 'Export as SQL' });

	await section.getByLabel('Dialect').selectOption('duckdb');
	await section.getByLabel(/recomputed in SQL/).check();
	let download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Export as SQL' }).click();
	const recomputed = await readFile((await (await download).path()) as string, 'utf8');
	expect(recomputed.startsWith('--')).toBe(true);
	expect(recomputed).toContain('quantile_cont');
	expect(recomputed).toContain(`DATE '${analysisDate}'`);
	expect(recomputed).not.toContain('CURRENT_DATE');
	// The demo's customers file gives the influencer and effort tags (a table `customers`); with no
	// costs set in the Profit view, the contribution is what the SQL leaves out.
	expect(recomputed).toMatch(/influencer, high_service_effort, abc\.\n/);
	await expect(section.getByTestId('sql-export-status')).toContainText('contribution');
	await expect(section.getByTestId('sql-exact-sums')).toBeVisible();

	await section.getByLabel('Dialect').selectOption('postgres');
	await section.getByLabel(/frozen/).check();
	download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Export as SQL' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/-segments-postgres-frozen\.sql$/);
	const frozen = await readFile((await file.path()) as string, 'utf8');
	expect(frozen.startsWith('--')).toBe(true);
	// Frozen R, F and M cut points (the only quantile left is the influencer tag's, over influence).
	expect(frozen).toContain('-- Cut points: R frozen, F frozen, M frozen; influencer:');
	expect(frozen).toContain(`DATE '${analysisDate}'`);
});
