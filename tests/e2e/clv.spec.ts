import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFile, loadDemo, metric, parseCsv } from './journeys';

/** CDNOW's sample as it is (gzip, whitespace-separated, no header), from `../shared/data/`. */
const CDNOW = fileURLToPath(new URL('../../../shared/data/CDNOW_sample.txt.gz', import.meta.url));

/**
 * The holdout reference, by an independent DuckDB query on the raw file: repeat transaction days
 * (days with a line ≥ 0) in (1997-09-30, 1998-06-30] of customers with a purchase day on or
 * before 1997-09-30. DuckDB reads each line whole and splits it on runs of spaces itself.
 */
async function referenceHoldout(): Promise<{ calibration: number; holdout: number }> {
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	const reader = await connection.runAndReadAll(`
		with fields as (
			select regexp_split_to_array(trim(line), '\\s+') as f from read_csv('${CDNOW}',
				header = false, delim = '\\t', quote = '', columns = {'line': 'varchar'})
			where trim(line) <> ''
		), days as (
			select distinct f[1] as customer, strptime(f[3], '%Y%m%d')::date as day from fields
			where f[5]::double >= 0
		), cohort as (select customer, min(day) as first from days group by customer
			having min(day) <= date '1997-09-30')
		select
			(select count(*) - count(distinct d.customer) from days d join cohort using (customer)
				where d.day <= date '1997-09-30')::integer,
			(select count(*) from days d join cohort using (customer)
				where d.day > date '1997-09-30' and d.day <= date '1998-06-30')::integer`);
	const [calibration, holdout] = reader.getRows()[0] as [number, number];
	connection.closeSync();
	return { calibration, holdout };
}

/** Every `data-value` on the page is a finite number (or an ISO date / word), never NaN. */
async function expectNoNaN(page: Page): Promise<void> {
	const values = await page
		.locator('[data-metric]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value') ?? ''));
	expect(values.length).toBeGreaterThan(0);
	for (const value of values) expect(value).not.toMatch(/NaN|Infinity/);
	await expect(page.locator('main')).not.toContainText('NaN');
}

test('the Lifetime value view fits CDNOW to the published BG/NBD figures', async ({
	page
}, testInfo) => {
	const reference = await referenceHoldout();
	expect(reference.calibration).toBe(2457);

	// The raw .gz through the Data page's file chooser, with the suggested mapping.
	const id = await importFile(page, CDNOW);
	await page.goto(`clv/?dataset=${id}`);
	await expect(page.getByRole('link', { name: 'Lifetime value' })).toBeVisible();
	await expect(page.locator('[data-metric="clv.r"]')).toBeVisible({ timeout: 60_000 });
	await page.getByLabel('Calibration ends (inclusive)').fill('1997-09-30');
	await page.getByLabel('Holdout ends (optional)').fill('1998-06-30');
	await page.getByRole('radio', { name: 'weeks' }).check();
	await expect(page.getByText('Calibration to 1997-09-30, holdout to 1998-06-30')).toBeVisible({
		timeout: 60_000
	});

	expect(await metric(page, 'clv.calibrationRepeatTransactions')).toBe(2457);
	expect(await metric(page, 'clv.r')).toBeCloseTo(0.2426, 3);
	expect(await metric(page, 'clv.alpha')).toBeCloseTo(4.4136, 3);
	expect(await metric(page, 'clv.a')).toBeCloseTo(0.7929, 3);
	expect(await metric(page, 'clv.b')).toBeCloseTo(2.4259, 3);
	expect(Math.abs((await metric(page, 'clv.logLikelihood')) - -9582.43)).toBeLessThanOrEqual(0.01);
	expect(await metric(page, 'clv.p')).toBeCloseTo(6.2496, 2);
	expect(await metric(page, 'clv.q')).toBeCloseTo(3.7442, 2);
	expect(await metric(page, 'clv.v')).toBeCloseTo(15.4435, 1);
	expect(await metric(page, 'clv.holdoutActual')).toBe(reference.holdout);
	const predicted = await metric(page, 'clv.holdoutPredicted');
	// BG/NBD under-forecasts CDNOW's holdout a little (FHL 2005, fig. 3): within 15%, below.
	expect(predicted).toBeGreaterThan(reference.holdout * 0.85);
	expect(predicted).toBeLessThan(reference.holdout);
	await expectNoNaN(page);

	// The one-time buyers are explained plainly.
	await expect(page.getByTestId('clv-one-time')).toContainText('P(alive) = 100%');

	// The holdout chart: cut-off marked, keyboard read-out, screenshot to look at.
	const tracking = page.getByRole('slider', { name: /Holdout check/ });
	await expect(tracking).toBeVisible();
	await expect(page.locator('[data-chart="clv-tracking"]')).toContainText(
		'calibration ends 1997-09-30'
	);
	await tracking.focus();
	await page.keyboard.press('End');
	await expect(tracking).toHaveAttribute('aria-valuetext', /holdout\): [\d,]+ actual/);
	await tracking
		.locator('xpath=ancestor::section[1]')
		.screenshot({ path: testInfo.outputPath('clv-holdout.png') });
	await page.screenshot({ path: testInfo.outputPath('clv-page.png'), fullPage: true });

	// The other charts read out too, and every chart has a table.
	const grid = page.getByRole('slider', { name: /P\(alive\) by repeat purchases/ });
	await grid.focus();
	await page.keyboard.press('Home');
	await expect(grid).toHaveAttribute('aria-valuetext', /0 repeat purchases.*P\(alive\) 100\.0%/);
	await page.keyboard.press('ArrowUp');
	await expect(grid).toHaveAttribute('aria-valuetext', /^1 repeat purchase,/);
	for (const name of [/Mean transactions in the/, /Distribution of predicted value/]) {
		await expect(page.getByRole('slider', { name })).toBeVisible();
	}
	const tableButtons = page.getByRole('button', { name: 'Table', exact: true });
	expect(await tableButtons.count()).toBe(4);
	await tableButtons.first().click();
	await expect(page.locator('table').filter({ hasText: 'Expected (cumulative)' })).toBeVisible();

	// Ranked customers: searchable, and the CSV holds every cohort customer in rank order.
	const rows = page.getByTestId('clv-customers').locator('tbody tr');
	await expect(rows).toHaveCount(100);
	const topIds = await rows.locator('td:nth-child(2)').allTextContents();
	await page.getByLabel('Find a customer').fill(topIds[0].trim());
	await expect(rows.first().locator('td:nth-child(2)')).toHaveText(topIds[0].trim());
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const cells = parseCsv(readFileSync(await (await download).path(), 'utf8'));
	expect(cells[0]).toEqual([
		'customer_id',
		'frequency',
		'recency',
		'T',
		'p_alive',
		'expected_purchases',
		'expected_spend',
		'clv'
	]);
	expect(cells).toHaveLength(2358);
	expect(cells.slice(1, 11).map((row) => row[0])).toEqual(topIds.slice(0, 10).map((t) => t.trim()));

	// The options travel with the dataset: a reload keeps them.
	await page.reload();
	await expect(page.getByText('Calibration to 1997-09-30, holdout to 1998-06-30')).toBeVisible({
		timeout: 60_000
	});
	expect(await metric(page, 'clv.r')).toBeCloseTo(0.2426, 3);

	// The Value view ranks the top list by predicted value when asked (off by default), from the
	// joined fit: calibrated to the last day analysed — CDNOW's last day, 1998-06-30 (no analysis
	// date is set), with no holdout, whatever dates the Lifetime value view checks its model on.
	await page.goto(`value/?dataset=${id}`);
	await expect(page.getByTestId('top-customers')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('value-predicted-note')).toHaveCount(0);
	await page.getByLabel('Predicted value (next 365 days)').selectOption('rank');
	await expect(page.getByTestId('value-predicted-note')).toContainText('after 1998-06-30', {
		timeout: 60_000
	});
	await expect(page.getByRole('heading', { name: /customers by predicted value/ })).toBeVisible();
	await expect(
		page.getByTestId('top-customers').getByRole('button', { name: /Predicted value/ })
	).toBeVisible();
	await expect(page.locator('main')).not.toContainText('NaN');
	await page
		.getByTestId('top-customers')
		.locator('xpath=ancestor::section[1]')
		.screenshot({ path: testInfo.outputPath('value-predicted.png') });
});

test('the Lifetime value view runs on the demo business and refuses a bad holdout', async ({
	page
}, testInfo) => {
	const id = await loadDemo(page);
	await page.goto(`clv/?dataset=${id}`);
	await expect(page.locator('[data-metric="clv.cohortCustomers"]')).toBeVisible({
		timeout: 60_000
	});
	await expectNoNaN(page);
	const failed = page.locator('.error[role="alert"]');
	const fitted = (await page.locator('[data-metric="clv.r"]').count()) > 0;
	if (!fitted) await expect(failed.first()).toContainText('Try:');
	await page.screenshot({ path: testInfo.outputPath('clv-demo.png'), fullPage: true });

	const calibration = await page.getByLabel('Calibration ends (inclusive)').inputValue();
	const before = await metric(page, 'clv.cohortCustomers');
	await page.getByLabel('Holdout ends (optional)').fill(calibration);
	await expect(page.getByRole('alert')).toContainText(
		'The holdout end must come after the calibration end.'
	);
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
	expect(await metric(page, 'clv.cohortCustomers')).toBe(before);

	// A cut-off before the first purchase says so, with what to try — never NaN.
	await page.getByLabel('Calibration ends (inclusive)').fill('1990-01-01');
	await expect(page.getByTestId('clv-failure')).toContainText('no customer made a purchase');
	await expect(page.getByTestId('clv-failure')).toContainText('Try:');
	await expect(page.locator('main')).not.toContainText('NaN');
});
