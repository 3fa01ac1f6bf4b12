/**
 * Assembles the handlers of every part of `protocol.ts` over one `Datasets` (the open datasets
 * and the one customer-table cache). The worker file is only a switch over these; tests drive
 * them directly in Node.
 */
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
	return {
		...createDataHandlers(datasets),
		...createValueHandlers(datasets),
		...createSegmentHandlers(datasets),
		...createPersonaHandlers(datasets),
		...createMovementHandlers(datasets),
		...createClvHandlers(datasets),
		...createProfitHandlers(datasets),
		...createAccountsHandlers(datasets),
		...createLoyaltyHandlers(datasets)
	};
}
