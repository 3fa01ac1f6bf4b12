/**
 * Tickets per customer for the service cost "tickets × cost per ticket": the tickets of the
 * tickets file (DOMAIN.md family 8) opened inside the customer table's window of days, counted per
 * customer entry. Tickets of ids that are not customers of the table are counted apart.
 */
import type { CustomerTable } from '../customers/customer-table';
import { ticketCustomerIndex, type TicketsTable } from '../tables/tickets-table';

export interface TicketCounts {
	/** Tickets per customer entry. */
	counts: Int32Array;
	/** Tickets counted (opened in the window, of a customer of the table). */
	counted: number;
	/** Tickets opened before the start day or on/after the analysis day. */
	outsideWindow: number;
	/** Tickets in the window whose customer id is not in the customer table. */
	notCustomers: number;
}

/** Counts each customer's tickets opened on a day d with start day ≤ d < analysis day. */
export function countTickets(tickets: TicketsTable, customers: CustomerTable): TicketCounts {
	const entry = ticketCustomerIndex(tickets, customers.ids);
	const counts = new Int32Array(customers.count);
	let counted = 0;
	let outsideWindow = 0;
	let notCustomers = 0;
	for (let t = 0; t < tickets.count; t++) {
		const day = tickets.openedDay[t];
		if (day < customers.startDay || day >= customers.analysisDay) outsideWindow++;
		else if (entry[t] < 0) notCustomers++;
		else {
			counts[entry[t]]++;
			counted++;
		}
	}
	return { counts, counted, outsideWindow, notCustomers };
}
