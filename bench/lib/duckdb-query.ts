/**
 * duckdb-wasm's side of the ingest benchmark: the page `bench/duckdb/` registers the chosen file and
 * runs one GROUP BY, in a fresh headless Chromium.
 */
import { launchChromium } from './chromium';
import type { OrdersFile } from '../make-orders';
import { errorText, waitForElement, watchProblems } from './page-problems';
import { largestRendererMB, sampleRendererRss, type RssPeak } from './rss';
import { RUN_TIMEOUT_MS } from './sieve-import';

export interface DuckdbRun {
	ok: boolean;
	error?: string;
	startupSeconds?: number;
	querySeconds?: number;
	totalSeconds?: number;
	bundle?: string;
	duckdbVersion?: string;
	customers?: number;
	orders?: number;
	revenue?: number;
	rssPageReadyMB?: number;
	rss: RssPeak;
}

export async function measureDuckdb(pagesUrl: string, file: OrdersFile): Promise<DuckdbRun> {
	const browser = await launchChromium();
	const rss = sampleRendererRss();
	const run: Partial<DuckdbRun> = {};
	const problems: string[] = [];
	try {
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		watchProblems(page, problems);
		await page.goto(`${pagesUrl}duckdb/`);
		run.rssPageReadyMB = largestRendererMB();
		await page.locator('#file').setInputFiles(file.path);
		await waitForElement(page, 'body[data-state="done"], body[data-state="error"]', RUN_TIMEOUT_MS);
		const { result, error } = await page.evaluate(() => ({
			result: (window as unknown as { __benchResult?: Record<string, unknown> }).__benchResult,
			error: (window as unknown as { __benchError?: string }).__benchError
		}));
		if (!result) throw new Error(error ?? 'duckdb-wasm gave no result.');
		Object.assign(run, result);
		run.totalSeconds = (run.startupSeconds ?? 0) + (run.querySeconds ?? 0);
		run.ok = true;
	} catch (error) {
		run.ok = false;
		run.error =
			errorText(error) +
			(problems.length ? ` — page said: ${problems.slice(0, 3).join(' | ')}` : '');
	} finally {
		run.rss = rss.stop();
		await browser.close().catch(() => {});
	}
	return run as DuckdbRun;
}
