import AxeBuilder from '@axe-core/playwright';
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

// One test per view and scheme, so a slow view has its own time limit and a failure names it.
for (const scheme of ['light', 'dark'] as const) {
	for (const view of views) {
		test(`${view || 'home'} passes an axe audit (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			const id = await loadDemo(page);
			await page.goto(`${view}?dataset=${id}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const metric = ready[view];
			// The Lifetime value view fits its model first (~700 heat-map cells follow).
			if (metric)
				await expect(page.locator(`[data-metric="${metric}"]`).first()).toBeVisible({
					timeout: 60_000
				});
			if (view === 'movement/') {
				// The audit covers the matrix and an open customer list too.
				await page.getByRole('button', { name: 'Table', exact: true }).click();
				await page.getByTestId('movement-matrix').locator('button[data-cell]').first().click();
				await expect(page.getByTestId('movement-customers')).toBeVisible();
			}
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			const problems = results.violations.map(
				(v) =>
					`${view || 'home'}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
			);
			expect(problems).toEqual([]);
		});
	}
}

// The same audit in Urdu (right to left, Nastaliq), light and dark in one test per view: a
// translated label, a mirrored layout or the taller face must not cost a name, a landmark or
// contrast.
for (const view of views) {
	test(`${view || 'home'} passes an axe audit in Urdu (light and dark)`, async ({ page }) => {
		const id = await loadDemo(page);
		await page.goto(`${view}?dataset=${id}&lang=ur`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const metric = ready[view];
		if (metric)
			await expect(page.locator(`[data-metric="${metric}"]`).first()).toBeVisible({
				timeout: 60_000
			});
		const problems: string[] = [];
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			for (const v of results.violations)
				problems.push(
					`${view || 'home'} (ur, ${scheme}): ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
				);
		}
		expect(problems).toEqual([]);
	});
}
