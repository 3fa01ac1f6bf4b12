/**
 * The method explained in the page (issue 20, item 6): a "what is this?" help beside a figure,
 * used by keyboard, leads to its glossary entry; the Personas view warns when the personas separate
 * weakly; the glossary passes an axe audit in English and in Urdu.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFile, metric } from './journeys';
import { weakPersonasCsv } from '../unit/weak-personas';

/** The glossary's anchors: the terms the views explain and link to. */
const TERMS = [
	'rfm',
	'recency',
	'frequency',
	'monetary',
	'cut-points',
	'quintile',
	'gini',
	'lorenz-curve',
	'abc-class',
	'pareto',
	'lift',
	'silhouette',
	'persona',
	'purchase-pattern',
	'lapsing',
	'discount-seeker',
	'specific-needs',
	'special-occasion',
	'influencer',
	'high-service-effort',
	'contribution',
	'roi',
	'p-alive',
	'clv',
	'holdout',
	'movement',
	'frozen-cut-points'
];

/** Imports the file of `tests/unit/weak-personas.ts` (300 customers, no groups); the dataset id. */
async function importWeakPersonas(page: Page): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'sieve-help-'));
	try {
		const file = join(folder, 'weak-personas.csv');
		await writeFile(file, weakPersonasCsv());
		return await importFile(page, file);
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

test('a help tip opens by keyboard, closes with Escape back to its button, and leads to its glossary entry', async ({
	page
}) => {
	const id = await importWeakPersonas(page);
	await page.goto(`value/?dataset=${id}`);
	await metric(page, 'pareto.gini');

	const button = page.getByRole('button', { name: 'What is Gini?' });
	const panel = page.locator('[data-help-panel="gini"]');
	await expect(panel).toBeHidden();

	// Enter opens it and the text can be read.
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(panel).toContainText('How unequally value is spread over customers');
	const audit = await new AxeBuilder({ page })
		.include('.help-tip')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(audit.violations.map((v) => `${v.id} ×${v.nodes.length}`)).toEqual([]);
	// It lies inside the window, under its button.
	const box = await panel.boundingBox();
	const viewport = page.viewportSize();
	expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);

	// Escape closes it and the focus stays on the button.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-expanded', 'false');

	// Space opens it again; Tab reaches its link; Escape from the link returns to the button.
	await page.keyboard.press('Space');
	await expect(panel).toBeVisible();
	const link = panel.getByRole('link', { name: 'Gini coefficient in the glossary' });
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();

	// The link leads to the term's entry in the glossary, the dataset still open in the header.
	// Tab at once after Enter: the link is reachable before the panel has been placed.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/glossary\/\?dataset=[^#]+#gini$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	const entry = page.locator('dt#gini');
	await expect(entry).toHaveText('Gini coefficient');
	await expect(entry).toBeInViewport();
	await expect(page.locator('dt#gini + dd')).toContainText('Computed on values clipped at zero');
	await expect(page.getByRole('link', { name: 'Value', exact: true })).toHaveAttribute(
		'href',
		new RegExp(`value/\\?dataset=${id}$`)
	);
});

test('every behaviour tag on the Segments view has a help tip that opens at phone width in Urdu', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	const id = await importWeakPersonas(page);
	await page.goto(`segments/?dataset=${id}&lang=ur`);
	await metric(page, 'rfm.segments');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	for (const slug of [
		'discount-seeker',
		'specific-needs',
		'special-occasion',
		'influencer',
		'high-service-effort'
	]) {
		await expect(page.locator(`button[data-help="${slug}"]`), slug).toHaveCount(1);
	}
	const button = page.locator('button[data-help="discount-seeker"]');
	await button.scrollIntoViewIfNeeded();
	await button.focus();
	await page.keyboard.press('Enter');
	const panel = page.locator('[data-help-panel="discount-seeker"]');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('رعایت');
	const box = await panel.boundingBox();
	expect(box).not.toBeNull();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(390);
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
});

test('the Personas view warns when the personas separate weakly, and says what to try', async ({
	page
}) => {
	const id = await importWeakPersonas(page);
	await page.goto(`personas/?dataset=${id}`);
	// Checked in tests/unit/weak-personas.test.ts: at most 0.25 for every k from 2 to 8.
	expect(await metric(page, 'personas.silhouette')).toBeLessThanOrEqual(0.25);
	const warning = page.getByTestId('weak-personas');
	await expect(warning).toBeVisible();
	await expect(warning).toContainText('These personas separate weakly');
	// k = 2 chosen by the silhouette: neither "fewer" nor "let the silhouette choose" applies.
	await expect(warning).not.toContainText('fewer than');
	await expect(warning).toContainText('more personas');
	await expect(warning).toContainText('other features');
	// With k set to 5 by the user, both do.
	const kInput = page.getByRole('spinbutton', { name: 'Number of personas (2–20)' });
	await kInput.fill('5');
	await kInput.press('Tab');
	await expect(page.locator('[data-metric="personas.k"]')).toHaveAttribute('data-value', '5', {
		timeout: 60_000
	});
	await expect(warning).toContainText('fewer than 5 personas');
	await expect(warning).toContainText('let the silhouette choose the number of personas');
	await expect(page.getByRole('button', { name: 'What is the silhouette?' })).toBeVisible();
});

for (const language of ['en', 'ur'] as const) {
	test(`the glossary passes an axe audit (${language})`, async ({ page }) => {
		await page.goto(`glossary/?lang=${language}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			language === 'en' ? 'Glossary' : 'اصطلاحات'
		);
		for (const term of TERMS)
			await expect(page.locator(`dl.glossary dt#${term}`), term).toHaveCount(1);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`)).toEqual([]);
	});
}
