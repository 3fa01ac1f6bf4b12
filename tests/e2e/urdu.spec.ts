import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './journeys';

/** Each view, and a figure that says its analysis is done. */
const VIEWS: Record<string, string> = {
	'data/': 'import.lines',
	'value/': 'pareto.gini',
	'segments/': 'rfm.segments',
	'personas/': 'personas.k',
	'profit/': 'profit.total',
	'movement/': 'movement.moved',
	'clv/': 'clv.cohortCustomers',
	'reviews/': 'reviews.high',
	'loyalty/': 'loyalty.resolved.eligible'
};

/** Words that read the same in Urdu (abbreviations, names, file kinds). */
const SAME_IN_BOTH =
	/^(?:Sieve|sieve|Safari|English|RFM|ABC|CSV|TSV|TXT|XLSX|gzip|gz|csv|tsv|txt|xlsx|json|ics|SQL|ROI|CLV|SVG|PNG|JSON|BG\/NBD|Gamma-Gamma|DuckDB|PostgreSQL|Snowflake|BigQuery|Spark|SQLite|ICS|P|[A-Z]|[RFM]\d*|k)$/;

/** Data inside a message (column names, ids, file names) sits between Unicode isolate marks. */
const withoutIsolatedData = (text: string) => text.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, ' ');

/**
 * The interface texts of the page that are still English: text outside figures, data cells, ids,
 * code and the data's own names, holding a Latin word that is not an abbreviation.
 */
async function englishLeft(page: Page): Promise<string[]> {
	const texts = await page.evaluate(() => {
		const skip =
			'[data-value], [data-customer], bdi, code, kbd, pre, td, option, svg text, [data-data], script, style, [hidden], [aria-hidden="true"]';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const found: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest(skip)) continue;
			if (!parent.checkVisibility()) continue;
			const text = node.textContent?.trim() ?? '';
			if (/[A-Za-z]{2,}/.test(text)) found.push(text);
		}
		return found;
	});
	return texts.filter((text) =>
		(withoutIsolatedData(text).match(/[A-Za-z][A-Za-z/-]*/g) ?? []).some(
			(word) => !SAME_IN_BOTH.test(word)
		)
	);
}

/** Every headline figure's exact value. */
async function figures(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[data-metric]')].map((element) => [
				element.getAttribute('data-metric'),
				element.getAttribute('data-value')
			])
		)
	);
}

test('?lang=ur: every view of the demo business in Urdu, right to left, with the same figures, and back to English without a reload', async ({
	page
}) => {
	test.setTimeout(240_000);
	const id = await loadDemo(page);
	for (const [view, ready] of Object.entries(VIEWS)) {
		await page.goto(`${view}?dataset=${id}&lang=en`);
		await expect(page.locator(`[data-metric="${ready}"]`).first()).toBeVisible({
			timeout: 60_000
		});
		const english = await figures(page);

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${view}?dataset=${id}&lang=ur`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator(`[data-metric="${ready}"]`).first()).toBeVisible({
			timeout: 60_000
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0600-\u06ff]/);
		// Every figure of the English page, with the same exact value (tables that load later, such
		// as lifetime value per group, may add figures to one of the two passes).
		const urdu = await figures(page);
		expect(
			Object.fromEntries(Object.keys(english).map((name) => [name, urdu[name]])),
			view
		).toEqual(english);
		expect.soft(await englishLeft(page), view).toEqual([]);
		// Nothing overflows the phone's width: wide tables scroll inside their own box.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, view).toBeLessThanOrEqual(0);
		await page.setViewportSize({ width: 1280, height: 900 });
	}

	// A customer's detail (opened from the Value view's ranking) is Urdu too: its feature names,
	// groups and reasons for a missing figure.
	await page.goto(`value/?dataset=${id}&lang=ur`);
	await page.getByTestId('top-customers').locator('tbody button').first().click();
	const detail = page.getByTestId('customer-detail');
	await expect(detail.getByTestId('customer-groups')).toBeVisible({ timeout: 60_000 });
	await expect(detail.locator('dt').first()).toHaveText(/[\u0600-\u06ff]/);
	expect.soft(await englishLeft(page), 'customer detail').toEqual([]);
	await page.keyboard.press('Escape');

	// Back to English with the header's selector: no reload (the page's own marker survives).
	await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
	await page.getByRole('combobox', { name: 'زبان' }).selectOption('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
	expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
		true
	);
	// Remembered in this browser: the next page opens in English without ?lang.
	await page.goto(`value/?dataset=${id}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language selector switches to Urdu in place and is remembered', async ({ page }) => {
	await page.goto('');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('combobox', { name: 'زبان' })).toBeVisible();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// Urdu digits, when chosen, write the page's figures in Urdu numerals.
	await page.getByRole('checkbox', { name: 'اردو ہندسے' }).check();
	await page.goto('');
	await expect(page.getByRole('checkbox', { name: 'اردو ہندسے' })).toBeChecked();
});
