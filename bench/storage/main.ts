/**
 * The storage benchmark page, driven by `bench/storage.bench.ts` in headless Chromium. Choosing a
 * file imports and saves it; `?reopen=<id>` reads a saved dataset back. Figures are left on
 * `window.__benchResult`, and `document.body.dataset.state` becomes `done` (or `error`).
 */
import type { StorageReply, StorageRequest } from './messages';

declare global {
	interface Window {
		__benchResult?: unknown;
		__benchError?: string;
	}
}

const worker = new Worker(new URL('./storage.worker.ts', import.meta.url), { type: 'module' });

function ask(request: StorageRequest): void {
	document.body.dataset.state = 'running';
	worker.onmessage = (event: MessageEvent<StorageReply>) => {
		const reply = event.data;
		if (reply.ok) window.__benchResult = reply.result;
		else window.__benchError = reply.error;
		document.querySelector('#log')!.textContent += `${JSON.stringify(reply)}\n`;
		document.body.dataset.state = reply.ok ? 'done' : 'error';
	};
	worker.postMessage(request);
}

const params = new URL(location.href).searchParams;
const reopenId = params.get('reopen');
const saves = Math.max(1, Number(params.get('saves') ?? 1));
if (reopenId) ask({ type: 'reopen', id: reopenId });

document.querySelector<HTMLInputElement>('#file')!.addEventListener('change', (event) => {
	const file = (event.currentTarget as HTMLInputElement).files?.[0];
	if (file) ask({ type: 'import', file, saves });
});
