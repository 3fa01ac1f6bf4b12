/**
 * `npm run bench`: ingest of a real file chosen in the page, in headless Chromium, Sieve against
 * duckdb-wasm, then the other benchmarks of this folder as child processes.
 *
 *   npm run bench -- [--sizes 1m,10m] [--runs N] [--rebuild] [--ingest-only]
 *
 * --sizes      synthetic files to measure (100k, 1m, 10m …; default 1m,10m)
 * --runs       runs per method and size (default 3 up to 1M lines, 1 above)
 * --rebuild    run `npx vite build` even when build/ exists (default: only when it is missing)
 * --ingest-only  skip the child benchmarks (engine, personas, storage)
 *
 * See bench/README.md for what each figure means.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureOrdersFile, OUT_DIR, parseSize, sizeLabel, type OrdersFile } from './make-orders';
import { launchChromium } from './lib/chromium';
import { buildBenchPage, BENCH_DIR, PAGES_DIR, REPO_DIR } from './lib/pages';
import { largestRendererMB, sampleRendererRss, type RssPeak } from './lib/rss';
import { startStaticServer } from './lib/server';
import { formatTable, median } from './lib/report';

const APP_BASE = '/tools/sieve/';
const PAGES_BASE = '/bench/';
/** Longest wait for one import: a 10M-line file on a slow, shared machine. */
const RUN_TIMEOUT_MS = 20 * 60_000;

interface SieveRun {
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

interface DuckdbRun {
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

interface ChildRun {
	file: string;
	args: string[];
	exitCode: number | null;
	seconds: number;
	output: string;
	results?: unknown;
}

function option(args: string[], name: string): string | undefined {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
}

/** Races `work` against the tab crashing, so a crash is reported at once instead of as a timeout. */
function unlessCrashed<T>(page: Page, work: Promise<T>): Promise<T> {
	const crashed = new Promise<never>((_, reject) =>
		page.once('crash', () => reject(new Error('The tab crashed (renderer process gone).')))
	);
	return Promise.race([work, crashed]);
}

/** Console errors, uncaught exceptions and failed requests of a page, for a failed run's report. */
function watchProblems(page: Page, problems: string[]): void {
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`)
	);
}

const errorText = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0];

async function measureSieve(appUrl: string, file: OrdersFile): Promise<SieveRun> {
	const browser = await launchChromium();
	const rss = sampleRendererRss();
	const run: Partial<SieveRun> = {};
	const problems: string[] = [];
	try {
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		watchProblems(page, problems);
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
		await importButton.click();
		const outcome = page.locator('[data-testid="import-summary"], [data-testid="import-error"]');
		await unlessCrashed(
			page,
			outcome.first().waitFor({ state: 'visible', timeout: RUN_TIMEOUT_MS })
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

async function measureDuckdb(pagesUrl: string, file: OrdersFile): Promise<DuckdbRun> {
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
		await unlessCrashed(
			page,
			page.waitForSelector('body[data-state="done"], body[data-state="error"]', {
				timeout: RUN_TIMEOUT_MS
			})
		);
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

/**
 * Checks each method's figures against the file's known counts and against each other: every line
 * accepted by Sieve, customers (incl. returns-only) and invoices (orders + returns) as generated,
 * and the same net revenue in both. Returns one note per disagreement, or one "agree" note.
 */
function checkAgreement(file: OrdersFile, sieve?: SieveRun, duck?: DuckdbRun): string[] {
	const problems: string[] = [];
	const metric = (name: string) => Number(sieve?.metrics?.[name] ?? NaN);
	if (sieve) {
		if (metric('import.lines') !== file.lines)
			problems.push(`Sieve accepted ${metric('import.lines')} lines of ${file.lines}`);
		const customers = metric('import.customers') + metric('import.returnsOnlyCustomers');
		if (customers !== file.customers)
			problems.push(
				`Sieve counted ${customers} customers (with returns-only), the file has ${file.customers}`
			);
		const invoices = metric('import.orders') + metric('import.returns');
		if (invoices !== file.orders)
			problems.push(
				`Sieve counted ${invoices} orders + returns, the file has ${file.orders} invoices`
			);
	}
	if (duck && (duck.customers !== file.customers || duck.orders !== file.orders))
		problems.push(
			`duckdb-wasm saw ${duck.customers} customers / ${duck.orders} invoices, the file has ${file.customers} / ${file.orders}`
		);
	if (sieve && duck) {
		const revenue = metric('import.netRevenue');
		if (!(Math.abs(revenue - duck.revenue!) <= 1e-6 * Math.abs(duck.revenue!) + 0.01))
			problems.push(`net revenue differs: Sieve ${revenue}, duckdb-wasm ${duck.revenue}`);
	}
	if (problems.length === 0)
		return [
			`${file.label}: both methods agree with the file (lines, customers, invoices) and with each other (net revenue)`
		];
	return problems.map((problem) => `${file.label}: WARNING ${problem}`);
}

/** Runs `node --import tsx bench/<file> …args`, echoing and keeping its output. */
async function runChild(file: string, args: string[]): Promise<ChildRun> {
	const started = performance.now();
	const child = spawn(process.execPath, ['--import', 'tsx', join('bench', file), ...args], {
		cwd: REPO_DIR,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const echo = (data: Buffer) => {
		output += String(data);
		process.stdout.write(data);
	};
	child.stdout.on('data', echo);
	child.stderr.on('data', echo);
	const exitCode = await new Promise<number | null>((done) => child.on('close', done));
	return { file, args, exitCode, seconds: (performance.now() - started) / 1000, output };
}

function ensureBuild(rebuild: boolean): string {
	const index = join(REPO_DIR, 'build', 'index.html');
	if (rebuild || !existsSync(index)) {
		console.log(
			rebuild
				? 'Rebuilding the site (npx vite build) …'
				: 'No build/: building the site (npx vite build) …'
		);
		const built = spawnSync('npx', ['vite', 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
		if (built.status !== 0) throw new Error('npx vite build failed.');
	}
	return statSync(index).mtime.toISOString();
}

function chromiumVersionFromBinary(): string {
	try {
		const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
		return execFileSync(path, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return 'unknown';
	}
}

const round = (value: number | undefined, digits = 2) =>
	value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));

async function main(args: string[]): Promise<number> {
	const sizes = (option(args, 'sizes') ?? '1m,10m').split(',').map(parseSize);
	const runsOption = option(args, 'runs');
	const runsFor = (lines: number) => (runsOption ? Number(runsOption) : lines <= 1_000_000 ? 3 : 1);
	const startedAt = new Date();

	const buildTime = ensureBuild(args.includes('--rebuild'));
	const probe = await launchChromium();
	const chromiumVersion = probe.version;
	await probe.close();
	const machine = {
		nproc: availableParallelism(),
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGB: Number((totalmem() / 1e9).toFixed(1)),
		kernel: release(),
		node: process.version,
		chromium: chromiumVersion,
		chromiumBinary: chromiumVersionFromBinary()
	};
	const command = args.length ? `npm run bench -- ${args.join(' ')}` : 'npm run bench';
	console.log(`$ ${command}`);
	console.log(`started ${startedAt.toISOString()}`);
	console.log(
		`machine: nproc ${machine.nproc}, ${machine.cpu}, ${machine.memoryGB} GB, Linux ${machine.kernel}, Node ${machine.node}`
	);
	console.log(
		`Chromium ${machine.chromium} (${machine.chromiumBinary}), headless, fresh profile per run`
	);
	console.log(`site build/ from ${buildTime}`);
	// The machine is shared: other work running at the same time slows every figure down.
	const loadText = () =>
		loadavg()
			.map((value) => value.toFixed(2))
			.join(' ');
	console.log(`load average at start: ${loadText()} (1, 5, 15 min; ${machine.nproc} cores)`);

	await buildBenchPage('duckdb', console.log);
	// Serve a snapshot of build/: a rebuild by someone else mid-run must not change the pages.
	const siteDir = await mkdtemp(join(tmpdir(), 'sieve-bench-site-'));
	await cp(join(REPO_DIR, 'build'), siteDir, { recursive: true });
	const app = await startStaticServer(siteDir, APP_BASE);
	const pages = await startStaticServer(PAGES_DIR, PAGES_BASE);
	const results: Record<string, unknown>[] = [];
	const tableRows: string[][] = [];
	const notes: string[] = [];
	try {
		for (const lines of sizes) {
			const file = await ensureOrdersFile(lines, { log: console.log });
			const mb = file.bytes / 1e6;
			const runs = runsFor(lines);
			console.log(
				`\n${file.label}: ${file.path} (${mb.toFixed(1)} MB, ${file.lines} lines, ${file.orders} orders, ${file.customers} customers), ${runs} run(s) per method`
			);
			const sieveRuns: SieveRun[] = [];
			const duckdbRuns: DuckdbRun[] = [];
			for (let r = 0; r < runs; r++) {
				const sieve = await measureSieve(app.url, file);
				sieveRuns.push(sieve);
				console.log(
					sieve.ok
						? `  run ${r + 1} Sieve: import ${sieve.endToEndSeconds!.toFixed(2)} s (parse ${sieve.parseSeconds!.toFixed(2)} s, save ${sieve.saveSeconds!.toFixed(2)} s; sniff ${sieve.sniffSeconds!.toFixed(2)} s), renderer peak ${sieve.rss.peakSingleMB.toFixed(0)} MB, main-thread long tasks ${sieve.longTasks?.count ?? '?'} (longest ${sieve.longTasks?.maxMs.toFixed(0) ?? '?'} ms)`
						: `  run ${r + 1} Sieve FAILED: ${sieve.error} (renderer peak ${sieve.rss.peakSingleMB.toFixed(0)} MB)`
				);
				const duck = await measureDuckdb(pages.url, file);
				duckdbRuns.push(duck);
				console.log(
					duck.ok
						? `  run ${r + 1} duckdb-wasm (${duck.bundle}): start-up ${duck.startupSeconds!.toFixed(2)} s + query ${duck.querySeconds!.toFixed(2)} s, renderer peak ${duck.rss.peakSingleMB.toFixed(0)} MB`
						: `  run ${r + 1} duckdb-wasm FAILED: ${duck.error} (renderer peak ${duck.rss.peakSingleMB.toFixed(0)} MB)`
				);
			}

			const loadAfter = loadText();
			console.log(`  load average after the runs: ${loadAfter}`);
			const sieveOk = sieveRuns.filter((run) => run.ok);
			const duckOk = duckdbRuns.filter((run) => run.ok);
			const peak = (list: { rss: RssPeak }[]) =>
				list.length ? Math.max(...list.map((run) => run.rss.peakSingleMB)) : undefined;
			const sieve = {
				endToEnd: median(sieveOk.map((run) => run.endToEndSeconds!)),
				parse: median(sieveOk.map((run) => run.parseSeconds!)),
				save: median(sieveOk.map((run) => run.saveSeconds!)),
				sniff: median(sieveOk.map((run) => run.sniffSeconds!)),
				peakMB: peak(sieveRuns)
			};
			const duck = {
				startup: median(duckOk.map((run) => run.startupSeconds!)),
				query: median(duckOk.map((run) => run.querySeconds!)),
				total: median(duckOk.map((run) => run.totalSeconds!)),
				peakMB: peak(duckdbRuns)
			};
			const ratio =
				sieve.endToEnd !== undefined && duck.total !== undefined
					? sieve.endToEnd / duck.total
					: undefined;
			const rate = (seconds: number | undefined) => (seconds ? mb / seconds : undefined);
			const row = (
				method: string,
				seconds: number | undefined,
				throughput: boolean,
				peakMB?: number
			) => [
				method,
				file.lines.toLocaleString('en'),
				mb.toFixed(1),
				seconds === undefined ? 'failed' : seconds.toFixed(2),
				throughput && seconds ? rate(seconds)!.toFixed(1) : '',
				peakMB === undefined ? '' : peakMB.toFixed(0)
			];
			tableRows.push(
				row('Sieve: Import click → summary (parse + save)', sieve.endToEnd, true, sieve.peakMB),
				row('  Sieve worker parse (import.parseSeconds)', sieve.parse, true),
				row('  Sieve save to IndexedDB (import.saveSeconds)', sieve.save, false),
				row('  Sieve sniff: file chosen → mapping step', sieve.sniff, false),
				row('duckdb-wasm: start-up + query', duck.total, true, duck.peakMB),
				row('  duckdb-wasm start-up', duck.startup, false),
				row('  duckdb-wasm query (register File + GROUP BY)', duck.query, true)
			);
			notes.push(
				ratio === undefined
					? `${file.label}: no ratio (a method failed every run)`
					: `${file.label}: Sieve / duckdb-wasm (with start-up) = ${ratio.toFixed(2)} (${ratio < 1 ? 'Sieve faster' : 'duckdb-wasm faster'})`
			);
			// Sieve's figure includes its save to IndexedDB, which duckdb-wasm does not do: show the
			// parse-only ratio beside it.
			if (sieve.parse !== undefined && duck.total !== undefined && duck.query !== undefined)
				notes.push(
					`${file.label}: Sieve worker parse / duckdb-wasm (with start-up) = ${(sieve.parse / duck.total).toFixed(2)}; ` +
						`Sieve worker parse / duckdb-wasm query alone = ${(sieve.parse / duck.query).toFixed(2)}`
				);
			// Both methods must have read the same data: a benchmark of a wrong answer is worthless.
			notes.push(...checkAgreement(file, sieveOk[0], duckOk[0]));
			for (const run of [...sieveRuns, ...duckdbRuns])
				if (!run.ok) notes.push(`${file.label}: a run failed: ${run.error}`);

			results.push({
				size: file.label,
				file: {
					path: file.path,
					bytes: file.bytes,
					lines: file.lines,
					orders: file.orders,
					customers: file.customers,
					seed: file.seed
				},
				runs,
				loadAverageAfter: loadAfter,
				sieve: {
					medianEndToEndSeconds: round(sieve.endToEnd, 3),
					medianParseSeconds: round(sieve.parse, 3),
					medianSaveSeconds: round(sieve.save, 3),
					medianSniffSeconds: round(sieve.sniff, 3),
					mbPerSecondEndToEnd: round(rate(sieve.endToEnd), 1),
					mbPerSecondParse: round(rate(sieve.parse), 1),
					peakRendererRssMB: round(sieve.peakMB, 0),
					runs: sieveRuns
				},
				duckdb: {
					medianStartupSeconds: round(duck.startup, 3),
					medianQuerySeconds: round(duck.query, 3),
					medianTotalSeconds: round(duck.total, 3),
					mbPerSecondQuery: round(rate(duck.query), 1),
					mbPerSecondTotal: round(rate(duck.total), 1),
					peakRendererRssMB: round(duck.peakMB, 0),
					runs: duckdbRuns
				},
				ratioSieveOverDuckdbWithStartup: round(ratio, 3)
			});
		}
	} finally {
		app.close();
		await rm(siteDir, { recursive: true, force: true });
		pages.close();
	}

	console.log(
		`\nIngest of a real file chosen in the page, headless Chromium (medians; peak = max over runs)\n`
	);
	console.log(
		formatTable(
			['method', 'lines', 'MB', 'seconds (median)', 'MB/s', 'peak renderer RSS MB'],
			tableRows
		)
	);
	console.log('');
	for (const note of notes) console.log(note);

	const children: ChildRun[] = [];
	if (!args.includes('--ingest-only')) {
		const storageLines = sizes.includes(1_000_000) ? 1_000_000 : Math.min(...sizes);
		const childBenches: [string, string[]][] = [
			['engine.bench.ts', []],
			['personas.bench.ts', []],
			['segments.bench.ts', []],
			['storage.bench.ts', ['--size', sizeLabel(storageLines)]]
		];
		for (const [file, childArgs] of childBenches) {
			if (!existsSync(join(BENCH_DIR, file))) {
				console.log(`\n(bench/${file} not present: skipped)`);
				continue;
			}
			console.log(`\n$ node --import tsx bench/${file} ${childArgs.join(' ')}`.trimEnd());
			const jsonPath = join(tmpdir(), `sieve-bench-${process.pid}-${file}.json`);
			const wantsJson = file === 'storage.bench.ts';
			const child = await runChild(
				file,
				wantsJson ? [...childArgs, '--json', jsonPath] : childArgs
			);
			if (wantsJson && existsSync(jsonPath))
				child.results = JSON.parse(await readFile(jsonPath, 'utf8'));
			if (child.exitCode !== 0) console.log(`(bench/${file} exited with ${child.exitCode})`);
			children.push(child);
		}
	}

	await mkdir(OUT_DIR, { recursive: true });
	const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, '-');
	const jsonPath = join(OUT_DIR, `results-${stamp}.json`);
	await writeFile(
		jsonPath,
		`${JSON.stringify({ command, startedAt: startedAt.toISOString(), machine, siteBuiltAt: buildTime, ingest: results, notes, children }, null, '\t')}\n`
	);
	console.log(`\nResults written to ${jsonPath}`);
	const failed = results.some(
		(r) =>
			(r as { ratioSieveOverDuckdbWithStartup: number | null }).ratioSieveOverDuckdbWithStartup ===
			null
	);
	return failed || children.some((child) => child.exitCode !== 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error) => {
		console.error(error);
		process.exitCode = 1;
	}
);
