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
 *
 * Inside a worker (the analysis worker starting its parse workers) pass `baseUrl` =
 * `import.meta.url`: there is no document, and the worker's own location is its `blob:` bootstrap,
 * which relative URLs cannot be resolved against. A worker started from a worker this way gets the
 * page's policy too: the parent's policy (the page's, inherited through its own `blob:` bootstrap)
 * allows the `blob:` worker (`worker-src 'self' blob:`), and the child inherits it in turn.
 */
export function startModuleWorker(
	scriptUrl: string,
	name: string,
	baseUrl: string = document.baseURI
): StartedWorker {
	const source = workerBootstrapSource(scriptUrl, baseUrl);
	const bootstrapUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
	return { worker: new Worker(bootstrapUrl, { type: 'module', name }), bootstrapUrl };
}
