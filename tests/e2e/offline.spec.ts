/**
 * Offline: after one visit the service worker has stored the whole site, so with the network off
 * AND the server gone every view (and the glossary) reloads, the demo loads and the Value view shows its figures.
 * The site runs from its own server instance on a sub-path (the shared one keeps running for the
 * other journeys), which this test stops half-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { GLOSSARY_HREF, NAV_ITEMS } from '../../src/lib/components/app/nav-items';

const BASE_PATH = '/tools/sieve/';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
	const server = createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as { port: number };
	server.close();
	await once(server, 'close');
	return port;
}

/** `scripts/serve.mjs` on `port`, resolved once it says where it serves. */
async function startServer(port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		['scripts/serve.mjs', '--port', String(port), '--base', BASE_PATH],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((resolve, reject) => {
		child.once('error', reject);
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('served at')) resolve();
		});
	});
	return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	await once(child, 'exit');
}

/** Goes to `path` (relative to the site) and waits until the app is interactive. */
async function visit(page: Page, root: string, path: string): Promise<void> {
	await page.goto(new URL(path, root).href);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

test('after one visit, every view, the demo and the Value figures work with the server stopped and the network off', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const port = await freePort();
	const root = `http://127.0.0.1:${port}${BASE_PATH}`;
	const server = await startServer(port);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		const foreign: string[] = [];
		page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		context.on('request', (request) => {
			const url = request.url();
			if (/^https?:/.test(url) && new URL(url).origin !== new URL(root).origin) foreign.push(url);
		});

		// One visit, online: the service worker installs, stores the build and takes the page over.
		await visit(page, root, './');
		// (A build rewritten while this runs makes the precache fail: the worker never activates.)
		const scope = await page.evaluate(async () => {
			const registration = await Promise.race([
				navigator.serviceWorker.ready,
				new Promise<never>((_, reject) =>
					setTimeout(() => reject(new Error('The service worker did not activate in 30 s')), 30_000)
				)
			]);
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
				);
			}
			return registration.scope;
		});
		expect(scope).toBe(root);

		// No network, no server.
		await stopServer(server);
		await context.setOffline(true);
		await expect(page.request.get(root).catch((error: Error) => error)).resolves.toBeInstanceOf(
			Error
		);

		for (const item of [{ href: '' }, ...NAV_ITEMS, { href: GLOSSARY_HREF }]) {
			await visit(page, root, `./${item.href}`);
			await expect(page.locator('h1').first(), `${item.href || 'home'} offline`).toBeVisible();
			await expect(page.locator('h1').first()).not.toHaveText(/offline|not found|error/i);
		}

		// The demo is generated and analysed in the worker, which starts from the cached script.
		await visit(page, root, './data/');
		await page.getByRole('button', { name: 'Try the demo business' }).click();
		await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
		await page.waitForURL(/[?&]dataset=/);
		const id = new URL(page.url()).searchParams.get('dataset') ?? '';
		expect(id).not.toBe('');

		await visit(page, root, `./value/?dataset=${id}`);
		const customers = page.locator('[data-metric="customers.count"]').first();
		await expect(customers).toBeVisible({ timeout: 60_000 });
		expect(Number(await customers.getAttribute('data-value'))).toBeGreaterThan(1000);
		const topShare = Number(
			await page.locator('[data-metric="pareto.topShare"]').first().getAttribute('data-value')
		);
		expect(topShare).toBeGreaterThan(0);
		expect(topShare).toBeLessThanOrEqual(1);

		// A page reached with its dataset in the query string also comes from the cache.
		await visit(page, root, `./segments/?dataset=${id}`);
		await expect(page.locator('h1').first()).toBeVisible();

		expect(foreign, 'requests to other origins').toEqual([]);
		expect(
			errors.filter((text) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(text))
		).toEqual([]);
	} finally {
		await context.close();
		await stopServer(server);
	}
});
