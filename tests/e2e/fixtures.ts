import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every journey watches the page: requests that leave the site's origin, console errors, uncaught
 * exceptions and Content-Security-Policy violations are collected and fail the test at its end.
 */
export interface PageWatch {
	foreignRequests: string[];
	consoleErrors: string[];
	requests: string[];
}

function watch(page: Page, origin: string): PageWatch {
	const seen: PageWatch = { foreignRequests: [], consoleErrors: [], requests: [] };
	const record = (url: string) => {
		seen.requests.push(url);
		if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
		if (new URL(url).origin !== origin) seen.foreignRequests.push(url);
	};
	page.on('request', (request) => record(request.url()));
	page.on('websocket', (socket) => record(socket.url()));
	page.on('worker', (worker) => record(worker.url()));
	page.on('console', (message) => {
		if (message.type() === 'error') seen.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => seen.consoleErrors.push(`uncaught: ${error.message}`));
	return seen;
}

export const test = base.extend<{ watched: PageWatch }>({
	watched: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			// A CSP violation is reported to the page even when the request never happens.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			const seen = watch(page, origin);
			// Navigation resolves at the load event; the app is interactive once hydrated.
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			const hydrated = () => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			page.goto = async (...args: Parameters<Page['goto']>) => {
				const response = await goto(...args);
				await hydrated();
				return response;
			};
			page.reload = async (...args: Parameters<Page['reload']>) => {
				const response = await reload(...args);
				await hydrated();
				return response;
			};
			await use(seen);
			expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
			expect(seen.consoleErrors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
