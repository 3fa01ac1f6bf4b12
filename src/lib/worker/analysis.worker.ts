/// <reference lib="webworker" />
/**
 * The analysis worker: a thin switch from messages to `handlers.ts`. Each request gets an
 * AbortController (a `cancel` message aborts it); answers carry their typed-array buffers as
 * transfers, never copies.
 */
import { createHandlers } from './handlers';
import type { Protocol } from './protocol';
import {
	collectTransferables,
	serialiseError,
	type CancelMessage,
	type RequestMessage,
	type ResponseMessage
} from './rpc';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handlers = createHandlers();
const running = new Map<number, AbortController>();

function send(message: ResponseMessage<Protocol>, transfer: Transferable[] = []) {
	scope.postMessage(message, transfer);
}

async function handle<K extends keyof Protocol>(message: RequestMessage<Protocol, K>) {
	const controller = new AbortController();
	running.set(message.id, controller);
	try {
		const handler = handlers[message.name] as (
			input: RequestMessage<Protocol, K>['input'],
			context: Parameters<(typeof handlers)[K]>[1]
		) => Promise<Protocol[K]['output']>;
		const output = await handler(message.input, {
			signal: controller.signal,
			progress: (progress) => send({ type: 'progress', id: message.id, progress })
		});
		if (controller.signal.aborted) return;
		send(
			{ type: 'result', id: message.id, name: message.name, output } as ResponseMessage<Protocol>,
			collectTransferables(output)
		);
	} catch (error) {
		if (!controller.signal.aborted)
			send({ type: 'error', id: message.id, error: serialiseError(error) });
	} finally {
		running.delete(message.id);
	}
}

scope.onmessage = (event: MessageEvent<RequestMessage<Protocol> | CancelMessage>) => {
	const message = event.data;
	if (message.type === 'cancel') running.get(message.id)?.abort();
	else void handle(message);
};
