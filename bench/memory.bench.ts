/**
 * The analysis worker's memory after a user visits Value, Segments and Personas, in headless
 * Chromium: a synthetic file is imported through the page, then each view is opened in turn by its
 * navigation link (client-side, so the same worker keeps its caches), and once its headline figure
 * is shown the worker is garbage-collected and measured.
 *
 *   node --import tsx bench/memory.bench.ts [--size 10m] [--site DIR] [--json OUT.json]
 *
 * --size  synthetic file (100k, 1m, 10m …; default 10m)
 * --site  a built site to serve (default build/; e.g. a build of an older commit, to compare)
 * --json  also write the figures to a file
 *
 * Figures: the worker's V8 heap (used) and its ArrayBuffer backing stores, read over the Chrome
 * DevTools protocol (`Runtime.getHeapUsage` in the worker's own session), and the largest
 * renderer's resident memory (page + worker; `/proc`, see lib/rss.ts). Typed arrays live in the
 * backing stores, so "heap + backing stores" is the worker's data: the columns of the open dataset
 * plus every cached customer table and result.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ensureOrdersFile, parseSize } from './make-orders';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium';
import { errorText, unlessCrashed } from './lib/page-problems';
import { REPO_DIR } from './lib/pages';
import { largestRendererMB } from './lib/rss';
import { startStaticServer } from './lib/server';
import { importInPage, RUN_TIMEOUT_MS, type SieveRun } from './lib/sieve-import';

const APP_BASE = '/tools/sieve/';

/** The views in the order a user walks through them, with the figure that says each is done. */
const VIEWS = [
	{ name: 'Value', link: 'Value', metric: 'pareto.topShare' },
	{ name: 'Segments', link: 'Segments', metric: 'rfm.segments' },
	{ name: 'Personas', link: 'Personas', metric: 'personas.k' }
] as const;

export interface MemoryStep {
	step: string;
	seconds: number;
	workerHeapMB: number | null;
	workerBackingStoreMB: number | null;
	workerTotalMB: number | null;
	rendererRssMB: number;
}

function option(args: string[], name: string): string | undefined {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
}

/**
 * A DevTools session on the page's dedicated worker (the first one it started), through the page
 * session's non-flattened auto-attach: commands go in `Target.sendMessageToTarget`, answers come
 * back as `Target.receivedMessageFromTarget` events.
 */
async function attachToWorker(
	cdp: CDPSession
): Promise<(method: string, params?: object) => Promise<Record<string, unknown>>> {
	let nextId = 1;
	const pending = new Map<number, (result: Record<string, unknown>) => void>();
	let sessionId: string | null = null;
	const attached = new Promise<void>((done) => {
		cdp.on('Target.attachedToTarget', (event) => {
			if (event.targetInfo.type === 'worker' && sessionId === null) {
				sessionId = event.sessionId;
				done();
			}
		});
	});
	cdp.on('Target.receivedMessageFromTarget', (event) => {
		if (event.sessionId !== sessionId) return;
		const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
		if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
	});
	await cdp.send('Target.setAutoAttach', {
		autoAttach: true,
		waitForDebuggerOnStart: false,
		flatten: false
	});
	await Promise.race([
		attached,
		new Promise((_, reject) =>
			setTimeout(() => reject(new Error('no worker target to attach to')), 10_000)
		)
	]);
	return (method, params = {}) =>
		new Promise((resolve) => {
			const id = nextId++;
			pending.set(id, resolve);
			void cdp.send('Target.sendMessageToTarget', {
				sessionId: sessionId!,
				message: JSON.stringify({ id, method, params })
			});
		});
}

async function measure(
	step: string,
	seconds: number,
	worker: ((method: string, params?: object) => Promise<Record<string, unknown>>) | null
): Promise<MemoryStep> {
	let heap: number | null = null;
	let backing: number | null = null;
	if (worker) {
		await worker('HeapProfiler.collectGarbage');
		const usage = await worker('Runtime.getHeapUsage');
		heap = typeof usage.usedSize === 'number' ? usage.usedSize / 1e6 : null;
		backing = typeof usage.backingStorageSize === 'number' ? usage.backingStorageSize / 1e6 : null;
	}
	// Let the allocator hand freed pages back before reading the resident size.
	await new Promise((resolve) => setTimeout(resolve, 1000));
	return {
		step,
		seconds,
		workerHeapMB: heap,
		workerBackingStoreMB: backing,
		workerTotalMB: heap !== null ? heap + (backing ?? 0) : null,
		rendererRssMB: largestRendererMB()
	};
}

async function visit(page: Page, view: (typeof VIEWS)[number]): Promise<number> {
	const started = performance.now();
	await page.getByRole('link', { name: view.link, exact: true }).first().click();
	await unlessCrashed(
		page,
		page
			.locator(`[data-metric="${view.metric}"]`)
			.first()
			.waitFor({ state: 'visible', timeout: RUN_TIMEOUT_MS })
	);
	return (performance.now() - started) / 1000;
}

async function main(args: string[]): Promise<number> {
	const lines = parseSize(option(args, 'size') ?? '10m');
	const siteDir = option(args, 'site') ?? join(REPO_DIR, 'build');
	const file = await ensureOrdersFile(lines, { log: console.log });
	const app = await startStaticServer(siteDir, APP_BASE);
	const profileDir = await mkdtemp(join(tmpdir(), 'sieve-bench-memory-'));
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true,
		viewport: { width: 1280, height: 900 }
	});
	const steps: MemoryStep[] = [];
	let error: string | null = null;
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(page);
		const run: Partial<SieveRun> = {};
		await importInPage(page, app.url, file, run);
		const worker = await attachToWorker(cdp).catch((reason: unknown) => {
			console.log(`(worker heap not available: ${errorText(reason)}; renderer RSS only)`);
			return null;
		});
		steps.push(await measure('after import', run.endToEndSeconds ?? NaN, worker));
		for (const view of VIEWS) {
			const seconds = await visit(page, view);
			steps.push(await measure(`after ${view.name}`, seconds, worker));
		}
	} catch (reason) {
		error = errorText(reason);
	} finally {
		await context.close().catch(() => {});
		await rm(profileDir, { recursive: true, force: true });
		app.close();
	}
	const mb = (value: number | null) => (value === null ? '—' : value.toFixed(0));
	console.log(`\nWorker memory, ${file.label} (${file.lines} lines, ${file.customers} customers)`);
	console.log(`site: ${siteDir}`);
	console.log(
		'step              seconds  worker heap MB  backing stores MB  worker total MB  renderer RSS MB'
	);
	for (const s of steps) {
		console.log(
			`${s.step.padEnd(17)} ${s.seconds.toFixed(1).padStart(7)}  ${mb(s.workerHeapMB).padStart(14)}  ${mb(s.workerBackingStoreMB).padStart(17)}  ${mb(s.workerTotalMB).padStart(15)}  ${mb(s.rendererRssMB).padStart(15)}`
		);
	}
	if (error) console.log(`FAILED: ${error}`);
	const json = option(args, 'json');
	if (json)
		await writeFile(
			json,
			`${JSON.stringify({ size: file.label, siteDir, steps, error }, null, '\t')}\n`
		);
	return error ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(reason) => {
		console.error(reason);
		process.exitCode = 1;
	}
);
