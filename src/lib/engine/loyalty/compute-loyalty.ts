/**
 * Family 8 of `shared/DOMAIN.md`, problems and loyalty. Each customer of the customer table falls
 * in one group by their FIRST ticket (earliest opened day; on a tie, the earlier row of the file):
 * none (no ticket; index = first order day), resolved (index = the ticket's opened day) or
 * unresolved (index = opened day); resolved quickly ⊂ resolved (resolved ≤ Q days after opening).
 * Repurchased = an order day d with index < d ≤ index + W; only customers with index + W <
 * analysis day count (eligible: a full window observed).
 *
 * "As of the analysis day": tickets opened on or after it are left out (like order lines), and a
 * resolution on or after it does not count yet (the ticket was still open on the analysis day).
 */
import { findAttribute } from '../customers/customer-table';
import type { CustomerTable } from '../customers/customer-table';
import { ticketCustomerIndex } from '../tables/tickets-table';
import type { TicketsTable } from '../tables/tickets-table';
import { resolveLoyaltyOptions } from './loyalty-options';
import type { LoyaltyOptions } from './loyalty-options';

export const LOYALTY_GROUPS = ['none', 'resolved', 'resolvedQuickly', 'unresolved'] as const;
export type LoyaltyGroup = (typeof LOYALTY_GROUPS)[number];

/** Codes of `LoyaltyResult.group` (resolved quickly is the `quick` flag within resolved). */
export const GROUP_NONE = 0;
export const GROUP_RESOLVED = 1;
export const GROUP_UNRESOLVED = 2;

export interface LoyaltyResult {
	/** 'tickets': the full method; 'counts': the weaker one from opened/resolved counts in the
	 * customers file (repeat customer or not, no window, no "quickly"). */
	basis: 'tickets' | 'counts';
	options: LoyaltyOptions;
	analysisDay: number;
	/** Per customer entry: GROUP_NONE, GROUP_RESOLVED or GROUP_UNRESOLVED; 255 = unknown (counts
	 * basis, the customer is not in the customers file). */
	group: Uint8Array;
	/** 1 when resolved within Q days (tickets basis only). */
	quick: Uint8Array;
	/** The first ticket's index in the tickets table, −1 for none. */
	firstTicket: Int32Array;
	/** Index day: first ticket's opened day, or the first order day. */
	indexDay: Int32Array;
	/** 1 when the customer counts: a full window observed (tickets), or counts known (counts). */
	eligible: Uint8Array;
	/** 1 when an order fell in (index, index + W] (tickets), or ≥ 2 orders (counts). */
	repurchased: Uint8Array;
	/** Severity code of the first ticket (into `severityLabels`), −1 when none or unknown. */
	severity: Int32Array;
	severityLabels: string[] | null;
	/** Tickets still open on the analysis day, per entry (counts basis: opened − resolved). */
	openProblems: Int32Array;
	tickets: {
		/** Tickets of customers of the table, opened before the analysis day. */
		matched: number;
		/** Tickets whose customer is not in the customer table (no order, or returns only). */
		notMatched: number;
		/** Tickets opened on or after the analysis day (left out). */
		afterAnalysisDay: number;
		customersWithTickets: number;
	} | null;
	/** Counts basis: the attributes read. */
	countAttributes: { opened: string; resolved: string } | null;
}

/** Repurchase flags per entry: an order day d with index < d ≤ index + windowDays. */
function repurchases(
	customers: CustomerTable,
	indexDay: Int32Array,
	windowDays: number
): Uint8Array {
	const out = new Uint8Array(customers.count);
	for (let i = 0; i < customers.count; i++) {
		const from = indexDay[i];
		const to = from + windowDays;
		for (let o = customers.orderStart[i]; o < customers.orderStart[i + 1]; o++) {
			const d = customers.orderDay[o];
			if (d > from && d <= to) {
				out[i] = 1;
				break;
			}
		}
	}
	return out;
}

/** Groups, index days, eligibility and repurchase per customer from a tickets file. */
export function computeLoyalty(
	customers: CustomerTable,
	tickets: TicketsTable,
	options: Partial<LoyaltyOptions> = {}
): LoyaltyResult {
	const used = resolveLoyaltyOptions(options);
	const n = customers.count;
	const analysisDay = customers.analysisDay;
	const entryOf = ticketCustomerIndex(tickets, customers.ids);
	const firstTicket = new Int32Array(n).fill(-1);
	const openProblems = new Int32Array(n);
	let matched = 0;
	let notMatched = 0;
	let afterAnalysisDay = 0;
	const resolvedAsOf = (t: number) =>
		tickets.resolved[t] === 1 && !(tickets.resolvedDay[t] >= analysisDay);
	for (let t = 0; t < tickets.count; t++) {
		const entry = entryOf[t];
		if (entry < 0) {
			notMatched++;
			continue;
		}
		if (tickets.openedDay[t] >= analysisDay) {
			afterAnalysisDay++;
			continue;
		}
		matched++;
		if (!resolvedAsOf(t)) openProblems[entry]++;
		const first = firstTicket[entry];
		if (first < 0 || tickets.openedDay[t] < tickets.openedDay[first]) firstTicket[entry] = t;
	}

	const group = new Uint8Array(n);
	const quick = new Uint8Array(n);
	const indexDay = new Int32Array(n);
	const eligible = new Uint8Array(n);
	const severity = new Int32Array(n).fill(-1);
	let customersWithTickets = 0;
	for (let i = 0; i < n; i++) {
		const t = firstTicket[i];
		if (t < 0) {
			group[i] = GROUP_NONE;
			indexDay[i] = customers.firstOrderDay[i];
		} else {
			customersWithTickets++;
			indexDay[i] = tickets.openedDay[t];
			if (tickets.severity) severity[i] = tickets.severity.codes[t];
			if (resolvedAsOf(t)) {
				group[i] = GROUP_RESOLVED;
				// A resolution known only from the status has no day: never "quickly".
				quick[i] = tickets.resolvedDay[t] - tickets.openedDay[t] <= used.quickDays ? 1 : 0;
			} else group[i] = GROUP_UNRESOLVED;
		}
		eligible[i] = indexDay[i] + used.windowDays < analysisDay ? 1 : 0;
	}
	return {
		basis: 'tickets',
		options: used,
		analysisDay,
		group,
		quick,
		firstTicket,
		indexDay,
		eligible,
		repurchased: repurchases(customers, indexDay, used.windowDays),
		severity,
		severityLabels: tickets.severity ? tickets.severity.values : null,
		openProblems,
		tickets: { matched, notMatched, afterAnalysisDay, customersWithTickets },
		countAttributes: null
	};
}

/** Names of count columns in a customers file: problems / tickets / complaints opened, resolved. */
export const OPENED_COUNT_PATTERN =
	/(problem|ticket|complaint|issue|case)s?.?(opened|open|raised|reported|count)|^(problems|tickets|complaints|issues)$/i;
export const RESOLVED_COUNT_PATTERN =
	/(problem|ticket|complaint|issue|case)s?.?(resolved|solved|closed)/i;

/**
 * The weaker version, without a tickets file: groups from counts of problems opened / resolved in
 * the customers file (none: 0 opened; resolved: every opened one resolved; unresolved: fewer
 * resolved than opened) and the outcome "repeat customer" (≥ 2 orders), for every customer whose
 * counts are known. No window and no "quickly": the counts carry no dates. Returns null when the
 * customers file has no such numeric columns.
 */
export function computeLoyaltyFromCounts(
	customers: CustomerTable,
	options: Partial<LoyaltyOptions> = {}
): LoyaltyResult | null {
	const used = resolveLoyaltyOptions(options);
	const openedColumn = findAttribute(customers, OPENED_COUNT_PATTERN, 'numeric');
	const resolvedColumn = findAttribute(customers, RESOLVED_COUNT_PATTERN, 'numeric');
	if (!openedColumn || !resolvedColumn || openedColumn === resolvedColumn) return null;
	if (openedColumn.kind !== 'numeric' || resolvedColumn.kind !== 'numeric') return null;
	const n = customers.count;
	const group = new Uint8Array(n);
	const eligible = new Uint8Array(n);
	const repurchased = new Uint8Array(n);
	const openProblems = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const opened = openedColumn.values[i];
		const resolved = resolvedColumn.values[i];
		if (Number.isNaN(opened) || Number.isNaN(resolved) || opened < 0) {
			group[i] = 255;
			continue;
		}
		group[i] = opened === 0 ? GROUP_NONE : resolved >= opened ? GROUP_RESOLVED : GROUP_UNRESOLVED;
		openProblems[i] = Math.max(0, opened - resolved);
		eligible[i] = 1;
		repurchased[i] = customers.orders[i] >= 2 ? 1 : 0;
	}
	return {
		basis: 'counts',
		options: used,
		analysisDay: customers.analysisDay,
		group,
		quick: new Uint8Array(n),
		firstTicket: new Int32Array(n).fill(-1),
		indexDay: customers.firstOrderDay,
		eligible,
		repurchased,
		severity: new Int32Array(n).fill(-1),
		severityLabels: null,
		openProblems,
		tickets: null,
		countAttributes: { opened: openedColumn.name, resolved: resolvedColumn.name }
	};
}

/** Is entry i in `group` (resolvedQuickly = resolved and quick)? */
export function isInGroup(result: LoyaltyResult, i: number, group: LoyaltyGroup): boolean {
	const code = result.group[i];
	switch (group) {
		case 'none':
			return code === GROUP_NONE;
		case 'resolved':
			return code === GROUP_RESOLVED;
		case 'resolvedQuickly':
			return code === GROUP_RESOLVED && result.quick[i] === 1;
		case 'unresolved':
			return code === GROUP_UNRESOLVED;
	}
}
