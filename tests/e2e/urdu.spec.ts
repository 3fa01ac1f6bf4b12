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

/**
 * Sentences the engine and the import still write in English (issue 17's remainder: the engine
 * returns finished sentences, not codes). This list only shrinks.
 */
const ENGINE_ENGLISH: RegExp[] = [
	// The engine's behaviour-feature labels in the group profiles (Value view).
	/^(?:Value|Orders|Average order value|Average unit price|Days since last order|Days since first order|Days between orders|Returned value|Share of discounted orders|Categories bought|Share of spend in top category|Share of orders in top month)$/,
	// The worker's progress phases while the lifetime-value fit runs.
	/^Checking the holdout$/,
	// Persona stories, written by the engine.
	/ (?:has ordered once|has placed [\d,]+ orders)[, ]/,
	// The loyalty notes and the interview questions (engine defaults).
	/^Repurchased = /,
	/^Problems are not random/,
	/RFM segment/,
	/^What .*\?$|^Why .*\?$/
];

/**
 * The demo's own data shown as it is — column names, categories, products, attribute values — not
 * yet isolated as data where they sit in lists of the profiles (the same remainder).
 */
const DATA_SHOWN: RegExp[] = [
	/^(?:age|service_effort|followers|budget|problems_opened|problems_resolved|low|medium|high)$/,
	/^(?:occupation|city|gender): /,
	/^(?:Kitchen|Garden|Home Decor|Stationery|Coffee & Tea|Pet Supplies|Books)$/,
	/^(?:Enamel Casserole Dish|Pasta Maker|Cast Iron Skillet, 26 cm|Mirror, round, 50 cm|Raised Bed Kit|Compost Bin, 300 l|Wall Clock "Station", 30 cm|Hose Reel, 20 m|Table Lamp, brass|Chef's Knife, 20 cm|Glass Storage Jars, set of 3|Pruning Shears)$/,
	/\(\d+% کے لیے سرِفہرست\)/,
	/^وسطانی /,
	/”budget“/
];

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
	return texts
		.filter((text) =>
			(withoutIsolatedData(text).match(/[A-Za-z][A-Za-z/-]*/g) ?? []).some(
				(word) => !SAME_IN_BOTH.test(word)
			)
		)
		.filter((text) => ![...ENGINE_ENGLISH, ...DATA_SHOWN].some((pattern) => pattern.test(text)));
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
