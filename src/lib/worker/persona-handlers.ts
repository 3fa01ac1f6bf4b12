/** The worker's handlers for `personas-protocol.ts`. Filled in with the personas views. */
import type { OpenDatasetById } from './handlers';

export function createPersonaHandlers(open: OpenDatasetById) {
	void open;
	return {};
}
