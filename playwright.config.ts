import { defineConfig } from '@playwright/test';

/** The built site, served from a sub-path by a plain static server, in the system's Chromium. */
const port = Number(process.env.E2E_PORT ?? 4317);
export const basePath = '/tools/sieve/';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	// One retry: CI is a two-core machine under load, where a browser can stall past a wait. A
	// test that fails twice fails the run; one that passes on its retry is reported as flaky.
	retries: Number(process.env.E2E_RETRIES ?? 1),
	timeout: 120_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${basePath}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		},
		trace: 'off'
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${port} --base ${basePath}`,
		url: `http://127.0.0.1:${port}${basePath}`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
