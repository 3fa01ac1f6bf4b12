/** The worker's handlers for `segments-protocol.ts`. Filled in with the segments views. */
import type { OpenDatasetById } from './handlers';

export function createSegmentHandlers(open: OpenDatasetById) {
	void open;
	return {};
}
