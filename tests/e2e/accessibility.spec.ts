import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './journeys';

// An automated accessibility audit (axe-core, WCAG 2.1 A and AA rules) of every view with the demo
// business loaded, in light and dark. It cannot prove a page accessible, but it catches missing
// names, labels, landmarks and contrast.
/** What each view shows once its analysis is done (the audit runs on the finished page). */
const ready: Record<string, string> = {
	'value/': 'pareto.gini',
	'segments/': 'rfm.segments',
	'personas/': 'personas.k',
	'profit/': 'profit.total',
	'loyalty/': 'loyalty.resolved.eligible',
	'reviews/': 'reviews.high',
	'movement/': 'movement.moved',
	'clv/': 'clv.cohortCustomers'
};
const views = ['', 'data/', ...Object.keys(ready), 'present/'];

/** The audit's violations on the page as it is now, each line naming the view and the pass. */
async function audit(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations.map(
		(v) =>
			`${where}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`
	);
}

/** Waits for the view's finished figure (the audit runs on the finished page). */
async function finished(page: Page, view: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const metric = ready[view];
	// The Lifetime value view fits its model first (~700 heat-map cells follow).
	if (metric)
		await expect(page.locator(`[data-metric="${metric}"]`).first()).toBeVisible({
			timeout: 60_000
		});
}

// One test per view, so a slow view has its own time limit and a failure names it; each audits the
// view in light and dark, then in Urdu (right to left, Nastaliq) in light and dark: a translated
// label, a mirrored layout or the taller face must not cost a name, a landmark or contrast. The
// demo is loaded once per view (the switch of scheme needs no reload, the language one load).
for (const view of views) {
	test(`${view || 'home'} passes an axe audit (light and dark, English and Urdu)`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const id = await loadDemo(page);
		await page.goto(`${view}?dataset=${id}`);
		await finished(page, view);
		if (view === 'movement/') {
			// The audit covers the matrix and an open customer list too.
			await page.getByRole('button', { name: 'Table', exact: true }).click();
			await page.getByTestId('movement-matrix').locator('button[data-cell]').first().click();
			await expect(page.getByTestId('movement-customers')).toBeVisible();
		}
		const problems: string[] = [];
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			problems.push(...(await audit(page, `${view || 'home'} (${scheme})`)));
		}
		await page.goto(`${view}?dataset=${id}&lang=ur`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await finished(page, view);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			problems.push(...(await audit(page, `${view || 'home'} (ur, ${scheme})`)));
		}
		expect(problems).toEqual([]);
	});
}
