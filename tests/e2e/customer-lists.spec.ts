import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, metric, parseCsv } from './journeys';

// Issue 20: the customers behind every number. On the demo business (whose customers file has a
// name and an e-mail column): a segment's list searched, sorted, paged, exported and read back
// with papaparse, a row's detail opened; then the lists of an ABC class and of a persona.

const list = (page: Page) => page.getByTestId('customer-list');
/** The data-value of every cell of column `n` (1-based) on the shown page. */
const columnValues = async (page: Page, n: number) =>
	list(page)
		.locator(`tbody tr > :nth-child(${n})`)
		.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? c.textContent ?? ''));
const ids = async (page: Page) =>
	list(page)
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-customer') ?? ''));

async function auditHasNoViolation(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
	).toEqual([]);
}

/** The segment with the most customers: its table row, slug and count. */
async function largestSegment(page: Page): Promise<{ row: Locator; count: number; name: string }> {
	const counts = await page
		.locator('[data-metric^="segment."][data-metric$=".count"]')
		.evaluateAll((cells) =>
			cells.map((c) => ({
				metric: c.getAttribute('data-metric') ?? '',
				count: Number(c.getAttribute('data-value'))
			}))
		);
	const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
	const row = page.locator('tr', { has: page.locator(`[data-metric="${best.metric}"]`) });
	const name = ((await row.locator('th[scope="row"]').textContent()) ?? '').trim();
	return { row, count: best.count, name };
}

test('a segment’s customers: searched, sorted, paged, exported with name and e-mail, a row opened', async ({
	page
}) => {
	test.setTimeout(180_000);
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	await metric(page, 'rfm.segments');
	const segment = await largestSegment(page);
	expect(segment.count).toBeGreaterThan(50);

	await segment.row.getByRole('button', { name: `Show the customers of ${segment.name}` }).click();
	await expect(list(page)).toBeVisible();
	expect(await metric(page, 'customers.list.total')).toBe(segment.count);
	// The demo's customers file names its customers: name and e-mail are columns.
	const headers = list(page).locator('thead th');
	// The demo has a cost column too: net profit is shown.
	await expect(headers).toHaveText([
		'Customer',
		'Name',
		'E-mail',
		'Orders',
		'Net revenue ↓',
		'Net profit',
		'Last order',
		'Days since'
	]);
	await expect(list(page).locator('tbody tr')).toHaveCount(50);

	// The export, read back with papaparse: the reference the list is checked against.
	const download = page.waitForEvent('download');
	await list(page).getByRole('button', { name: 'Export CSV' }).click();
	const [header, ...rows] = parseCsv(readFileSync(await (await download).path(), 'utf8'));
	expect(header.slice(0, 3)).toEqual(['customer_id', 'name', 'email']);
	expect(rows).toHaveLength(segment.count);
	const at = (name: string) => header.indexOf(name);
	for (const row of rows) {
		expect(row[at('net_revenue')]).toMatch(/^-?\d+(\.\d{1,2})?$/);
		expect(row[at('last_order')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(row.every((cell) => !/^[=+@]/.test(cell))).toBe(true);
		expect(row[at('segment')]).toBe(segment.name);
	}
	expect(rows.every((row) => row[at('email')].includes('@'))).toBe(true);

	// Sorted by net revenue, highest first: the first page is the CSV's 50 highest.
	const byRevenue = [...rows].sort(
		(a, b) => Number(b[at('net_revenue')]) - Number(a[at('net_revenue')])
	);
	const revenues = (await columnValues(page, 5)).map(Number);
	expect(revenues.map((v) => Math.round(v * 100) / 100)).toEqual(
		byRevenue.slice(0, 50).map((row) => Number(row[at('net_revenue')]))
	);

	// Search by a customer's name: the matches are the CSV's rows whose id, name or e-mail hold it.
	const needle = rows[3][at('name')].split(' ')[1].toLowerCase();
	const expected = rows.filter((row) =>
		[row[0], row[at('name')], row[at('email')]].some((text) => text.toLowerCase().includes(needle))
	);
	await list(page).getByLabel('Find by id, name or e-mail').fill(needle);
	await expect(list(page).locator('[data-metric="customers.list.matching"]')).toHaveAttribute(
		'data-value',
		String(expected.length)
	);
	expect((await ids(page)).sort()).toEqual(
		expected
			.map((row) => row[0])
			.sort()
			.slice(0, 50)
	);
	await list(page).getByLabel('Find by id, name or e-mail').fill('');
	await expect(list(page).locator('[data-metric="customers.list.matching"]')).toHaveAttribute(
		'data-value',
		String(segment.count)
	);

	// Sort by orders, by keyboard: highest first, then lowest first.
	const ordersHeader = list(page).locator('thead th').nth(3);
	await ordersHeader.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(ordersHeader).toHaveAttribute('aria-sort', 'descending');
	const most = Math.max(...rows.map((row) => Number(row[at('orders')])));
	await expect(list(page).locator('tbody tr').first().locator('td').nth(2)).toHaveAttribute(
		'data-value',
		String(most)
	);
	await page.keyboard.press('Enter');
	await expect(ordersHeader).toHaveAttribute('aria-sort', 'ascending');
	const fewest = Math.min(...rows.map((row) => Number(row[at('orders')])));
	await expect(list(page).locator('tbody tr').first().locator('td').nth(2)).toHaveAttribute(
		'data-value',
		String(fewest)
	);

	// Page through by keyboard: the pages neither overlap nor skip.
	const pages = Math.ceil(segment.count / 50);
	const first = await ids(page);
	await list(page).getByRole('button', { name: 'Next page' }).focus();
	await page.keyboard.press('Enter');
	await expect(list(page).locator('[data-metric="customers.list.page"]')).toHaveAttribute(
		'data-value',
		'2'
	);
	const second = await ids(page);
	expect(second.filter((customer) => first.includes(customer))).toEqual([]);
	await list(page).getByRole('button', { name: 'Last page' }).click();
	await expect(list(page).locator('[data-metric="customers.list.page"]')).toHaveAttribute(
		'data-value',
		String(pages)
	);
	await expect(list(page).locator('tbody tr')).toHaveCount(segment.count - (pages - 1) * 50);

	await auditHasNoViolation(page);

	// A row opens the customer's detail, with their segment.
	const customer = (await ids(page))[0];
	await list(page)
		.getByRole('button', { name: `Open customer ${customer}` })
		.click();
	const detail = page.getByTestId('customer-detail');
	await expect(detail.getByRole('heading', { name: `Customer ${customer}` })).toBeVisible();
	await expect(detail.getByTestId('customer-groups').locator('dd').first()).toHaveAttribute(
		'data-value',
		segment.name
	);
	await expect(detail.getByTestId('customer-groups').locator('dd').nth(3)).not.toHaveText('…', {
		timeout: 60_000
	});
	await page.keyboard.press('Escape');
	await expect(detail).toBeHidden();
});

test('an ABC class’s customers number as many as the class', async ({ page }) => {
	const id = await loadDemo(page);
	await page.goto(`value/?dataset=${id}`);
	const classA = await metric(page, 'abc.A.count');
	await page.getByRole('button', { name: 'Show the customers of class A' }).click();
	await expect(list(page)).toBeVisible();
	expect(await metric(page, 'customers.list.total')).toBe(classA);
	await expect(list(page).locator('tbody tr')).toHaveCount(Math.min(50, classA));
});

test('a persona’s customers number as many as its card says', async ({ page }) => {
	test.setTimeout(120_000);
	const id = await loadDemo(page);
	await page.goto(`personas/?dataset=${id}`);
	await metric(page, 'personas.k');
	const size = await metric(page, 'persona.1.count');
	await page
		.getByRole('button', { name: /^Show the customers of / })
		.first()
		.click();
	await expect(list(page)).toBeVisible();
	expect(await metric(page, 'customers.list.total')).toBe(size);
});
