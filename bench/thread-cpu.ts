/**
 * CPU seconds of each renderer thread while a file is imported through the page, read from
 * `/proc/<pid>/task/<tid>/stat` (Linux): how much work each worker did, whatever the machine's
 * other users made it wait. On a shared machine wall-clock times mostly measure the wait; these
 * show whether the parse is split over the parse workers and what stays on the analysis worker.
 *
 *   node --import tsx bench/thread-cpu.ts SITE_DIR SIZE [--timeline]     e.g. build 1m
 *
 * SITE_DIR is a built site (`build/`, or a copy of a build made with `VITE_SIEVE_PARSE_WORKERS=1`
 * to compare with one worker). Prints the import's page-clock times, the largest renderer's peak
 * RSS, the CPU and page faults of all of Chromium's processes (the browser's too: a change can move
 * work out of the renderer without saving any), and the busiest threads (`DedicatedWorker` = the
 * analysis worker and the parse workers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ensureOrdersFile, parseSize } from './make-orders';
import { launchChromium } from './lib/chromium';
import { largestRendererMB, sampleRendererRss } from './lib/rss';
import { startStaticServer } from './lib/server';
import { importInPage, type SieveRun } from './lib/sieve-import';

const USER_HZ = 100;

function readText(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/** Every process descended from this one: its children and theirs. */
function descendants(): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readText(`/proc/${name}/stat`);
		if (!stat) continue;
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
	}
	const found: number[] = [];
	const queue = [...(children.get(process.pid) ?? [])];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		queue.push(...(children.get(pid) ?? []));
		found.push(pid);
	}
	return found;
}

/**
 * CPU seconds and minor page faults of all of Chromium's processes so far (the browser's own,
 * where IndexedDB writes and files are read, as well as the renderers'), the static server's not.
 */
function chromiumTotals(): { cpuSeconds: number; minorFaults: number } {
	let cpuSeconds = 0;
	let minorFaults = 0;
	for (const pid of descendants()) {
		if (!readText(`/proc/${pid}/cmdline`)?.includes('chrom')) continue;
		const stat = readText(`/proc/${pid}/stat`);
		if (!stat) continue;
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		cpuSeconds += (Number(fields[11]) + Number(fields[12])) / USER_HZ;
		minorFaults += Number(fields[7]);
	}
	return { cpuSeconds, minorFaults };
}

/** Renderer processes descended from this process. */
function renderers(): number[] {
	return descendants().filter((pid) =>
		readText(`/proc/${pid}/cmdline`)?.includes('--type=renderer')
	);
}

/** The threads of Chromium's processes other than renderers (the browser's, utilities'), busiest first. */
function otherThreads(): {
	process: string;
	name: string;
	cpuSeconds: number;
	minorFaults: number;
}[] {
	const found = [];
	for (const pid of descendants()) {
		const cmdline = readText(`/proc/${pid}/cmdline`);
		if (!cmdline?.includes('chrom') || cmdline.includes('--type=renderer')) continue;
		const process = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
		for (const tid of readdirSync(`/proc/${pid}/task`)) {
			const stat = readText(`/proc/${pid}/task/${tid}/stat`);
			if (!stat) continue;
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			found.push({
				process,
				name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
				cpuSeconds: (Number(fields[11]) + Number(fields[12])) / USER_HZ,
				minorFaults: Number(fields[7])
			});
		}
	}
	return found.sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

interface ThreadCpu {
	name: string;
	cpuSeconds: number;
	/** Minor page faults: fresh memory touched (each costs CPU; ~12 µs in a VM seen here). */
	minorFaults: number;
	firstSeen: number;
	lastBusy: number;
}

async function main([site, size]: string[]): Promise<void> {
	if (!site || !size) throw new Error('usage: node --import tsx bench/thread-cpu.ts SITE_DIR SIZE');
	const threads = new Map<string, ThreadCpu>();
	const started = Date.now();
	// --timeline: every half second, the largest renderer's RSS and the CPU each worker used since.
	const timeline: string[] = [];
	let lastLine = 0;
	const cpuAtLastLine = new Map<string, number>();
	const sample = () => {
		const now = (Date.now() - started) / 1000;
		for (const pid of renderers()) {
			for (const tid of readdirSync(`/proc/${pid}/task`)) {
				const stat = readText(`/proc/${pid}/task/${tid}/stat`);
				if (!stat) continue;
				const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / USER_HZ;
				const minorFaults = Number(fields[7]);
				const key = `${pid}/${tid}`;
				const known = threads.get(key);
				if (!known)
					threads.set(key, { name, cpuSeconds, minorFaults, firstSeen: now, lastBusy: now });
				else {
					if (cpuSeconds > known.cpuSeconds) known.lastBusy = now;
					known.cpuSeconds = cpuSeconds;
					known.minorFaults = minorFaults;
				}
			}
		}
		if (process.argv.includes('--timeline') && now - lastLine >= 0.5) {
			lastLine = now;
			// CPU each worker used since the last line (not since the last 50 ms sample).
			const busy = [...threads]
				.filter(([, t]) => t.name.startsWith('Dedicated'))
				.map(([key, t]) => (t.cpuSeconds - (cpuAtLastLine.get(key) ?? 0)).toFixed(2));
			for (const [key, t] of threads) cpuAtLastLine.set(key, t.cpuSeconds);
			timeline.push(
				`  t ${now.toFixed(1).padStart(5)} s  renderer ${largestRendererMB().toFixed(0).padStart(5)} MB  workers ${busy.join(' ')}`
			);
		}
	};
	const file = await ensureOrdersFile(parseSize(size), { log: console.log });
	const server = await startStaticServer(site, '/tools/sieve/');
	const browser = await launchChromium().catch((error) => {
		server.close();
		throw error;
	});
	const timer = setInterval(sample, 50);
	const rss = sampleRendererRss();
	try {
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		const run: Partial<SieveRun> = {};
		await importInPage(page, server.url, file, run);
		sample();
		const totals = chromiumTotals();
		const peak = rss.stop();
		console.log(
			`${file.label}: import ${run.endToEndSeconds!.toFixed(2)} s (worker parse ${run.parseSeconds!.toFixed(2)} s), ${run.metrics?.['import.lines']} lines, renderer peak ${peak.peakSingleMB.toFixed(0)} MB`
		);
		console.log(
			`  all of Chromium (browser, renderers, utilities) from launch: CPU ${totals.cpuSeconds.toFixed(2)} s, ${(totals.minorFaults / 1000).toFixed(0)}k page faults`
		);
		for (const line of timeline) console.log(line);
		const busiest = [...threads.values()].sort((a, b) => b.cpuSeconds - a.cpuSeconds);
		for (const t of busiest.slice(0, 6))
			console.log(
				`  ${t.name.padEnd(18)} CPU ${t.cpuSeconds.toFixed(2)} s, ${(t.minorFaults / 1000).toFixed(0).padStart(4)}k page faults, busy from ${t.firstSeen.toFixed(1)} to ${t.lastBusy.toFixed(1)} s`
			);
		console.log(
			"  the other processes' busiest threads, from launch (the browser's IndexedDB and file reads):"
		);
		for (const t of otherThreads().slice(0, 8))
			console.log(
				`  ${t.process.padEnd(10)} ${t.name.padEnd(18)} CPU ${t.cpuSeconds.toFixed(2)} s, ${(t.minorFaults / 1000).toFixed(0).padStart(4)}k page faults`
			);
	} finally {
		clearInterval(timer);
		await browser.close();
		server.close();
	}
}

main(process.argv.slice(2)).catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
