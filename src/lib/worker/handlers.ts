/**
 * Assembles the handlers of every part of `protocol.ts` over one `Datasets` (the open datasets
 * and the one customer-table cache) and one `ClvMemo` (the lifetime-value fits the views share). The worker file is only a switch over these; tests drive
 * them directly in Node.
 */
import { ClvMemo } from '../engine/clv/clv-session';
import { createAccountsHandlers } from './accounts/handlers';
import { createClvHandlers } from './clv/handlers';
import { createDataHandlers } from './data/handlers';
import { Datasets, type HandlersOf } from './datasets';
import { createLoyaltyHandlers } from './loyalty/handlers';
import { createMovementHandlers } from './movement/handlers';
import { createPersonaHandlers } from './personas/handlers';
import { createProfitHandlers } from './profit/handlers';
import type { Protocol } from './protocol';
import { createSegmentHandlers } from './segments/handlers';
import { createValueHandlers } from './value/handlers';

export type Handlers = HandlersOf<Protocol>;

export function createHandlers(datasets = new Datasets()): Handlers {
	// One set of lifetime-value fits for the views that read one (Lifetime value, Value, reviews).
	const fits = new ClvMemo();
	return {
		...createDataHandlers(datasets),
		...createValueHandlers(datasets, fits),
		...createSegmentHandlers(datasets),
		...createPersonaHandlers(datasets),
		...createMovementHandlers(datasets),
		...createClvHandlers(datasets, fits),
		...createProfitHandlers(datasets),
		...createAccountsHandlers(datasets, fits),
		...createLoyaltyHandlers(datasets)
	};
}
