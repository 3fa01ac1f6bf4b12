/**
 * Crafted links (issue 21, item 2): a `#settings=` fragment with a value the engine refuses opens
 * the view with a message saying what was ignored and why, a working analysis with the defaults,
 * and nothing bad saved — a reload without the link works and says nothing was ignored.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { linkedSettings, loadDemo } from './journeys';

const fragment = (settings: object) =>
	`#settings=${Buffer.from(JSON.stringify(settings)).toString('base64url')}`;

const rule = (k: number) => ({
	name: `Rule ${k}`,
	recency: [1, 5],
	frequency: [1, 5],
	monetary: [1, 5]
});

/** The nine crafted values: the view they break, the settings, and a word of the message. */
const CASES: { name: string; view: string; metric: string; settings: object; why: RegExp }[] = [
	{
		name: 'a rule with no score ranges',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { segments: { rules: [{ name: 'Broken' }] } },
		why: /Segments settings in the link were ignored: rules: rule 1 \("Broken"\): recency/
	},
	{
		name: 'a negative top-N',
		view: 'value',
		metric: 'revenue.net',
		settings: { value: { topN: -5 } },
		why: /Value settings in the link were ignored: topN/
	},
	{
		name: 'the analysis date 2024-02-30',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { dataset: { analysisDate: '2024-02-30' } },
		why: /Period and value basis settings in the link were ignored: .*2024-02-30/
	},
	{
		name: '0 bins',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { segments: { bins: 0 } },
		why: /bins: RFM bins must be 3, 4 or 5, got 0/
	},
	{
		name: '1000 bins',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { segments: { bins: 1000 } },
		why: /bins: RFM bins must be 3, 4 or 5, got 1000/
	},
	{
		name: 'descending cut points',
		view: 'segments',
		metric: 'rfm.segments',
		settings: {
			segments: { cutPoints: { recency: [400, 300, 200, 100], frequency: null, monetary: null } }
		},
		why: /cutPoints.recency: cut points must ascend/
	},
	{
		name: '300 rules',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { segments: { rules: Array.from({ length: 300 }, (_, k) => rule(k + 1)) } },
		why: /at most 254 rules/
	},
	{
		name: 'a holiday window that is not MM-DD',
		view: 'segments',
		metric: 'rfm.segments',
		settings: {
			segments: { tags: { holidayWindows: [{ name: 'Winter', from: '13-40', to: '01-05' }] } }
		},
		why: /Holiday window "Winter": expected MM-DD/
	},
	{
		name: 'a holiday window without a name',
		view: 'segments',
		metric: 'rfm.segments',
		settings: { segments: { tags: { holidayWindows: [{ from: '12-20', to: '12-26' }] } } },
		why: /Holiday window 1: needs a name/
	}
];

async function expectWorkingView(page: Page, metric: string) {
	await expect(page.locator(`[data-metric="${metric}"]`).first()).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('[data-run-error]')).toHaveCount(0);
}

for (const { name, view, metric, settings, why } of CASES) {
	test(`a link with ${name} opens ${view} with a message, the defaults, and saves nothing bad`, async ({
		page
	}) => {
		const id = await loadDemo(page);
		await page.goto(`${view}/?dataset=${id}${fragment(settings)}`);
		const notice = page.locator('[data-notice="settings-ignored"]');
		await expect(notice).toContainText(why);
		await expectWorkingView(page, metric);
		// The settings in use are saved and written back to the link: wait for that, then come back
		// without the link — what was saved must work and hold nothing to ignore.
		await expect.poll(() => linkedSettings(new URL(page.url()).hash)).not.toBeNull();
		await page.waitForTimeout(500);
		await page.goto(`${view}/?dataset=${id}`);
		await expectWorkingView(page, metric);
		await expect(page.locator('[data-notice="settings-ignored"]')).toHaveCount(0);
	});
}

test('a failed Segments run offers Reset to defaults, which brings the analysis back', async ({
	page
}) => {
	const id = await loadDemo(page);
	// A period with no orders passes the validator but cannot be computed: the run fails.
	await page.goto(
		`segments/?dataset=${id}${fragment({ dataset: { analysisDate: '1990-01-01' } })}`
	);
	const failure = page.locator('[data-run-error]');
	await expect(failure).toContainText(/No customer has an order/, { timeout: 60_000 });
	await failure.getByRole('button', { name: 'Reset the period and value basis' }).click();
	await expectWorkingView(page, 'rfm.segments');
});
