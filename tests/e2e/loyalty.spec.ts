import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { loadDemo, metric, metricText, parseCsv } from './journeys';

test('the demo business: resolved problems are followed by more repurchase than unresolved ones, and a cell exports its customers', async ({
	page
}) => {
	const id = await loadDemo(page);
	// The demo's tickets file was read with the orders and matched to its customers.
	expect(await metric(page, 'tickets.kept')).toBeGreaterThan(0);
	expect(await metric(page, 'tickets.matched')).toBe(await metric(page, 'tickets.kept'));

	await page
		.getByRole('navigation', { name: 'Analysis views' })
		.getByRole('link', { name: 'Loyalty', exact: true })
		.click();
	await expect(page.getByRole('heading', { name: 'Problems and loyalty' })).toBeVisible();
	const resolved = Number(await metricText(page, 'loyalty.resolved.rate'));
	const unresolved = Number(await metricText(page, 'loyalty.unresolved.rate'));
	const none = Number(await metricText(page, 'loyalty.none.rate'));
	expect(resolved).toBeGreaterThan(unresolved);
	expect(resolved).toBeGreaterThan(0);
	expect(none).toBeGreaterThan(0);
	const eligible = await metric(page, 'loyalty.resolved.eligible');
	const repurchased = await metric(page, 'loyalty.resolved.repurchased');
	expect(repurchased / eligible).toBeCloseTo(resolved, 12);
	await expect(page.getByTestId('loyalty-weaker')).toHaveCount(0);
	await expect(page.getByText('Problems are not random')).toBeVisible();

	// The chart: an accessible name, a keyboard read-out, and the table behind it.
	const chart = page.getByRole('slider', { name: /Repurchase rate by group/ });
	await expect(chart).toBeVisible();
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(chart).toHaveAttribute(
		'aria-valuetext',
		/^No problem: .*% ordered again within 180 days/
	);
	await page.getByRole('button', { name: 'Table', exact: true }).first().click();
	await expect(page.getByTestId('loyalty-table')).toHaveCount(2);

	// Export the resolved cell: one row per eligible customer, all of them resolved.
	const download = page.waitForEvent('download');
	await page
		.getByTestId('loyalty-table')
		.last()
		.locator('tr[data-group="resolved"]')
		.getByRole('button', { name: /Export the .* eligible customers/ })
		.click();
	const rows = parseCsv(readFileSync(await (await download).path(), 'utf8'));
	expect(rows[0].slice(0, 3)).toEqual(['customer_id', 'name', 'email']);
	const [group, repurchasedColumn] = [rows[0].indexOf('group'), rows[0].indexOf('repurchased')];
	expect(rows.length - 1).toBe(eligible);
	expect(new Set(rows.slice(1).map((row) => row[group]))).toEqual(new Set(['resolved']));
	expect(rows.slice(1).filter((row) => row[repurchasedColumn] === 'true').length).toBe(repurchased);

	// Ask customers what they value: the most loyal customers per size band and segment, with the
	// questions, exported as CSV like the review plan.
	const interviews = page.getByTestId('interview-list');
	await expect(
		interviews.getByRole('heading', { name: 'Ask customers what they value' })
	).toBeVisible();
	const people = await metric(page, 'loyalty.interviews.people');
	expect(people).toBeGreaterThan(0);
	const listDownload = page.waitForEvent('download');
	await interviews.getByRole('button', { name: 'Export the interview list as CSV' }).click();
	const list = parseCsv(readFileSync(await (await listDownload).path(), 'utf8'));
	expect(list[0].slice(0, 3)).toEqual(['customer_id', 'name', 'email']);
	expect(list[0]).toEqual(expect.arrayContaining(['size_band', 'segment']));
	expect(list.length - 1).toBe(people);
	expect(list[1][list[0].indexOf('questions')]).toContain('What do you value most');
	await expect(interviews.getByRole('status')).toContainText(`Exported ${people}`);

	// A bad Q is refused with the validator's message and the result stays.
	await page.getByTestId('loyalty-quick').fill('500');
	await page.getByTestId('loyalty-quick').press('Enter');
	await page.getByTestId('loyalty-quick').blur();
	await expect(page.getByTestId('loyalty-option-error')).toContainText('from 0 to 365');
	expect(Number(await metricText(page, 'loyalty.resolved.rate'))).toBe(resolved);

	// A shorter window is saved with the dataset and in the link.
	await page.getByTestId('loyalty-window').fill('90');
	await page.getByTestId('loyalty-window').blur();
	await expect(page.getByTestId('loyalty-option-error')).toHaveCount(0);
	await expect
		.poll(async () => Number(await metricText(page, 'loyalty.resolved.eligible')))
		.not.toBe(eligible);
	expect(page.url()).toContain(id);
});

test('a tickets file chosen beside the orders file is mapped, imported and reported', async ({
	page
}, testInfo) => {
	const orders = testInfo.outputPath('orders.csv');
	const tickets = testInfo.outputPath('tickets.csv');
	writeFileSync(
		orders,
		[
			'customer,date,amount',
			'a,2024-01-01,10',
			'a,2024-02-01,10',
			'b,2024-01-01,10',
			'b,2024-01-20,10',
			'c,2024-01-01,10',
			'd,2024-01-01,10',
			'd,2024-12-01,10'
		].join('\n')
	);
	writeFileSync(
		tickets,
		[
			'case_no,client,reported,closed_on',
			'T1,b,2024-01-05,2024-01-06',
			'T2,c,2024-01-05,',
			'T3,zz,2024-01-05,2024-01-07',
			'T4,d,2024-01-05,2024-01-01'
		].join('\n')
	);
	await page.goto('data/');
	await page.getByTestId('orders-file').setInputFiles(orders);
	await page.getByText('Add a tickets file (optional)').click();
	await page.getByTestId('tickets-file').setInputFiles(tickets);
	const table = page.getByRole('table', { name: 'Preview of the tickets file' });
	await expect(table).toBeVisible();
	// Map whatever the detection missed, by hand, as a user would.
	await page.locator('select[data-ticket-column="case_no"]').selectOption('ticketId');
	await page.locator('select[data-ticket-column="client"]').selectOption('customer');
	await page.locator('select[data-ticket-column="reported"]').selectOption('opened');
	await page.locator('select[data-ticket-column="closed_on"]').selectOption('resolved');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('tickets-summary')).toBeVisible({ timeout: 60_000 });
	expect(await metric(page, 'tickets.kept')).toBe(3);
	expect(await metric(page, 'tickets.matched')).toBe(2);
	expect(await metric(page, 'tickets.notMatched')).toBe(1);
	expect(await metric(page, 'tickets.rejected')).toBe(1);
	await expect(page.getByTestId('tickets-summary')).toContainText('resolved before it was opened');

	await page
		.getByRole('navigation', { name: 'Analysis views' })
		.getByRole('link', { name: 'Loyalty', exact: true })
		.click();
	// W = 180 days: a (no ticket) came back, b (resolved) came back, c (unresolved) did not;
	// d's only ticket was rejected, so d has no problem and did not come back within 180 days.
	expect(await metric(page, 'loyalty.none.eligible')).toBe(2);
	expect(await metric(page, 'loyalty.none.repurchased')).toBe(1);
	expect(await metric(page, 'loyalty.resolved.repurchased')).toBe(1);
	expect(await metric(page, 'loyalty.unresolved.repurchased')).toBe(0);
});
