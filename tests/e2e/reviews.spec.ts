import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { loadDemo, metric } from './journeys';

test('the Reviews view plans the demo accounts, follows a cadence edit and exports the calendar', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`reviews/?dataset=${id}`);
	await expect(page.getByRole('navigation').getByRole('link', { name: 'Reviews' })).toBeVisible();

	// The levels split every account; capacity comes from the demo's budget column.
	const high = await metric(page, 'reviews.high');
	const medium = await metric(page, 'reviews.medium');
	const low = await metric(page, 'reviews.low');
	const dueNow = await metric(page, 'reviews.dueNow');
	expect(high).toBeGreaterThan(0);
	expect(high + medium + low).toBe(await metric(page, 'reviews.customers'));
	await expect(page.getByTestId('capacity-basis')).toHaveAttribute('data-value', 'attribute');
	await expect(page.getByTestId('capacity-basis')).toContainText('budget');

	// The chart reads week by week from the keyboard; its table holds the same weeks.
	const chart = page.getByRole('slider', { name: /Reviews per week by opportunity level/ });
	await chart.focus();
	await page.keyboard.press('Home');
	await expect(chart).toHaveAttribute('aria-valuetext', /^Week 0 \(from \d{4}-\d{2}-\d{2}\)/);

	// A cadence of 0 months is refused with the engine's message; nothing changes.
	const highCadence = page.getByRole('spinbutton', { name: 'High', exact: true });
	await highCadence.fill('0');
	await highCadence.press('Enter');
	await highCadence.blur();
	await expect(
		page.getByRole('alert').filter({ hasText: 'The High cadence must be a whole number' })
	).toBeVisible();
	await expect(highCadence).toHaveValue('3');

	// Reviewing High accounts every month makes more of them due now, and the plan's High rows
	// are due one month after their last review (or now).
	await highCadence.fill('1');
	await highCadence.blur();
	await expect
		.poll(() => metric(page, 'reviews.dueNow'), { timeout: 30_000 })
		.toBeGreaterThan(dueNow);
	await expect(page).toHaveURL(/#/);

	// The plan, filtered to High, pages through the accounts.
	await page.getByRole('combobox', { name: 'Level' }).selectOption('High');
	await expect(
		page.getByTestId('review-plan').locator('tbody tr td:nth-child(2)').first()
	).toHaveText('High');

	// A brief: questions and what the data says.
	await page
		.getByRole('button', { name: /^Brief for / })
		.first()
		.click();
	const briefs = page.getByTestId('review-briefs');
	await expect(briefs).toContainText('How do they see us?');
	await expect(briefs).toContainText('Never bought');
	// P(alive) from the lifetime-value model, with the cut-off it was fitted to.
	await expect(briefs.getByTestId('brief-p-alive').first()).toContainText(
		/P\(alive\): [\d.]+%.*fitted on purchases to \d{4}-\d{2}-\d{2}/,
		{ timeout: 60_000 }
	);

	// The calendar file: RFC 5545, CRLF line ends.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/\.ics$/);
	const text = readFileSync((await file.path()) ?? '', 'utf8');
	expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toContain('\n');
	expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
	expect(text.match(/BEGIN:VEVENT\r\n/g)?.length).toBe(high + medium + low);
});
