import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The benchmark's own unit tests (the generator), kept out of the app's test run: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
	root: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
	test: {
		include: ['bench/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000
	}
});
