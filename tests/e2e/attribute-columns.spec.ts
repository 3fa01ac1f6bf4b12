/**
 * The product's own words (issue 20, item 7): an Online Retail-like file's Country is offered in
 * the mapping step as a customer attribute, and once chosen it reaches the Personas view.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Online Retail's columns; 50 customers (45 in the United Kingdom, 5 in France), 2–4 invoices each. */
function onlineRetailLike(): string {
	const rows = [
		'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
	];
	let invoice = 536365;
	for (let c = 0; c < 50; c++) {
		const country = c < 45 ? 'United Kingdom' : 'France';
		const invoices = 2 + (c % 3);
		for (let k = 0; k < invoices; k++) {
			const day = String(1 + ((c * 7 + k * 11) % 28)).padStart(2, '0');
			const month = String(1 + ((c + k * 4) % 12)).padStart(2, '0');
			for (let line = 0; line < 2; line++) {
				const quantity = 1 + ((c * 3 + line) % (c < 10 ? 40 : 6));
				rows.push(
					`${invoice},8512${line}B,WHITE HANGING HEART T-LIGHT HOLDER ${line},${quantity},2011-${month}-${day} 08:26,2.55,${17850 + c}.0,${country}`
				);
			}
			invoice++;
		}
	}
	return rows.join('\n') + '\n';
}

test('an Online Retail-like file offers Country as a customer attribute, and personas show it', async ({
	page
}) => {
	const dir = join(tmpdir(), `sieve-e2e-attributes-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'online-retail-like.csv');
	writeFileSync(file, onlineRetailLike());

	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(file);
	const offer = page.getByRole('checkbox', { name: 'Use Country as a customer attribute' });
	await expect(offer).toBeVisible({ timeout: 60_000 });
	await expect(offer).not.toBeChecked();
	// Only Country: the line's columns (StockCode, the product's Description) are not offered.
	await expect(page.getByTestId('attribute-columns').getByRole('checkbox')).toHaveCount(1);
	await offer.check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('attributes-from-orders')).toContainText('Country');

	await page
		.getByRole('navigation', { name: 'Analysis views' })
		.getByRole('link', { name: 'Personas', exact: true })
		.click();
	// 90% of the customers are in the United Kingdom: every persona's "who" says so.
	// (The place is isolated with U+2068 … U+2069 inside the sentence.)
	await expect(page.getByText(/^\d+% in \u2068?United Kingdom\u2069?$/).first()).toBeVisible({
		timeout: 60_000
	});
});
