import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo, metric, parseCsv } from './journeys';

/** Every `persona.<n>.count` on the page, in persona order. */
async function personaCounts(page: Page): Promise<number[]> {
	const elements = page.locator('[data-metric^="persona."][data-metric$=".count"]');
	const names = await elements.evaluateAll((nodes) =>
		nodes.map((node) => [node.getAttribute('data-metric'), node.getAttribute('data-value')])
	);
	return names
		.map(([name, value]) => ({ n: Number(/^persona\.(\d+)\.count$/.exec(name ?? '')?.[1]), value }))
		.sort((a, b) => a.n - b.n)
		.map((entry, i) => {
			expect(entry.n, 'personas are numbered 1…k').toBe(i + 1);
			return Number(entry.value);
		});
}

function card(page: Page, n: number): Locator {
	return page
		.locator('article.persona-card')
		.filter({ has: page.locator(`[data-metric="persona.${n}.count"]`) });
}

test('the demo business becomes personas: k, counts, k = 4, a rename that survives a reload, and a CSV per persona', async ({
	page
}) => {
	const id = await loadDemo(page);
	const customers = await metric(page, 'import.customers');

	// k chosen by silhouette over 2–8; every customer in exactly one persona.
	await page.goto(`personas/?dataset=${id}`);
	await expect(page.locator('[data-metric="personas.k"]')).toBeVisible({ timeout: 60_000 });
	const k = await metric(page, 'personas.k');
	expect(k).toBeGreaterThanOrEqual(2);
	expect(k).toBeLessThanOrEqual(8);
	const silhouette = await metric(page, 'personas.silhouette');
	expect(silhouette).toBeGreaterThan(-1);
	expect(silhouette).toBeLessThanOrEqual(1);
	const counts = await personaCounts(page);
	expect(counts).toHaveLength(k);
	expect(counts.reduce((sum, c) => sum + c, 0)).toBe(customers);
	await expect(
		page.getByRole('slider', { name: /Silhouette by number of personas/ })
	).toBeVisible();

	// k set to 4: four cards, the same customers.
	const kInput = page.getByRole('spinbutton', { name: 'Number of personas (2–20)' });
	await kInput.fill('4');
	await kInput.press('Tab');
	await expect(page.locator('[data-metric="personas.k"]')).toHaveAttribute('data-value', '4', {
		timeout: 60_000
	});
	await expect(page.locator('article.persona-card')).toHaveCount(4);
	const fourCounts = await personaCounts(page);
	expect(fourCounts).toHaveLength(4);
	expect(fourCounts.reduce((sum, c) => sum + c, 0)).toBe(customers);

	// Rename persona 2; the name is kept with the dataset (opened again without the URL fragment).
	const second = card(page, 2);
	await second.getByRole('button', { name: /^Edit / }).click();
	await second.getByRole('textbox', { name: 'Name' }).fill('Weekend browsers');
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByRole('heading', { name: /Weekend browsers/ })).toBeVisible();
	await expect.poll(() => linkedSettings(new URL(page.url()).hash)).not.toBeNull();
	await page.waitForTimeout(1000);
	await page.goto(`personas/?dataset=${id}`);
	await expect(page.locator('[data-metric="personas.k"]')).toHaveAttribute('data-value', '4', {
		timeout: 60_000
	});
	await expect(card(page, 2).getByRole('heading', { name: /Weekend browsers/ })).toBeVisible();
	await expect(card(page, 1).getByRole('heading', { name: /Weekend browsers/ })).toHaveCount(0);

	// The persona's customers as CSV: one row per customer of the persona, under its new name.
	const count = await metric(page, 'persona.2.count');
	const downloading = page.waitForEvent('download');
	await card(page, 2).getByRole('button', { name: 'Customers CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/persona-2-Weekend-browsers\.csv$/);
	const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
	expect(header.slice(0, 3)).toEqual(['customer_id', 'name', 'email']);
	const persona = header.indexOf('persona');
	expect(header[persona + 1]).toBe('persona_name');
	expect(rows).toHaveLength(count);
	expect(new Set(rows.map((r) => r[persona]))).toEqual(new Set(['2']));
	expect(new Set(rows.map((r) => r[persona + 1]))).toEqual(new Set(['Weekend browsers']));
	expect(new Set(rows.map((r) => r[0])).size).toBe(count);

	// A card as PNG: a PNG image, drawn at twice the card image's 640 px width.
	const pngDownload = page.waitForEvent('download');
	await card(page, 2).getByRole('button', { name: 'Card PNG' }).click();
	const png = readFileSync((await (await pngDownload).path())!);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.readUInt32BE(16)).toBe(2 * 640);

	// Every persona chart has a table view listing all four personas.
	const bubbles = page.locator('section.chart-frame', { hasText: 'Frequency × value' });
	await bubbles.getByRole('button', { name: 'Table' }).click();
	await expect(bubbles.locator('tbody tr')).toHaveCount(4 + 1);
	await expect(bubbles.locator('tbody')).toContainText('Weekend browsers');
});
