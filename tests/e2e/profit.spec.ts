import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { DEMO_COSTS } from '../../src/lib/ingest/demo/costs';
import { generateDemoBusiness } from '../../src/lib/ingest/demo/index';
import { expect, test } from './fixtures';
import { loadDemo, metric, parseCsv } from './journeys';

/**
 * The demo's profit with its suggested costs, by an independent DuckDB query over the demo's own
 * CSV files: revenue − goods (the cost column) − 3 × orders − 12 × returns − 8 × tickets opened
 * before the analysis date − 2 × effort, a return being a (customer, order) pair whose lines sum below zero (or to
 * zero with a negative line).
 */
async function referenceProfit(): Promise<{
	customers: number;
	total: number;
	losing: number;
	positive: number;
}> {
	const demo = generateDemoBusiness({ seed: 1 });
	const dir = mkdtempSync(join(tmpdir(), 'sieve-profit-'));
	writeFileSync(join(dir, 'orders.csv'), demo.ordersCsv);
	writeFileSync(join(dir, 'customers.csv'), demo.customersCsv);
	writeFileSync(join(dir, 'tickets.csv'), demo.ticketsCsv);
	const db = await DuckDBInstance.create(':memory:');
	const connection = await db.connect();
	const { costPerOrder, costPerReturn, costPerTicket, costPerEffortPoint } = DEMO_COSTS;
	const reader = await connection.runAndReadAll(`
		WITH lines AS (
			SELECT customer_id AS c, order_id AS o, date::DATE AS day, quantity * unit_price AS amount, cost
			FROM read_csv('${join(dir, 'orders.csv')}', all_varchar = false)
		), period AS (
			SELECT max(day) + 1 AS analysis FROM lines
		), tickets AS (
			-- The tickets import leaves out a ticket resolved before it was opened (and says so).
			SELECT customer_id AS c, count(*) AS tickets
			FROM read_csv('${join(dir, 'tickets.csv')}', all_varchar = true), period
			WHERE opened::DATE < analysis
				AND (coalesce(resolved, '') = '' OR resolved::DATE >= opened::DATE)
			GROUP BY customer_id
		), pairs AS (
			SELECT c, o, sum(amount) AS s, sum(abs(amount)) AS a, count(*) FILTER (WHERE amount < 0) AS neg
			FROM lines GROUP BY c, o
		), counts AS (
			SELECT c,
				count(*) FILTER (WHERE NOT (s < -1e-9 * a OR (abs(s) <= 1e-9 * a AND neg > 0))) AS orders,
				count(*) FILTER (WHERE s < -1e-9 * a OR (abs(s) <= 1e-9 * a AND neg > 0)) AS returns
			FROM pairs GROUP BY c
		), money AS (
			SELECT c, sum(amount) AS revenue, sum(cost) AS goods FROM lines GROUP BY c
		), effort AS (
			SELECT customer_id AS c, coalesce(try_cast(service_effort AS DOUBLE), 0) AS effort
			FROM read_csv('${join(dir, 'customers.csv')}', all_varchar = true)
		), profit AS (
			SELECT revenue - goods - ${costPerOrder} * orders - ${costPerReturn} * returns
				- ${costPerTicket} * coalesce(tickets, 0) - ${costPerEffortPoint} * coalesce(effort, 0)
				AS contribution
			FROM counts JOIN money USING (c) LEFT JOIN effort USING (c) LEFT JOIN tickets USING (c)
			WHERE orders > 0
		)
		SELECT count(*)::INTEGER, sum(contribution)::DOUBLE,
			count(*) FILTER (WHERE contribution < 0)::INTEGER,
			count(*) FILTER (WHERE contribution > 0)::INTEGER
		FROM profit`);
	const [customers, total, losing, positive] = reader.getRows()[0] as number[];
	connection.closeSync();
	return { customers, total, losing, positive };
}

async function shot(page: Page, name: string, path: (name: string) => string) {
	await page.screenshot({ path: path(`${name}.png`), fullPage: true });
}

test('the demo business’s profit: the demo’s costs, costs edited, a grouping chosen, a what-if and the loss list exported', async ({
	page
}, testInfo) => {
	const expected = await referenceProfit();
	const id = await loadDemo(page);
	await page.goto(`profit/?dataset=${id}`);

	// The demo starts from its suggested costs; figures equal the independent query.
	await expect(page.getByTestId('costPerOrder')).toHaveValue(String(DEMO_COSTS.costPerOrder));
	await expect(page.locator('[data-metric="profit.losing"]')).toHaveAttribute(
		'data-value',
		String(expected.losing),
		{ timeout: 60_000 }
	);
	expect(await metric(page, 'profit.total')).toBeCloseTo(expected.total, 4);
	expect(await metric(page, 'profit.peakCustomerShare')).toBeCloseTo(
		expected.positive / expected.customers,
		12
	);
	const peakShare = await metric(page, 'profit.peakShare');
	const giveBack = await metric(page, 'profit.giveBackShare');
	expect(peakShare - giveBack).toBeCloseTo(1, 9);
	// The demo's tickets file is stored with it, and counted.
	await expect(page.getByText(/Tickets are counted from the tickets file/)).toBeVisible();
	await shot(page, 'profit-demo', testInfo.outputPath.bind(testInfo));

	// Costs edited: a bad value gets a message and is not applied; a good one is, and is saved.
	const perReturn = page.getByTestId('costPerReturn');
	await perReturn.fill('-5');
	await perReturn.press('Tab');
	await expect(page.getByRole('alert').filter({ hasText: 'cannot be negative' })).toBeVisible();
	expect(await metric(page, 'profit.losing')).toBe(expected.losing);
	await perReturn.fill('40');
	await perReturn.press('Tab');
	await expect
		.poll(() => metric(page, 'profit.losing'), { timeout: 30_000 })
		.toBeGreaterThan(expected.losing);
	await shot(page, 'profit-costs-edited', testInfo.outputPath.bind(testInfo));

	// A grouping chosen: purchase patterns, with marketing for one-time buyers.
	await page.getByTestId('profit-by').selectOption('pattern');
	const oneTime = page.locator('[data-metric="profit.group.one-time.marketing"]');
	await expect(oneTime).toHaveAttribute('data-value', '0', { timeout: 60_000 });
	const oneTimeCustomers = Number(
		await page.locator('[data-metric="profit.group.one-time.customers"]').getAttribute('data-value')
	);
	await page.getByText('Marketing cost per customer of each pattern').click();
	const marketing = page.getByTestId('marketing-one-time');
	await marketing.fill('2');
	await marketing.press('Tab');
	await expect(oneTime).toHaveAttribute('data-value', String(2 * oneTimeCustomers));
	await expect(page.getByRole('slider', { name: /Contribution per pattern/ })).toBeVisible();
	await shot(page, 'profit-by-pattern', testInfo.outputPath.bind(testInfo));

	// The whale curve reads out from the keyboard.
	const whale = page.getByRole('slider', { name: /Whale curve/ });
	await whale.focus();
	await page.keyboard.press('End');
	await expect(whale).toHaveAttribute('aria-valuetext', /The best [\d,]+ customers \(100\.0%\)/);

	// What if returns cost 50% more: more customers lose money, and the page counts the change.
	const losingBefore = await metric(page, 'profit.losing');
	const slider = page.getByTestId('what-if-returns');
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page.locator('[data-metric="profit.whatIf.changedSign"]')).toBeVisible();
	const becameLosing = await metric(page, 'profit.whatIf.becameLosing');
	expect(await metric(page, 'profit.losing')).toBe(losingBefore + becameLosing);
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.locator('[data-metric="profit.whatIf.changedSign"]')).toHaveCount(0);

	// The loss list: searchable, and exported as a CSV with no formula cell.
	const losing = await metric(page, 'profit.losing');
	const firstId = (
		await page.getByTestId('losing-customers').locator('[data-customer]').first().textContent()
	)?.trim();
	await page.getByTestId('losing-search').fill(firstId ?? '');
	await expect(page.getByTestId('losing-customers').locator('li').first()).toContainText(
		firstId ?? ''
	);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the list (CSV)' }).click();
	const path = await (await download).path();
	const rows = parseCsv(readFileSync(path, 'utf8'));
	expect(rows[0]).toEqual(expect.arrayContaining(['customer_id', 'contribution', 'to_break_even']));
	expect(rows).toHaveLength(losing + 1);
	const contribution = rows[0].indexOf('contribution');
	for (const row of rows.slice(1)) expect(Number(row[contribution])).toBeLessThan(0);
	for (const cell of rows.flat()) {
		if (/^[-+]?\d/.test(cell)) continue; // plain numbers are not formulas
		expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	}
	await shot(page, 'profit-loss-list', testInfo.outputPath.bind(testInfo));

	// The edited costs are saved with the dataset.
	await page.reload();
	await expect(page.getByTestId('costPerReturn')).toHaveValue('40');
	await expect(page.getByTestId('profit-by')).toHaveValue('pattern');
});
