import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo, metric } from './journeys';

/** The `data-cell` ("r-f") of the focused element, or null when the focus is not on a grid cell. */
async function focusedCell(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
}

/** The horizontal middle of an element on the screen. */
async function middleX(locator: Locator): Promise<number> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('the element is not drawn');
	return box.x + box.width / 2;
}

test('the R × F grid is one tab stop: arrows move, Enter selects, Tab and Shift+Tab leave', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}`);
	await expect(page.locator('[data-metric="rfm.segments"]')).toBeVisible({ timeout: 60_000 });
	const grid = page.locator('svg[data-chart="rfm-grid"]');
	const cells = grid.locator('[data-cell]');
	const bins = Math.round(Math.sqrt(await cells.count()));
	expect(bins * bins).toBe(await cells.count());
	await expect(grid.locator('[data-cell][tabindex="0"]')).toHaveCount(1);

	// Tab from the colour switch lands on the grid once: on its top left cell (the highest R, F 1).
	await page.getByRole('radio', { name: 'mean M score' }).focus();
	await page.keyboard.press('Tab');
	expect(await focusedCell(page)).toBe(`${bins}-1`);
	// The next Tab leaves the grid; Shift+Tab comes back to the same cell.
	await page.keyboard.press('Tab');
	expect(await focusedCell(page)).toBeNull();
	await page.keyboard.press('Shift+Tab');
	expect(await focusedCell(page)).toBe(`${bins}-1`);

	// The arrows move as the grid is drawn: right is a higher F, up a higher R; the edges hold.
	await page.keyboard.press('ArrowRight');
	expect(await focusedCell(page)).toBe(`${bins}-2`);
	await page.keyboard.press('ArrowDown');
	expect(await focusedCell(page)).toBe(`${bins - 1}-2`);
	await page.keyboard.press('End');
	expect(await focusedCell(page)).toBe(`${bins - 1}-${bins}`);
	await page.keyboard.press('ArrowRight');
	expect(await focusedCell(page)).toBe(`${bins - 1}-${bins}`);
	await page.keyboard.press('ArrowUp');
	expect(await focusedCell(page)).toBe(`${bins}-${bins}`);
	await expect(grid.locator('[data-cell][tabindex="0"]')).toHaveCount(1);
	await expect(grid.locator(`[data-cell="${bins}-${bins}"]`)).toHaveAttribute('tabindex', '0');

	// Enter selects the cell: pressed, and the selection names its customers and offers the export.
	const corner = grid.locator(`[data-cell="${bins}-${bins}"]`);
	const inCell = Number((await corner.locator('text.count').textContent())?.replace(/\D/g, ''));
	expect(inCell).toBeGreaterThan(0);
	await page.keyboard.press('Enter');
	await expect(corner).toHaveAttribute('aria-pressed', 'true');
	expect(await metric(page, 'rfm.selection.count')).toBe(inCell);
	await expect(page.locator('.grid-panel .selection')).toContainText(`R${bins} F${bins}`);
	await expect(page.getByRole('button', { name: 'Export selection (CSV)' })).toBeEnabled();
	// Space takes it back off, and on again.
	await page.keyboard.press(' ');
	await expect(corner).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press(' ');
	await expect(corner).toHaveAttribute('aria-pressed', 'true');

	// Shift+Tab leaves the grid to the colour switch; Tab comes back to the cell last used.
	await page.keyboard.press('Shift+Tab');
	expect(await focusedCell(page)).toBeNull();
	await expect(page.getByRole('radio', { name: 'mean M score' })).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await focusedCell(page)).toBe(`${bins}-${bins}`);
});

test('in Urdu (right to left) the grid keys follow the drawing: ArrowRight moves right', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`segments/?dataset=${id}&lang=ur`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const grid = page.locator('svg[data-chart="rfm-grid"]');
	await expect(grid).toBeVisible({ timeout: 60_000 });
	const start = grid.locator('[data-cell][tabindex="0"]');
	await expect(start).toHaveCount(1);
	await start.focus();
	const from = (await focusedCell(page))!;
	const [r, f] = from.split('-').map(Number);
	const before = await middleX(grid.locator(`[data-cell="${from}"]`));
	// From the top left cell (F 1) ArrowRight goes to F 2, which is drawn to its right.
	expect(f).toBe(1);
	await page.keyboard.press('ArrowRight');
	expect(await focusedCell(page)).toBe(`${r}-2`);
	expect(await middleX(grid.locator(`[data-cell="${r}-2"]`))).toBeGreaterThan(before);
	await page.keyboard.press('ArrowLeft');
	expect(await focusedCell(page)).toBe(from);
});

test('the persona edit form takes the focus and gives it back to its Edit button', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`personas/?dataset=${id}`);
	await expect(page.locator('[data-metric="personas.k"]')).toBeVisible({ timeout: 60_000 });
	const card = page.locator('article.persona-card').first();
	const name = (await card.locator('h3 bdi').textContent())!.trim();

	// The repeated buttons carry the persona's name; their visible text stays.
	const edit = card.getByRole('button', { name: `Edit ${name}`, exact: true });
	await expect(edit).toHaveText('Edit');
	await expect(
		card.getByRole('button', { name: `Customers CSV of ${name}`, exact: true })
	).toBeVisible();
	await expect(
		card.getByRole('button', { name: `Card PNG of ${name}`, exact: true })
	).toBeVisible();

	// Opened from the keyboard, the form focuses the name; Escape closes it and the focus returns.
	await edit.focus();
	await page.keyboard.press('Enter');
	const nameField = card.getByRole('textbox', { name: 'Name' });
	await expect(nameField).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(nameField).toHaveCount(0);
	await expect(edit).toBeFocused();

	// Saved with Enter: the new name shows and the focus is back on the (renamed) Edit button.
	await page.keyboard.press('Enter');
	await expect(nameField).toBeFocused();
	await nameField.fill('Keyboard regulars');
	await page.keyboard.press('Enter');
	await expect(card.getByRole('heading', { name: /Keyboard regulars/ })).toBeVisible();
	await expect(
		card.getByRole('button', { name: 'Edit Keyboard regulars', exact: true })
	).toBeFocused();
});

test('the Pareto read-out shows its focus ring and Page Up / Page Down move 1% of customers', async ({
	page
}) => {
	const id = await loadDemo(page);
	await page.goto(`value/?dataset=${id}`);
	const chart = page.getByRole('slider', { name: /Pareto curve/ });
	await expect(chart).toBeVisible({ timeout: 60_000 });
	const customers = await metric(page, 'customers.count');
	const step = Math.round(customers / 100);
	const now = async () => Number(await chart.getAttribute('aria-valuenow'));

	await chart.focus();
	await page.keyboard.press('End');
	expect(await now()).toBe(customers);
	// A ring drawn inside the chart's edge (the box around it clips what is outside).
	const ring = await chart.evaluate((svg) => {
		const style = getComputedStyle(svg);
		return {
			visible: svg.matches(':focus-visible'),
			style: style.outlineStyle,
			width: style.outlineWidth,
			offset: style.outlineOffset
		};
	});
	expect(ring).toEqual({ visible: true, style: 'solid', width: '3px', offset: '-3px' });

	// The curve is drawn at every rank of its head and evenly spaced ranks after: a step lands on
	// the drawn point nearest to 1% of customers away.
	await page.keyboard.press('PageDown');
	const down = await now();
	expect(down).toBeLessThan(customers);
	expect(Math.abs(customers - down - step) / customers).toBeLessThan(0.003);
	await page.keyboard.press('PageUp');
	expect(await now()).toBe(customers);

	await page.keyboard.press('Home');
	expect(await now()).toBe(1);
	await page.keyboard.press('PageUp');
	const up = await now();
	expect(up - 1).toBeGreaterThan(0);
	expect(Math.abs(up - 1 - step) / customers).toBeLessThan(0.003);
	await expect(chart).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`^Rank ${up.toLocaleString('en-GB')} `)
	);
	await page.keyboard.press('PageDown');
	expect(await now()).toBe(1);
});
