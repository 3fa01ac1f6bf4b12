/**
 * Sieve's side of the ingest benchmark: a real file chosen in the page's file input, in a fresh
 * headless Chromium, timed on the page's clock from the Import click to the import summary.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import type { OrdersFile } from '../make-orders';
import { errorText, unlessCrashed, waitForElement, watchProblems } from './page-problems';
import { largestRendererMB, sampleRendererRss, type RssPeak } from './rss';

/**
 * How long the runner stays on the mapping step before it clicks Import, as a person reading it
 * does: Sieve's parse workers start and read the file's first rows then (`warmUpRequest`), as
 * duckdb-wasm's start-up is taken apart from its query. `--mapping-pause 0` clicks at once.
 */
export const MAPPING_PAUSE_MS = 1000;

/** Longest wait for one import: a 10M-line file on a slow, shared machine. */
export const RUN_TIMEOUT_MS = 20 * 60_000;

export interface SieveRun {
	ok: boolean;
	error?: string;
	/** File chosen → mapping step shown (the sniff of the first rows), page clock. */
	sniffSeconds?: number;
	/** Import click → summary in the DOM, page clock (parse, save, transfer, render). */
	endToEndSeconds?: number;
	/** The worker's own figures, from `data-metric="import.parseSeconds|saveSeconds"`. */
	parseSeconds?: number;
	saveSeconds?: number;
	datasetId?: string | null;
	metrics?: Record<string, string>;
	/** Main-thread long tasks (over 50 ms) from the Import click to the summary: count, longest. */
	longTasks?: { count: number; maxMs: number };
	/** Largest renderer's RSS once the page is loaded, before a file is chosen (MB). */
	rssPageReadyMB?: number;
	rss: RssPeak;
}

/**
 * Imports `file` through the page's own file input, from the Data page to the import summary, and
 * fills `run` with the page-clock timings and the `import.*` metrics. Leaves the page open (the
 * memory benchmark goes on to the analysis views).
 */
export async function importInPage(
	page: Page,
	appUrl: string,
	file: OrdersFile,
	run: Partial<SieveRun>,
	{ mappingPauseMs = MAPPING_PAUSE_MS }: { mappingPauseMs?: number } = {}
): Promise<void> {
	await page.goto(`${appUrl}data/`);
	// The file input only reacts once the page is hydrated: wait for its scripts to settle.
	await page.waitForLoadState('networkidle');
	run.rssPageReadyMB = largestRendererMB();
	const input = page.locator('input[data-testid="orders-file"]');
	const sniffStart = await page.evaluate(() => performance.now());
	await input.setInputFiles(file.path);
	const importButton = page.getByRole('button', { name: 'Import', exact: true });
	await unlessCrashed(page, importButton.waitFor({ state: 'visible', timeout: 60_000 }));
	run.sniffSeconds = ((await page.evaluate(() => performance.now())) - sniffStart) / 1000;

	// Page-clock timing: the click is stamped in the capture phase (before the app's handler),
	// the summary when it enters the DOM (before paint).
	await page.evaluate(() => {
		const times: { clickedAt?: number; summaryAt?: number; longTasks: number[] } = {
			longTasks: []
		};
		(window as unknown as { __benchTimes: typeof times }).__benchTimes = times;
		document.addEventListener('click', () => (times.clickedAt ??= performance.now()), true);
		// The main thread must stay responsive while the worker parses: record its long tasks.
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (times.clickedAt !== undefined && times.summaryAt === undefined)
					times.longTasks.push(entry.duration);
			}
		}).observe({ type: 'longtask' });
		const observer = new MutationObserver(() => {
			if (document.querySelector('[data-testid="import-summary"]')) {
				times.summaryAt = performance.now();
				observer.disconnect();
			}
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
	await page.waitForTimeout(mappingPauseMs);
	await importButton.click();
	await waitForElement(
		page,
		'[data-testid="import-summary"], [data-testid="import-error"]',
		RUN_TIMEOUT_MS
	);
	const failure = page.locator('[data-testid="import-error"]');
	if ((await failure.count()) > 0) throw new Error(`Import error: ${await failure.innerText()}`);
	const times = await page.evaluate(
		() =>
			(
				window as unknown as {
					__benchTimes: { clickedAt?: number; summaryAt?: number; longTasks: number[] };
				}
			).__benchTimes
	);
	if (times.clickedAt === undefined || times.summaryAt === undefined)
		throw new Error('The click or the summary was not seen by the page.');
	run.endToEndSeconds = (times.summaryAt - times.clickedAt) / 1000;
	run.longTasks = { count: times.longTasks.length, maxMs: Math.max(0, ...times.longTasks) };
	const metrics: Record<string, string> = Object.fromEntries(
		await page
			.locator('[data-metric^="import."]')
			.evaluateAll((elements) =>
				elements.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-value')])
			)
	);
	run.metrics = metrics;
	run.parseSeconds = Number(metrics['import.parseSeconds']);
	run.saveSeconds = Number(metrics['import.saveSeconds']);
	await page.waitForURL(/[?&]dataset=/, { timeout: 10_000 }).catch(() => {});
	run.datasetId = new URL(page.url()).searchParams.get('dataset');
}

export async function measureSieve(
	appUrl: string,
	file: OrdersFile,
	options: { mappingPauseMs?: number } = {}
): Promise<SieveRun> {
	const browser = await launchChromium();
	const rss = sampleRendererRss();
	const run: Partial<SieveRun> = {};
	const problems: string[] = [];
	try {
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		watchProblems(page, problems);
		await importInPage(page, appUrl, file, run, options);
		run.ok = true;
	} catch (error) {
		run.ok = false;
		// What the page showed when it stopped: its alerts and status lines.
		const shown = await browser.context
			.pages()[0]
			?.locator('[role="alert"], [role="status"], h1, h2')
			.allInnerTexts()
			.catch(() => [] as string[]);
		if (shown?.length) problems.push(`showing: ${shown.join(' / ').slice(0, 300)}`);
		run.error =
			errorText(error) +
			(problems.length ? ` — page said: ${problems.slice(0, 4).join(' | ')}` : '');
	} finally {
		run.rss = rss.stop();
		await browser.close().catch(() => {});
	}
	return run as SieveRun;
}
