// Screenshots of the built site in headless Chromium, for looking at pages as a user would and
// for the README. Loads the demo business, then captures each view at desktop and phone widths.
//   node scripts/screenshots.mjs [outDir=/tmp/sieve-shots] [--file orders.csv] [--scheme dark]
//     [--lang ur] [--views data,value,…] [--port 4391]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const outDir =
	args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--')) ??
	'/tmp/sieve-shots';
/** @param {string} name */
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : null);
const file = option('file');
const scheme = /** @type {'light' | 'dark'} */ (option('scheme') ?? 'light');
const lang = option('lang') ?? 'en';
const views = (option('views') ?? 'data,value,segments,personas').split(',');
mkdirSync(outDir, { recursive: true });

const port = Number(option('port') ?? 4391);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--base', '/sieve/'], {
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 500));
const base = `http://127.0.0.1:${port}/sieve/`;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
try {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		colorScheme: scheme
	});
	const page = await context.newPage();
	page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
	page.on('pageerror', (e) => console.error('pageerror:', e.message));
	// The demo loads in English (its button is found by name); the views open with `?lang=`.
	await page.goto(`${base}?lang=en`);
	await page.screenshot({ path: `${outDir}/home-${scheme}.png`, fullPage: true });
	await page.goto(`${base}data/`);
	if (file) {
		await page.getByTestId('orders-file').setInputFiles(file);
		await page.getByRole('heading', { name: /Map the columns/ }).waitFor();
		await page.screenshot({ path: `${outDir}/mapping-${scheme}.png`, fullPage: true });
		await page.getByRole('button', { name: 'Import' }).click();
	} else {
		await page.getByRole('button', { name: 'Try the demo business' }).click();
	}
	await page.getByTestId('import-summary').waitFor({ timeout: 120000 });
	const id = new URL(page.url()).searchParams.get('dataset');
	for (const view of views) {
		await page.goto(`${base}${view}/?dataset=${id}&lang=${lang}`);
		await page.waitForTimeout(2500);
		await page.screenshot({ path: `${outDir}/${view}-${lang}-${scheme}.png`, fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(800);
		await page.screenshot({
			path: `${outDir}/${view}-${lang}-phone-${scheme}.png`,
			fullPage: true
		});
		await page.setViewportSize({ width: 1280, height: 900 });
	}
	console.log(`screenshots in ${outDir}`);
} finally {
	await browser.close();
	server.kill();
}
