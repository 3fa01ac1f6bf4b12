import { expect, test } from './fixtures';
import { loadDemo, metric } from './journeys';

/** Every `clv.group.<key>.expectedValue` figure on the page except the total, as numbers. */
async function groupValues(page: import('@playwright/test').Page): Promise<number[]> {
	const table = page.getByTestId('clv-groups');
	await expect(table.locator('[data-metric="clv.group.total.expectedValue"]')).toBeVisible({
		timeout: 60_000
	});
	const values = await table
		.locator('tbody [data-metric^="clv.group."]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value') ?? ''));
	return values.map(Number);
}

test('the demo’s lifetime value per segment adds up to the Lifetime value view’s total', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	const perSegment = await groupValues(page);
	expect(perSegment.length).toBeGreaterThan(1);
	for (const value of perSegment) expect(Number.isFinite(value)).toBe(true);
	const sum = perSegment.reduce((a, b) => a + b, 0);
	expect(sum).toBeGreaterThan(0);
	await expect(page.getByTestId('clv-groups')).toContainText('P(alive) = 100%');
	await expect(page.locator('main')).not.toContainText('NaN');

	// The same joined fit in the Lifetime value view: calibration to the data's last day, no
	// holdout (the segments' customer table has no analysis date: it runs to that day too).
	await page.goto(`clv/?dataset=${id}`);
	await expect(page.locator('[data-metric="clv.cohortCustomers"]')).toBeVisible({
		timeout: 60_000
	});
	const calibration = page.getByLabel('Calibration ends (inclusive)');
	const holdout = page.getByLabel('Holdout ends (optional)');
	const end = (await holdout.inputValue()) || (await calibration.inputValue());
	await holdout.fill('');
	await calibration.fill(end);
	await expect(page.getByText(/no holdout/)).toBeVisible({ timeout: 60_000 });
	const total = await metric(page, 'clv.expectedValue');
	expect(Math.abs(sum - total)).toBeLessThanOrEqual(Math.max(1e-6, total * 1e-9));
});

test('the demo’s Personas view shows lifetime value per persona', async ({ page }) => {
	const id = await loadDemo(page);
	await page.goto(`personas/?dataset=${id}`);
	const perPersona = await groupValues(page);
	expect(perPersona.length).toBe(await metric(page, 'personas.k'));
	const total = await metric(page, 'clv.group.total.expectedValue');
	const sum = perPersona.reduce((a, b) => a + b, 0);
	expect(Math.abs(sum - total)).toBeLessThanOrEqual(total * 1e-9);
	await expect(page.locator('main')).not.toContainText('NaN');
});

test('a customer’s detail shows their own lifetime-value curve with a table', async ({ page }) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	await page.getByRole('button', { name: /^Explain .* \(Champions\)$/ }).click();
	const heading = page.getByRole('heading', { name: /^Customer .*: Champions$/ });
	await expect(heading).toBeVisible();
	const customer = /^Customer (.*): Champions$/.exec((await heading.innerText()).trim())?.[1];
	await page.getByRole('button', { name: `Orders and every feature of ${customer}` }).click();
	const dialog = page.getByTestId('customer-detail');
	const curve = dialog.getByTestId('clv-curve');
	await expect(curve.locator('svg[data-chart="clv-customer-curve"]')).toBeVisible({
		timeout: 60_000
	});
	await expect(curve.getByRole('img', { name: new RegExp(`Customer ${customer}:`) })).toBeVisible();
	const pAlive = Number(
		await curve.locator('[data-metric="clv.customer.pAlive"]').getAttribute('data-value')
	);
	expect(pAlive).toBeGreaterThanOrEqual(0);
	expect(pAlive).toBeLessThanOrEqual(1);
	await curve.getByRole('button', { name: 'Table', exact: true }).click();
	await expect(curve.locator('table').first()).toContainText('P(alive)');
	await expect(dialog).not.toContainText('NaN');
});
