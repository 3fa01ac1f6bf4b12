/**
 * Peak resident memory of Chromium's renderer processes, read from /proc (Linux). Only processes
 * descended from this Node process count, so other Chromiums on a shared machine are not measured.
 * A page's dedicated workers run inside its renderer process, so they are included.
 *
 * The headline figure is the largest single renderer (the page's own: it holds the page, its
 * workers and their wasm memory). Headless Chromium also keeps two or three small renderers
 * (a spare one, internal pages); summing VmRSS over them counts Chromium's shared code pages
 * (~100 MB of RssFile) once per process, so the sum is kept only as a secondary figure.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface RssPeak {
	/** Largest sum of VmRSS over all renderer processes at one sample, in MB (10^6 bytes). */
	peakSumMB: number;
	/** Largest VmRSS of a single renderer process, in MB. */
	peakSingleMB: number;
	samples: number;
}

function readText(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/** The VmRSS in kB of each renderer process descended from `rootPid`. */
export function rendererRssKb(rootPid: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readText(`/proc/${name}/stat`);
		if (!stat) continue;
		// Fields after the parenthesised command name: state, ppid, …
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		const list = children.get(parent) ?? [];
		list.push(Number(name));
		children.set(parent, list);
	}
	const found: number[] = [];
	const queue = [...(children.get(rootPid) ?? [])];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		queue.push(...(children.get(pid) ?? []));
		const cmdline = readText(`/proc/${pid}/cmdline`);
		if (!cmdline?.includes('--type=renderer')) continue;
		const match = /VmRSS:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
		if (match) found.push(Number(match[1]));
	}
	return found;
}

/** The VmRSS of the largest renderer descended from `rootPid`, in MB (0 when there is none). */
export function largestRendererMB(rootPid = process.pid): number {
	return (Math.max(0, ...rendererRssKb(rootPid)) * 1024) / 1e6;
}

/** Samples every `intervalMs` until `stop()`, which returns the peaks seen. */
export function sampleRendererRss(
	rootPid = process.pid,
	intervalMs = 100
): { stop: () => RssPeak } {
	let peakSumKb = 0;
	let peakSingleKb = 0;
	let samples = 0;
	const sample = () => {
		const rss = rendererRssKb(rootPid);
		samples++;
		peakSumKb = Math.max(
			peakSumKb,
			rss.reduce((sum, kb) => sum + kb, 0)
		);
		peakSingleKb = Math.max(peakSingleKb, ...rss, 0);
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			sample();
			return {
				peakSumMB: (peakSumKb * 1024) / 1e6,
				peakSingleMB: (peakSingleKb * 1024) / 1e6,
				samples
			};
		}
	};
}
