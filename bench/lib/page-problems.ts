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
