/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Sieve's offline copy. On install it stores the whole build (app chunks, the analysis worker,
 * static files and every prerendered page) in one cache named after the build's version; from
 * then on every page, the demo and every analysis work with the network off.
 *
 * Paths: `$service-worker` gives URLs under `base`, the folder this script is served from, so the
 * site works from any sub-path of any static host (`/tools/sieve/`), and the scope is that folder.
 *
 * Updates never interrupt: a new version installs beside the running one and waits; the page shows
 * "A new version is ready — reload" (`UpdateNotice.svelte`) and only the user's click sends
 * `skip-waiting`, after which the page reloads once.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `sieve-${version}`;
/** Everything the site needs, as absolute paths on this origin. */
const PRECACHE = [...new Set([...build, ...files, ...prerendered, `${base}/`])];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('sieve-') && key !== CACHE) await caches.delete(key);
			}
			// The first visit's page is taken over at once, so it works offline without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

/** The cached copy of a page: `value/?dataset=…` is the page `value/`. */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
	const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	return (await cache.match(path)) ?? (await cache.match(url.pathname, { ignoreSearch: true }));
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	// Build files and static files never change under one version: the cache answers first.
	if (PRECACHED.has(url.pathname) && !url.pathname.endsWith('/')) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	// Pages and anything else: the network first (a new version shows up), the cache when offline.
	try {
		const response = await fetch(request);
		if (response.status === 200 && response.type === 'basic') {
			await cache.put(request.mode === 'navigate' ? url.pathname : request, response.clone());
		}
		return response;
	} catch (error) {
		const hit =
			request.mode === 'navigate' || request.destination === 'document'
				? await cachedPage(cache, url)
				: ((await cache.match(request)) ?? (await cache.match(url.pathname)));
		if (hit) return hit;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(`${base}/`)) return;
	event.respondWith(respond(request));
});
