import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Every page is prerendered with relative asset paths, so `build/` works from any static host and
 * any sub-path (for example `/tools/sieve/`) with no server-side fallback.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { relative: true },
		// src/service-worker.ts precaches the build for offline use; `_headers` is host configuration,
		// not a file every host serves, so it stays out of the precache (one 404 fails the install).
		serviceWorker: { files: (file) => file !== '_headers' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The privacy promise, enforced by the browser: nothing may be fetched from, sent to, or run
		// from another origin. SvelteKit adds hashes for its own inline bootstrap script.
		// 'wasm-unsafe-eval' lets the parse workers compile the byte scanner shipped in their own
		// script (ingest/wasm): it allows WebAssembly only, not eval, and fetches nothing.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self']
			}
		}
	}
};

export default config;
