import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo, metric, parseCsv } from './journeys';

const FROM = '2026-03-01';
const TO = '2026-07-01';

/** Chooses both dates the way a user does: type the date, leave the field. */
async function chooseDates(page: Page, from: string, to: string) {
	await page.getByLabel('To', { exact: true }).fill(to);
	await page.getByLabel('From', { exact: true }).fill(from);
}

test('the Movement view shows who moved where, lists a cell and exports it as a win-back list', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`movement/?dataset=${id}`);
	await metric(page, 'movement.customers');

	await chooseDates(page, FROM, TO);
	await expect(page.getByText(`${FROM} → ${TO} · by RFM segment`)).toBeVisible({
		timeout: 60_000
	});
	await expect(page.getByRole('status').filter({ hasText: 'Computing' })).toHaveCount(0);

	// Every customer of the later table either stayed, moved, or is new.
	const customers = await metric(page, 'movement.customers');
	const stayed = await metric(page, 'movement.stayed');
	const moved = await metric(page, 'movement.moved');
	const fresh = await metric(page, 'movement.new');
	const critical = await metric(page, 'movement.critical');
	expect(customers).toBeGreaterThan(0);
	expect(stayed + moved + fresh).toBe(customers);
	expect(critical).toBeLessThanOrEqual(moved);
	await expect(page.getByText(`Cut points of ${FROM} applied at both dates`)).toBeVisible();

	// The dates are saved with the dataset and travel in the link: a reload keeps them.
	const linkedFrom = () => linkedSettings(new URL(page.url()).hash)?.movement?.from;
	await expect.poll(linkedFrom).toBe(FROM);
	await page.reload();
	await expect(page.getByText(`${FROM} → ${TO} · by RFM segment`)).toBeVisible({
		timeout: 60_000
	});
	expect(await metric(page, 'movement.customers')).toBe(customers);

	// Gone: customers quiet for a year get their own group; nobody is lost from the count.
	await page.getByLabel(/no order in the last year/).check();
	await expect(page.getByText(/Gone after 365 days/)).toBeVisible({ timeout: 60_000 });
	expect(await metric(page, 'movement.gone')).toBeGreaterThan(0);
	expect(await metric(page, 'movement.customers')).toBe(customers);
	await page.getByLabel(/no order in the last year/).uncheck();
	await expect(page.locator('[data-metric="movement.gone"]')).toHaveCount(0);

	// The flows: keyboard read-out on the chart.
	const chart = page.getByRole('slider', { name: /Customer movement from/ });
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(chart).toHaveAttribute('aria-valuetext', /customers?.*Press Enter to list them/);

	// The matrix is the chart's table; its cells add up to the customers.
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	const matrix = page.getByTestId('movement-matrix');
	await expect(matrix).toBeVisible();
	const cells = matrix.locator('button[data-cell]');
	const counts = (await cells.allTextContents()).map((t) => Number(t.replace(/,/g, '')));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(customers);

	// Open the largest moving cell's customers.
	const keys = await cells.evaluateAll((buttons) =>
		buttons.map((b) => (b as HTMLElement).dataset.cell ?? '')
	);
	let best = -1;
	keys.forEach((key, i) => {
		const [from, to] = key.split('|');
		if (from !== to && from !== 'new' && (best < 0 || counts[i] > counts[best])) best = i;
	});
	const [fromSlug, toSlug] = keys[best].split('|');
	await cells.nth(best).click();
	const list = page.getByTestId('movement-customers');
	await expect(list).toBeVisible();
	expect(await metric(page, 'movement.list.total')).toBe(counts[best]);
	await expect(list.locator('tbody tr')).toHaveCount(Math.min(100, counts[best]));

	// Sort by customer id, then search for the first one.
	await list.getByRole('button', { name: 'Customer' }).click();
	await expect(list.locator('th[aria-sort="ascending"]')).toHaveText(/Customer/);
	const firstId = (await list.locator('tbody tr td').first().textContent())!.trim();
	await page.getByLabel('Find a customer').fill(firstId);
	await expect(list.locator('tbody tr td:first-child')).toContainText([firstId]);

	// Export the cell: every customer of it, read back by papaparse.
	const download = page.waitForEvent('download');
	await page
		.getByRole('region', { name: /customers$/ })
		.getByRole('button', { name: 'Export CSV' })
		.click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(new RegExp(`movement-${fromSlug}-to-${toSlug}\\.csv$`));
	const rows = parseCsv(readFileSync((await file.path())!, 'utf8'));
	// The demo's customers file gives name and e-mail after the id.
	expect(rows[0].slice(0, 5)).toEqual(['customer_id', 'name', 'email', 'from', 'to']);
	expect(rows.length - 1).toBe(counts[best]);
	expect(new Set(rows.slice(1).map((r) => `${r[3]}|${r[4]}`)).size).toBe(1);
	expect(rows.slice(1).map((r) => r[0])).toContain(firstId);

	// A critical downgrade's win-back list in one click.
	if (critical > 0) {
		const winBack = page.waitForEvent('download');
		await page
			.getByRole('region', { name: /Critical downgrades/ })
			.getByRole('button', { name: 'Export CSV' })
			.first()
			.click();
		const winBackRows = parseCsv(readFileSync((await (await winBack).path())!, 'utf8'));
		expect(winBackRows.length).toBeGreaterThan(1);
	}

	// Every family groups the same customers; the open list closes when its groups are gone.
	for (const [label, text] of [
		['ABC class', 'by ABC class'],
		['Purchase pattern', 'by purchase pattern'],
		["Persona (the from-date's clusters)", 'by persona']
	]) {
		await page.getByLabel('Group customers by').selectOption({ label });
		await expect(page.getByText(`${FROM} → ${TO} · ${text}`)).toBeVisible({ timeout: 60_000 });
		expect(await metric(page, 'movement.customers')).toBe(customers);
		await expect(page.getByTestId('movement-customers')).toHaveCount(0);
	}
});

test('dates in the wrong order, equal dates and a from-date before the first order get a message and keep the result', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`movement/?dataset=${id}`);
	const customers = await metric(page, 'movement.customers');
	const to = await page.getByLabel('To', { exact: true }).inputValue();

	await page.getByLabel('From', { exact: true }).fill('2027-01-01');
	await expect(page.getByRole('alert')).toContainText(`is after the to-date ${to}: swap them.`);
	expect(await metric(page, 'movement.customers')).toBe(customers);

	await page.getByLabel('From', { exact: true }).fill(to);
	await expect(page.getByRole('alert')).toContainText(`Both dates are ${to}`);

	await page.getByLabel('From', { exact: true }).fill('2000-01-01');
	await expect(page.getByRole('alert')).toContainText('is on or before the first order');
	expect(await metric(page, 'movement.customers')).toBe(customers);

	// Nothing bad was saved: a reload shows the same figures and no message.
	await page.reload();
	expect(await metric(page, 'movement.customers')).toBe(customers);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
