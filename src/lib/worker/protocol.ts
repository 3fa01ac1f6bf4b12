/**
 * Every request the page can make of the analysis worker, with its input and output: the map
 * only. One map types both ends: `client.call('importOrders', input)` returns
 * `Promise<Protocol['importOrders']['output']>` and the handlers are checked against the same
 * entries. Each part of the map lives in its folder's `protocol.ts`.
 */
import type { AccountsProtocol } from './accounts/protocol';
import type { ClvProtocol } from './clv/protocol';
import type { DataProtocol } from './data/protocol';
import type { LoyaltyProtocol } from './loyalty/protocol';
import type { MovementProtocol } from './movement/protocol';
import type { PersonasProtocol } from './personas/protocol';
import type { ProfitProtocol } from './profit/protocol';
import type { SegmentsProtocol } from './segments/protocol';
import type { ValueProtocol } from './value/protocol';

export interface Protocol
	extends
		DataProtocol,
		ValueProtocol,
		SegmentsProtocol,
		PersonasProtocol,
		MovementProtocol,
		ClvProtocol,
		ProfitProtocol,
		AccountsProtocol,
		LoyaltyProtocol {}

export type ProtocolName = keyof Protocol;
