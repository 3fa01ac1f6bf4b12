/**
 * How long "Try the demo business" takes (the goal: under 2 s from the click to the import summary,
 * so a workshop's demo feels immediate). A benchmark, not a timed test: it prints figures.
 *   node --import tsx bench/demo.bench.ts [--runs 5] [--node-only]
 * 1. Node: `generateDemoBusiness` alone, then `readDemoDataset` (generate + the same import as a
 *    user's files: orders, customers, tickets), medians over the runs after a warm-up.
 * 2. The page (when `build/` exists): a fresh headless Chromium with an on-disk profile per run,
 *    the page clock from the click on "Try the demo business" (capture phase) to the import summary
 *    entering the DOM — generation and parse in the worker, the save to IndexedDB, the render.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateDemoBusiness } from '../src/lib/ingest/demo/index';
import { readDemoDataset } from '../src/lib/ingest/read-dataset';
import { launchChromium } from './lib/chromium';
import { REPO_DIR } from './lib/pages';
import { startStaticServer } from './lib/server';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const nodeOnly = args.includes('--node-only');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const spread = (values: number[]) =>
	`median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms, ` +
	`max ${Math.max(...values).toFixed(0)} ms over ${values.length} runs`;

async function measureNode(): Promise<void> {
	const context = { signal: new AbortController().signal, progress: () => {} };
	// Warm-up, so the figures are not the JIT's.
	await readDemoDataset(7, context);
	const generate: number[] = [];
	const generateCpu: number[] = [];
	const read: number[] = [];
	const readCpu: number[] = [];
	const cpuMs = (since: NodeJS.CpuUsage) => {
		const used = process.cpuUsage(since);
		return (used.user + used.system) / 1000;
	};
	let lines = 0;
	for (let i = 0; i < runs; i++) {
		let start = performance.now();
		let cpu = process.cpuUsage();
		generateDemoBusiness();
		generate.push(performance.now() - start);
		generateCpu.push(cpuMs(cpu));
		start = performance.now();
		cpu = process.cpuUsage();
		const dataset = await readDemoDataset(1, context);
		read.push(performance.now() - start);
		readCpu.push(cpuMs(cpu));
		lines = dataset.report.lines;
	}
	console.log(`demo business in Node: ${lines.toLocaleString('en-GB')} order lines`);
	console.log(`  generate (CSV text)         ${spread(generate)}`);
	console.log(`    CPU time (all threads)    ${spread(generateCpu)}`);
	console.log(`  generate + import (3 files) ${spread(read)}`);
	console.log(`    CPU time (all threads)    ${spread(readCpu)}`);
}

async function measurePage(): Promise<void> {
	const site = join(REPO_DIR, 'build');
	if (!existsSync(join(site, 'index.html'))) {
		console.log('demo business in the page: skipped (no build/; run npx vite build)');
		return;
	}
	const server = await startStaticServer(site, '/tools/sieve/');
	const clicks: number[] = [];
	const parse: number[] = [];
	const save: number[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const chromium = await launchChromium();
			try {
				const page = await chromium.context.newPage();
				await page.goto(`${server.url}data/`);
				await page.waitForLoadState('networkidle');
				await page.evaluate(() => {
					const times: { clickedAt?: number; summaryAt?: number } = {};
					(window as unknown as { __demoTimes: typeof times }).__demoTimes = times;
					document.addEventListener('click', () => (times.clickedAt ??= performance.now()), true);
					const observer = new MutationObserver(() => {
						if (document.querySelector('[data-testid="import-summary"]')) {
							times.summaryAt = performance.now();
							observer.disconnect();
						}
					});
					observer.observe(document.body, { childList: true, subtree: true });
				});
				await page.getByRole('button', { name: 'Try the demo business' }).click();
				await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 120_000 });
				const times = await page.evaluate(
					() =>
						(window as unknown as { __demoTimes: { clickedAt?: number; summaryAt?: number } })
							.__demoTimes
				);
				if (times.clickedAt === undefined || times.summaryAt === undefined)
					throw new Error('The click or the summary was not seen by the page.');
				clicks.push(times.summaryAt - times.clickedAt);
				const metric = async (name: string) =>
					1000 *
					Number(await page.locator(`[data-metric="${name}"]`).first().getAttribute('data-value'));
				parse.push(await metric('import.parseSeconds'));
				save.push(await metric('import.saveSeconds'));
			} finally {
				await chromium.close();
			}
		}
	} finally {
		server.close();
	}
	console.log('demo business in the page (headless Chromium, fresh profile per run):');
	console.log(`  click → import summary      ${spread(clicks)}`);
	console.log(`  worker: generate + parse    ${spread(parse)}`);
	console.log(`  worker: save to IndexedDB   ${spread(save)}`);
}

// Wall-clock figures on a shared machine grow with its load: say what the load was.
const load = () => loadavg()[0].toFixed(1);
console.log(`${cpus().length} cores, load average ${load()} at the start`);
await measureNode();
if (!nodeOnly) await measurePage();
console.log(`load average ${load()} at the end`);
