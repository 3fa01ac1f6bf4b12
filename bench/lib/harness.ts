/**
 * The benchmark runner's plumbing: child benchmarks as processes, the site build, the machine.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './pages';

export interface ChildRun {
	file: string;
	args: string[];
	exitCode: number | null;
	seconds: number;
	output: string;
	results?: unknown;
}

/** Runs `node --import tsx bench/<file> …args`, echoing and keeping its output. */
export async function runChild(file: string, args: string[]): Promise<ChildRun> {
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

export function ensureBuild(rebuild: boolean): string {
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

export function chromiumVersionFromBinary(): string {
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
