import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { metricText } from './journeys';
import { germanFile, shopifyFile, wooCommerceFile } from './preset-files';
import type { PresetFile } from './preset-files';
import { truthOf } from '../../src/lib/ingest/presets/export-corpus';
import type { Truth } from '../../src/lib/ingest/presets/export-corpus';

/** Chooses a generated file on the Data page and waits for the mapping step. */
async function chooseFile(page: Page, { file, text }: PresetFile) {
	await page.goto('data/');
	await page
		.getByTestId('orders-file')
		.setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
	await expect(page.getByRole('heading', { name: /Map the columns/ })).toBeVisible();
}

/** Presses Import and reads the summary's figures against the generator's true figures. */
async function importAndCheck(page: Page, truth: Truth) {
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	const figures = {
		rows: Number(await metricText(page, 'import.rows')),
		lines: Number(await metricText(page, 'import.lines')),
		customers: Number(await metricText(page, 'import.customers')),
		orders: Number(await metricText(page, 'import.orders')),
		firstDate: await metricText(page, 'import.firstDate'),
		lastDate: await metricText(page, 'import.lastDate')
	};
	expect(figures).toEqual({
		rows: truth.rows,
		lines: truth.lines,
		customers: truth.customers,
		orders: truth.orders,
		firstDate: truth.firstDate,
		lastDate: truth.lastDate
	});
	expect(Number(await metricText(page, 'import.netRevenue'))).toBeCloseTo(truth.netCents / 100, 6);
}

test('a Shopify orders export is recognised, explained, and imports with its true figures', async ({
	page
}) => {
	const shopify = shopifyFile();
	await chooseFile(page, shopify);
	const preset = page.getByTestId('preset');
	await expect(preset).toHaveAttribute('data-preset', 'shopify-orders');
	await expect(preset).toContainText('Shopify orders export — recognised');
	await preset.getByText(/What the Shopify orders export preset does/).click();
	await expect(preset.getByText(/Cancelled at is a return in full/)).toBeVisible();
	await expect(page.locator('select[data-column="Email"]')).toHaveValue('customer');
	await expect(page.locator('[data-reason-for="Email"]')).toContainText('“Email” is the customer');
	const summary = page.getByTestId('counting-summary');
	await expect(summary).toContainText('cancelled orders returned in full');
	await expect(summary).toContainText('netted against their customer');
	await importAndCheck(page, shopify.truth);
});

test('switching the Shopify preset off reads every row as a plain line', async ({ page }) => {
	const shopify = shopifyFile();
	await chooseFile(page, shopify);
	const off = page.getByRole('switch', { name: /Don’t use the preset/ });
	await off.check();
	const summary = page.getByTestId('counting-summary');
	await expect(summary).not.toContainText('Order rules');
	await expect(page.getByTestId('preset')).toContainText('order rules switched off');
	// Plain lines: only each order's first row names the customer; quantity × price, no discounts,
	// refunds or cancellations — counted by hand from the generated orders.
	const plain = truthOf(
		shopify.orders,
		(o) => o.lines.length,
		(o) => (o.customer ? [o.lines[0].qty * o.lines[0].price] : [])
	);
	await importAndCheck(page, plain);
});

test('a WooCommerce orders export is recognised and imports with its true figures', async ({
	page
}) => {
	const woo = wooCommerceFile();
	await chooseFile(page, woo);
	await expect(page.getByTestId('preset')).toHaveAttribute('data-preset', 'woocommerce-orders');
	await expect(page.locator('select[data-column="Net Sales"]')).toHaveValue('amount');
	// No order-level rules: nothing to switch off.
	await expect(page.getByRole('switch')).toHaveCount(0);
	await importAndCheck(page, woo.truth);
});

test('a German file with no preset gets its roles from header words and values', async ({
	page
}) => {
	const german = germanFile();
	await chooseFile(page, german);
	await expect(page.getByTestId('preset')).toHaveCount(0);
	await expect(page.locator('select[data-column="Betrag"]')).toHaveValue('amount');
	await expect(page.locator('select[data-column="Datum"]')).toHaveValue('date');
	await expect(page.locator('select[data-column="Kundennr"]')).toHaveValue('customer');
	await expect(page.locator('[data-reason-for="Betrag"]')).not.toBeEmpty();
	await expect(page.getByTestId('counting-summary')).toContainText(
		`${german.truth.rows} have a customer`
	);
	await importAndCheck(page, german.truth);
});
