/**
 * What a benchmark page did wrong: a crashed tab, console errors, uncaught exceptions and failed
 * requests, collected so a failed run is reported with its cause.
 */
import type { Page } from 'playwright-core';

/** Races `work` against the tab crashing, so a crash is reported at once instead of as a timeout. */
export function unlessCrashed<T>(page: Page, work: Promise<T>): Promise<T> {
	const crashed = new Promise<never>((_, reject) =>
		page.once('crash', () => reject(new Error('The tab crashed (renderer process gone).')))
	);
	return Promise.race([work, crashed]);
}

/** Console errors, uncaught exceptions and failed requests of a page, for a failed run's report. */
export function watchProblems(page: Page, problems: string[]): void {
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`)
	);
}

export const errorText = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * Waits until an element matching `selector` is in the page, seen by a `MutationObserver` in the
 * page: no polling. Playwright's own waits poll every animation frame on the page's main thread
 * (a query and a visibility check per frame, and the frame itself), which took a third of a core
 * from the import being measured on a two-core machine.
 */
export async function waitForElement(
	page: Page,
	selector: string,
	timeoutMs: number
): Promise<void> {
	const found = page.evaluate(
		([selector, timeoutMs]) =>
			new Promise<boolean>((resolve) => {
				if (document.querySelector(selector)) return resolve(true);
				const observer = new MutationObserver(() => {
					if (!document.querySelector(selector)) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve(true);
				});
				const timer = setTimeout(() => {
					observer.disconnect();
					resolve(false);
				}, timeoutMs);
				observer.observe(document, { childList: true, subtree: true, attributes: true });
			}),
		[selector, timeoutMs] as const
	);
	if (!(await unlessCrashed(page, found)))
		throw new Error(`Nothing matched ${selector} within ${Math.round(timeoutMs / 1000)} s.`);
}
