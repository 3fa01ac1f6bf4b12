/**
 * Presenter mode: the demo in one click, the story step by step, and the audience window (opened by
 * the presenter) kept in step over a BroadcastChannel, with names hidden on both screens.
 */
import { expect, test } from './fixtures';
import { metric } from './journeys';

test('the presenter and audience windows stay in step, and hidden names are hidden on both', async ({
	page,
	context
}) => {
	await page.goto('present/');
	await page.getByRole('button', { name: 'Present the demo business' }).click();
	const presenter = page.getByTestId('present-presenter');
	await expect(presenter.locator('[data-slide="title"]')).toBeVisible({ timeout: 90_000 });
	await page.waitForURL(/[?&]dataset=/);
	const id = new URL(page.url()).searchParams.get('dataset') ?? '';
	// The whole story is computed (the last step, reviews, arrives last).
	await expect(page.getByTestId('present-step')).toHaveText('Step 1 of 6', { timeout: 90_000 });

	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Open audience window' }).click()
	]);
	await audience.waitForLoadState();
	expect(new URL(audience.url()).searchParams.get('audience')).toBe('1');
	const screen = audience.getByTestId('present-audience');
	await expect(screen.locator('[data-slide="title"]')).toBeVisible();
	// The projector shows no controls.
	await expect(audience.getByRole('toolbar')).toHaveCount(0);
	await expect(audience.getByRole('button')).toHaveCount(0);

	// The presenter moves on: the audience follows, with the same figure.
	await page.keyboard.press('ArrowRight');
	await expect(presenter.locator('[data-slide="pareto"]')).toBeVisible();
	await expect(screen.locator('[data-slide="pareto"]')).toBeVisible();
	const share = await metric(page, 'present.pareto.shareFor80');
	expect(await metric(audience, 'present.pareto.shareFor80')).toBe(share);

	// Names: the top customers' ids on both screens, then neutral labels on both.
	const firstItem = (where: typeof screen) => where.locator('.items li strong').first();
	const realName = (await firstItem(presenter).textContent()) ?? '';
	expect(realName).toMatch(/^1\. \S+/);
	await expect(firstItem(screen)).toHaveText(realName);
	await page.getByLabel('Hide names').check();
	await expect(firstItem(presenter)).toHaveText('1. Customer 1');
	await expect(firstItem(screen)).toHaveText('1. Customer 1');
	await expect(screen).not.toContainText(realName.slice(3));

	// A clicker in the audience window moves the presenter too (PageDown, then PageUp).
	await audience.keyboard.press('PageDown');
	await expect(screen.locator('[data-slide="segments"]')).toBeVisible();
	await expect(presenter.locator('[data-slide="segments"]')).toBeVisible();
	await expect(page.getByTestId('present-step')).toHaveText('Step 3 of 6');
	await page.keyboard.press('PageUp');
	await expect(screen.locator('[data-slide="pareto"]')).toBeVisible();
	// Space moves on too, once the focus has left the switch (there, Space toggles it).
	await presenter.locator('[data-slide] .heading').click();
	await page.keyboard.press('Space');
	await expect(screen.locator('[data-slide="segments"]')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(screen.locator('[data-slide="personas"]')).toBeVisible();
	await expect(presenter.locator('[data-slide="personas"]')).toBeVisible();
	await expect(page.getByLabel('Hide names')).toBeChecked();

	// The story's figure is the Value view's own.
	const valuePage = await context.newPage();
	await valuePage.goto(`value/?dataset=${id}`);
	expect(await metric(valuePage, 'pareto.shareFor80')).toBe(share);
	await valuePage.close();
	await audience.close();
});
