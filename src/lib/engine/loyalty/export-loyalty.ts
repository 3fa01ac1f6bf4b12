/**
 * The customers of one cell of the loyalty table (or all of them) as formula-safe CSV, so a cell
 * can be followed up: who they are, their group, index day, window and whether they came back.
 */
import { customerExportColumns } from '../customers/customer-export-columns';
import type { CustomerTable } from '../customers/customer-table';
import { toCsv } from '../tables/csv-export';
import type { CsvCell } from '../tables/csv-export';
import { formatDay } from '../tables/orders-table';
import type { TicketsTable } from '../tables/tickets-table';
import { GROUP_NONE, GROUP_RESOLVED, isInGroup } from './compute-loyalty';
import type { LoyaltyGroup, LoyaltyResult } from './compute-loyalty';
import type { GroupLabels } from './loyalty-report';

export interface LoyaltyCellFilter {
	/** Only this group (default: every customer). */
	group?: LoyaltyGroup;
	/** Only customers whose first ticket has this severity label. */
	severity?: string;
	/** Only customers with this label of `segments`. */
	segment?: string;
	/** Only eligible customers (those the rate counts); default true. */
	eligibleOnly?: boolean;
}

/** The columns after the shared customer columns (`customers/customer-export-columns.ts`). */
export const LOYALTY_EXPORT_COLUMNS = [
	'group',
	'resolved_quickly',
	'first_ticket',
	'severity',
	'segment',
	'index_date',
	'window_end',
	'eligible',
	'repurchased',
	'open_problems'
] as const;

function groupName(result: LoyaltyResult, i: number): string {
	const code = result.group[i];
	if (code === GROUP_NONE) return 'none';
	if (code === GROUP_RESOLVED) return 'resolved';
	return code === 255 ? 'unknown' : 'unresolved';
}

/**
 * The rows (header first) of the customers of a cell, in customer-table order: the shared
 * customer columns (id, name and e-mail when known, orders, net revenue, first and last order,
 * recency), then `LOYALTY_EXPORT_COLUMNS`.
 */
export function loyaltyCellRows(
	customers: CustomerTable,
	result: LoyaltyResult,
	currency: string,
	filter: LoyaltyCellFilter = {},
	tickets: TicketsTable | null = null,
	segments: GroupLabels | null = null
): CsvCell[][] {
	const eligibleOnly = filter.eligibleOnly ?? true;
	const severityCode =
		filter.severity !== undefined ? (result.severityLabels?.indexOf(filter.severity) ?? -1) : -2;
	const segmentCode =
		filter.segment !== undefined && segments ? segments.labels.indexOf(filter.segment) : -2;
	const shared = customerExportColumns(customers, currency);
	const rows: CsvCell[][] = [[...shared.header, ...LOYALTY_EXPORT_COLUMNS]];
	for (let i = 0; i < customers.count; i++) {
		if (filter.group && !isInGroup(result, i, filter.group)) continue;
		if (eligibleOnly && !result.eligible[i]) continue;
		if (severityCode !== -2 && result.severity[i] !== severityCode) continue;
		if (segmentCode !== -2 && segments && segments.codes[i] !== segmentCode) continue;
		const t = result.firstTicket[i];
		const segment = segments ? (segments.labels[segments.codes[i]] ?? '') : '';
		rows.push([
			...shared.cells(i),
			groupName(result, i),
			result.group[i] === GROUP_RESOLVED && result.basis === 'tickets' ? result.quick[i] === 1 : '',
			t >= 0 && tickets?.ticketId ? tickets.ticketId[t] : '',
			result.severity[i] >= 0 && result.severityLabels
				? result.severityLabels[result.severity[i]]
				: '',
			segment,
			result.basis === 'tickets' ? formatDay(result.indexDay[i]) : '',
			result.basis === 'tickets' ? formatDay(result.indexDay[i] + result.options.windowDays) : '',
			result.eligible[i] === 1,
			result.repurchased[i] === 1,
			result.openProblems[i]
		]);
	}
	return rows;
}

/** A cell's customers as CSV text (BOM, CRLF, formula cells neutralised). */
export function exportLoyaltyCell(
	customers: CustomerTable,
	result: LoyaltyResult,
	currency: string,
	filter: LoyaltyCellFilter = {},
	tickets: TicketsTable | null = null,
	segments: GroupLabels | null = null
): string {
	return toCsv(loyaltyCellRows(customers, result, currency, filter, tickets, segments));
}
