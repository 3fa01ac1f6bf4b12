/**
 * Starts a module worker so that the page's Content-Security-Policy applies inside it.
 *
 * A worker loaded from its own URL takes the policy of that script's HTTP response — on a static
 * host with the policy in a `<meta>` tag, none — so a worker could reach any origin while the page
 * could not. A worker whose script is a `blob:` URL inherits the policy of the document that
 * created it (HTML: "policy container" of a local-scheme worker), `<meta>` policy included. So the
 * worker starts from a tiny blob module whose only statement imports the real, bundled script;
 * the import is same-origin (`script-src 'self'`), relative chunk imports resolve against the real
 * script's URL, and every later `fetch`, `WebSocket` or `importScripts` inside the worker is checked
 * against the page's policy.
 */

/** A started worker and the `blob:` URL to revoke once it is terminated. */
export interface StartedWorker {
	worker: Worker;
	bootstrapUrl: string;
}

/** The bootstrap module's source: one static import of `scriptUrl`, resolved against the page. */
export function workerBootstrapSource(scriptUrl: string, baseUrl: string): string {
	return `import ${JSON.stringify(new URL(scriptUrl, baseUrl).href)};\n`;
}

/**
 * Starts `scriptUrl` (as Vite's `?worker&url` gives it: absolute, or relative to the page) as a
 * module worker from a `blob:` bootstrap. Throws what `new Worker` throws.
 */
export function startModuleWorker(scriptUrl: string, name: string): StartedWorker {
	const source = workerBootstrapSource(scriptUrl, document.baseURI);
	const bootstrapUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
	return { worker: new Worker(bootstrapUrl, { type: 'module', name }), bootstrapUrl };
}
