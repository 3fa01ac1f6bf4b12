/**
 * Starts `scripts/serve.mjs` (the project's plain static server) as a child process on a free port,
 * so the benchmark loads pages the way a static host would serve them.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_DIR } from './pages';

export interface StaticServer {
	/** Absolute URL of the mounted base, ending in `/`. */
	url: string;
	close: () => void;
}

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

/** Serves `dir` under `base` (e.g. `/tools/sieve/`) and resolves once the server listens. */
export async function startStaticServer(dir: string, base: string): Promise<StaticServer> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(REPO_DIR, 'scripts', 'serve.mjs'), '--port', String(port), '--base', base, '--dir', dir],
		{ cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let stderr = '';
	child.stderr.on('data', (data) => (stderr += String(data)));
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(
			() => fail(new Error(`The static server did not start: ${stderr}`)),
			15_000
		);
		child.stdout.on('data', (data) => {
			if (String(data).includes('served at')) {
				clearTimeout(timer);
				ready();
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`The static server exited (${code}): ${stderr}`));
		});
	});
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => {
			child.kill();
		}
	};
}
