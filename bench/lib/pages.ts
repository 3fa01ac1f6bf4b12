/**
 * Builds the benchmark's own pages (`bench/duckdb/`, `bench/storage/`) with Vite into
 * `bench/out/pages/<name>/`, everything bundled from node_modules and src (no CDN). A page is
 * rebuilt only when one of its sources is newer than its last build.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const PAGES_DIR = join(BENCH_DIR, 'out', 'pages');

export type BenchPage = 'duckdb' | 'storage';

/** What each page is built from, besides its own folder. */
const EXTRA_SOURCES: Record<BenchPage, string[]> = {
	duckdb: [join(REPO_DIR, 'package-lock.json')],
	storage: [join(REPO_DIR, 'package-lock.json'), join(REPO_DIR, 'src', 'lib')]
};

async function newestMtime(path: string): Promise<number> {
	const info = await stat(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = 0;
	for (const entry of await readdir(path))
		newest = Math.max(newest, await newestMtime(join(path, entry)));
	return newest;
}

/** Builds `page` when stale and returns `bench/out/pages` (the page is its `<name>/index.html`). */
export async function buildBenchPage(
	page: BenchPage,
	log: (message: string) => void = () => {}
): Promise<string> {
	const root = join(BENCH_DIR, page);
	const outDir = join(PAGES_DIR, page);
	const stamp = join(outDir, '.built');
	let newest = await newestMtime(root);
	for (const source of EXTRA_SOURCES[page]) newest = Math.max(newest, await newestMtime(source));
	const built = await stat(stamp).then(
		(info) => info.mtimeMs,
		() => 0
	);
	if (built > newest) return PAGES_DIR;
	log(`Building the ${page} benchmark page with Vite …`);
	await build({
		configFile: false,
		root,
		base: './',
		logLevel: 'warn',
		publicDir: false,
		resolve: { alias: { $lib: join(REPO_DIR, 'src', 'lib') } },
		worker: { format: 'es' },
		build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 }
	});
	await writeFile(stamp, new Date().toISOString());
	return PAGES_DIR;
}
