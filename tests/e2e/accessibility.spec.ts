import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { loadDemo } from './journeys';

// An automated accessibility audit (axe-core, WCAG 2.1 A and AA rules) of every view with the demo
// business loaded, in light and dark. It cannot prove a page accessible, but it catches missing
// names, labels, landmarks and contrast.
for (const scheme of ['light', 'dark'] as const) {
	test(`every view passes an axe audit (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		const id = await loadDemo(page);
		for (const view of ['', 'data/', 'value/', 'segments/', 'personas/']) {
			await page.goto(`${view}?dataset=${id}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (view === 'value/')
				await expect(page.locator('[data-metric="pareto.gini"]')).toBeVisible();
			if (view === 'segments/')
				await expect(page.locator('[data-metric="rfm.segments"]')).toBeVisible();
			if (view === 'personas/')
				await expect(page.locator('[data-metric="personas.k"]')).toBeVisible();
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
		}
	});
}
