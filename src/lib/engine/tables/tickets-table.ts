/**
 * The optional tickets file of `shared/DOMAIN.md` family 8, columnar like the orders: one entry per
 * ticket (a problem a customer reported), never an array of row objects.
 */
import type { DictColumn } from './orders-table';

export interface TicketsTable {
	/** Number of tickets kept (rejected rows are not here; see the import report). */
	count: number;
	/** Ticket id per ticket, or null when the file has no id column. */
	ticketId: string[] | null;
	/** Customer id per ticket (normalised like the orders' ids: `17850.0` → `17850`). */
	customer: DictColumn;
	/** Day the ticket was opened: epoch day (UTC calendar). */
	openedDay: Int32Array;
	/** 1 when the ticket is resolved (a resolved date, or a status saying so). */
	resolved: Uint8Array;
	/** Day it was resolved (epoch day); NaN when unresolved, or resolved by status with no date. */
	resolvedDay: Float64Array;
	/** Severity / priority per ticket (code −1 when empty); null without such a column. */
	severity: DictColumn | null;
	/** Channel the ticket came in by (code −1 when empty); null without such a column. */
	channel: DictColumn | null;
}

/**
 * Per ticket, the position of its customer id in `ids` (the customer table's `ids`, or an orders
 * table's `customer.values`), or −1 when the id is not there.
 */
export function ticketCustomerIndex(tickets: TicketsTable, ids: readonly string[]): Int32Array {
	const position = new Map<string, number>();
	ids.forEach((id, i) => position.set(id, i));
	const byCode = Int32Array.from(tickets.customer.values, (id) => position.get(id) ?? -1);
	const out = new Int32Array(tickets.count);
	for (let t = 0; t < tickets.count; t++) out[t] = byCode[tickets.customer.codes[t]];
	return out;
}

/** Every typed-array buffer of a tickets table, for `postMessage` transfer lists. */
export function ticketsBuffers(tickets: TicketsTable): ArrayBuffer[] {
	const arrays: (ArrayBufferView | null)[] = [
		tickets.customer.codes,
		tickets.openedDay,
		tickets.resolved,
		tickets.resolvedDay,
		tickets.severity?.codes ?? null,
		tickets.channel?.codes ?? null
	];
	return arrays.filter((a): a is ArrayBufferView => a !== null).map((a) => a.buffer as ArrayBuffer);
}
