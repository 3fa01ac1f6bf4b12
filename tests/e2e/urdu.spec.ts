import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo } from './journeys';

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

/**
 * The figures once they stop changing (read until two reads a moment apart agree): a view may show
 * its headline before a later part of its analysis (service costs from the tickets, a table that
 * loads after the rest) has filled in its other figures.
 */
async function settledFigures(page: Page): Promise<Record<string, string>> {
	let last = JSON.stringify(await figures(page));
	for (let attempt = 0; attempt < 40; attempt++) {
		await page.waitForTimeout(400);
		const now = JSON.stringify(await figures(page));
		if (now === last) return JSON.parse(now) as Record<string, string>;
		last = now;
	}
	return JSON.parse(last) as Record<string, string>;
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
		const english = await settledFigures(page);

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${view}?dataset=${id}&lang=ur`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator(`[data-metric="${ready}"]`).first()).toBeVisible({
			timeout: 60_000
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[\u0600-\u06ff]/);
		// Every figure of the English page, with the same exact value (tables that load later, such
		// as lifetime value per group, may add figures to one of the two passes: wait for those the
		// English pass showed).
		const missing = async () => {
			const shown = await figures(page);
			return Object.keys(english).filter((name) => !(name in shown));
		};
		await expect.poll(missing, { message: view, timeout: 60_000 }).toEqual([]);
		const urdu = await settledFigures(page);
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

/** A name as Sieve writes it in Urdu: Urdu letters, and no Latin word outside the data's own values. */
const isUrduName = (name: string) =>
	/[\u0600-\u06ff]/.test(name) && !/[A-Za-z]/.test(withoutIsolatedData(name));

test('?lang=ur: a persona’s name reads as on its card wherever it is shown, and the default review questions are edited in Urdu', async ({
	page
}) => {
	test.setTimeout(240_000);
	const id = await loadDemo(page);

	// The Personas view's cards, and lifetime value per persona beneath them.
	await page.goto(`personas/?dataset=${id}&lang=ur`);
	await expect(page.locator('[data-metric="personas.k"]')).toBeVisible({ timeout: 60_000 });
	const cards = page.locator('article.persona-card h3 bdi');
	await expect(cards.first()).toBeVisible();
	const cardNames = await cards.allTextContents();
	expect(cardNames.length).toBeGreaterThan(1);
	for (const name of cardNames) expect(isUrduName(name), name).toBe(true);
	const clvGroups = page.getByTestId('clv-groups');
	await expect(clvGroups.locator('[data-metric="clv.group.total.expectedValue"]')).toBeVisible({
		timeout: 60_000
	});
	const clvNames = await clvGroups.locator('tbody th bdi').allTextContents();
	expect([...clvNames].sort(), 'lifetime value per persona').toEqual([...cardNames].sort());

	// Profit per persona: its table, its chart's table and the marketing table.
	await page.goto(`profit/?dataset=${id}&lang=ur`);
	await expect(page.locator('[data-metric="profit.total"]')).toBeVisible({ timeout: 60_000 });
	await page.getByTestId('profit-by').selectOption('persona');
	const profitRows = page.getByTestId('profit-groups').locator('tbody th');
	await expect(profitRows).toHaveCount(cardNames.length, { timeout: 60_000 });
	await expect
		.poll(async () => [...(await profitRows.allTextContents())].sort(), {
			message: 'profit per persona',
			timeout: 60_000
		})
		.toEqual([...cardNames].sort());
	const marketingNames = await page.locator('details.marketing tbody th').allTextContents();
	expect([...marketingNames].sort(), 'marketing per persona').toEqual([...cardNames].sort());

	// A customer's detail (from the Value view's ranking) names their persona as its card does.
	await page.goto(`value/?dataset=${id}&lang=ur`);
	await page.getByTestId('top-customers').locator('tbody button').first().click();
	const persona = page.getByTestId('customer-detail').getByTestId('customer-persona');
	await expect(persona).not.toHaveText('…', { timeout: 60_000 });
	expect(cardNames, 'customer detail').toContain((await persona.textContent())?.trim());
	await page.keyboard.press('Escape');

	// The account reviews' questions: the defaults shown in Urdu for editing; saved with a question
	// of the user's, the link carries the engine's defaults (English) and the user's as typed, and
	// in English the form shows them in English.
	const english = [
		'How do they see us? What do we do well, and what should we do better?',
		'What else do they need, now or in the coming year?',
		'Who else do they talk to or buy from, for what?'
	];
	const own = 'Do they plan a second shop?';
	await page.goto(`reviews/?dataset=${id}&lang=ur`);
	await expect(page.locator('[data-metric="reviews.high"]')).toBeVisible({ timeout: 60_000 });
	const questions = page.locator('details.questions');
	await questions.locator('summary').click();
	const text = questions.locator('textarea');
	const urduDefaults = (await text.inputValue()).split('\n');
	expect(urduDefaults.length).toBe(english.length);
	for (const line of urduDefaults) expect(isUrduName(line), line).toBe(true);
	await text.fill([...urduDefaults, own].join('\n'));
	await questions.getByRole('button', { name: 'سوالات محفوظ کریں' }).click();
	await expect(text).toHaveValue([...urduDefaults, own].join('\n'));
	await expect
		.poll(() => linkedSettings(new URL(page.url()).hash)?.accounts?.questions ?? null, {
			timeout: 10_000
		})
		.toEqual([...english, own]);
	await page.getByRole('combobox', { name: 'زبان' }).selectOption('en');
	await expect(text).toHaveValue([...english, own].join('\n'));
});

test('?lang=ur: the Movement view names its groups in Urdu, by RFM segment and by persona', async ({
	page
}) => {
	test.setTimeout(240_000);
	const id = await loadDemo(page);
	await page.goto(`movement/?dataset=${id}&lang=ur`);
	await expect(page.locator('[data-metric="movement.moved"]')).toBeVisible({ timeout: 60_000 });
	const family = page.locator('select').filter({ has: page.locator('option[value="persona"]') });
	const computing = page.getByRole('status').filter({ hasText: 'حساب ہو رہا ہے' });
	for (const [value, label] of [
		['rfm', 'RFM حصے'],
		['persona', 'پرسونا']
	]) {
		await family.selectOption(value);
		await expect(page.getByText(`· ${label} کے لحاظ سے ·`)).toBeVisible({ timeout: 60_000 });
		await expect(computing).toHaveCount(0, { timeout: 60_000 });

		// The chart's labels (each group's name, on one line or more; the count beside it is a
		// figure of its own).
		const labels = await page.locator('svg g[data-node] text').evaluateAll((texts) =>
			texts.map((text) =>
				[...text.querySelectorAll('tspan.name')]
					.map((line) => line.textContent)
					.join(' ')
					.trim()
			)
		);
		expect(labels.length, value).toBeGreaterThan(1);
		for (const name of labels) expect(isUrduName(name), `${value} chart: ${name}`).toBe(true);

		// The critical downgrades, named.
		for (const name of await page.locator('ul.critical bdi').allTextContents()) {
			expect(isUrduName(name), `${value} critical: ${name}`).toBe(true);
		}

		// The chart's table: every row and column named in Urdu.
		await page.getByRole('button', { name: 'جدول', exact: true }).click();
		const matrix = page.getByTestId('movement-matrix');
		const names = await matrix.locator('th bdi').allTextContents();
		expect(names.length, value).toBeGreaterThan(2);
		for (const name of names) expect(isUrduName(name), `${value} table: ${name}`).toBe(true);

		// A cell's customers: the list's title names both groups, its group column too.
		await matrix.locator('button[data-cell]').first().click();
		const title = page.locator('#movement-customers-title');
		await expect(title.locator('[data-metric="movement.list.total"]')).not.toHaveText('…', {
			timeout: 60_000
		});
		const titleNames = await title.locator('bdi').allTextContents();
		expect(titleNames.length, value).toBeGreaterThan(0);
		for (const name of titleNames) expect(isUrduName(name), `${value} list: ${name}`).toBe(true);
		await page.getByRole('button', { name: 'چارٹ', exact: true }).click();
	}
});

/** Pairs of texts of the movement chart whose boxes overlap, and texts that leave the chart. */
async function flowChartClashes(page: Page): Promise<string[]> {
	return page.locator('svg[data-chart="movement-flows"]').evaluate((svg) => {
		const round = (r: DOMRect) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom });
		const texts = [...svg.querySelectorAll('text')].map((text) => ({
			box: round(text.getBoundingClientRect()),
			name: (text.textContent ?? '').replace(/\s+/g, ' ').trim()
		}));
		const frame = round(svg.getBoundingClientRect());
		const clashes: string[] = [];
		const apart = (a: number, b: number, c: number, d: number) =>
			Math.min(b, d) - Math.max(a, c) <= 0.5;
		texts.forEach((a, i) => {
			const { l, r, t, b } = a.box;
			if (l < frame.l - 0.5 || r > frame.r + 0.5 || t < frame.t - 0.5 || b > frame.b + 0.5) {
				clashes.push(`${a.name} leaves the chart`);
			}
			for (const other of texts.slice(i + 1)) {
				const o = other.box;
				if (!apart(l, r, o.l, o.r) && !apart(t, b, o.t, o.b))
					clashes.push(`${a.name} × ${other.name}`);
			}
		});
		return clashes;
	});
}

test('?lang=ur: the Movement chart’s labels, dates and footnote never overlap, on a desktop and on a phone', async ({
	page
}) => {
	test.setTimeout(240_000);
	const id = await loadDemo(page);
	const computing = page.getByRole('status').filter({ hasText: 'حساب ہو رہا ہے' });
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`movement/?dataset=${id}&lang=ur`);
		await expect(page.locator('[data-metric="movement.moved"]')).toBeVisible({ timeout: 60_000 });
		const family = page.locator('select').filter({ has: page.locator('option[value="persona"]') });
		for (const [value, label] of [
			['rfm', 'RFM حصے'],
			['persona', 'پرسونا']
		]) {
			await family.selectOption(value);
			await expect(page.getByText(`· ${label} کے لحاظ سے ·`)).toBeVisible({ timeout: 60_000 });
			await expect(computing).toHaveCount(0, { timeout: 60_000 });
			await page.evaluate(() => document.fonts.ready);
			const chart = page.locator('svg[data-chart="movement-flows"]');
			// Every group with customers is named on the chart.
			expect(await chart.locator('g[data-node] text').count(), `${value} ${width}`).toBe(
				await chart.locator('g[data-node]').count()
			);
			expect(await flowChartClashes(page), `${value} at ${width} px`).toEqual([]);
		}
	}
});
