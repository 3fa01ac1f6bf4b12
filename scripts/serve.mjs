// Serves the built site (`build/`) the way any static host would: files only, no fallback.
//   node scripts/serve.mjs [--port 4173] [--base /tools/sieve/] [--dir build]
// `--base` mounts the site under a sub-path, to prove that the build works from one.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
/** @type {(name: string, fallback: string) => string} */
const option = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4173'));
const base = `/${option('base', '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const root = resolve(option('dir', 'build'));
const host = option('host', '127.0.0.1');

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.gz': 'application/gzip',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json'
};

/** @param {string} pathname */
function fileFor(pathname) {
	if (!pathname.startsWith(base)) return null;
	const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
	if (relative.startsWith('..')) return null;
	let path = join(root, relative);
	try {
		if (statSync(path).isDirectory()) path = join(path, 'index.html');
		return statSync(path).isFile() ? path : null;
	} catch {
		return null;
	}
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (url.pathname === base.slice(0, -1)) {
		response.writeHead(301, { location: base });
		return response.end();
	}
	const path = fileFor(url.pathname);
	if (!path) {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		return response.end('Not found');
	}
	response.writeHead(200, {
		'content-type': types[extname(path)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	createReadStream(path).pipe(response);
});

server.listen(port, host, () => {
	console.log(
		`Sieve is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`
	);
});
