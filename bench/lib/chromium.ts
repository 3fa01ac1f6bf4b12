/**
 * Launches the system's Chromium (Debian's `/usr/bin/chromium`, or CHROMIUM_PATH) headless through
 * playwright-core, each time with a fresh profile in a temporary directory. A persistent profile,
 * not `browser.newContext()`: Playwright's new contexts are off-the-record, and Chromium keeps an
 * off-the-record profile's IndexedDB in memory, which would flatter every save and reopen figure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	// V8 flags for a profiling run, e.g. BENCH_JS_FLAGS=--perf-basic-prof (names for `perf`).
	...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : []),
	// Chromium 156 headless starts its omnibox popup WebUI (a renderer no page sees) at launch.
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'
];

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FreshChromium {
	context: BrowserContext;
	profileDir: string;
	version: string;
	/** Closes the browser and deletes its profile. */
	close: () => Promise<void>;
}

/** A new Chromium with an empty on-disk profile (or `profileDir`, to reopen an earlier one). */
export async function launchChromium(
	options: { profileDir?: string } = {}
): Promise<FreshChromium> {
	const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'sieve-bench-profile-')));
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true,
		viewport: { width: 1280, height: 900 }
	});
	const version = context.browser()?.version() ?? 'unknown';
	return {
		context,
		profileDir,
		version,
		close: async () => {
			await context.close();
			if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
		}
	};
}
