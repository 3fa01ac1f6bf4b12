/**
 * The optional tickets file (`shared/DOMAIN.md` family 8) → `TicketsTable`: ticket id, customer,
 * opened date, resolved date and/or a status column, optional severity and channel. Roles come from
 * the headers (`TICKET_HEADER_WORDS`) checked against the values, as for the orders file; the
 * encoding, delimiter, preview and day/month order come from the orders sniffer itself.
 */
import type { DateOrder, RejectedExample } from './types';
import type { TextEncodingName } from './types';
import { IngestError } from './types';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { CsvReader } from './csv-reader';
import { describeTicketsWarning, type TicketsWarning } from './import-warnings';
import {
	GrowableFloat64,
	GrowableInt32,
	GrowableUint8,
	IdDictionary,
	toDictColumn
} from './growable-columns';
import type { TicketRole } from './header-words';
import type { DateOrderEvidence, SniffWarning } from './sniff-warnings';
import { isBlank } from './orders-builder';
import { parseDay } from './parse-date';
import { normaliseCustomerId } from './parse-number';

export type { TicketRole } from './header-words';

/** The user-confirmed reading of a tickets file. */
export interface TicketMapping {
	/** One role per column of the header; at most one column per role except `ignore`. */
	roles: (TicketRole | 'ignore')[];
	/** How `a/b/yyyy` dates are read (year-first dates are always read year first). */
	dateOrder: DateOrder;
}

/** What the sample of one column of a tickets file looks like, for the mapping step. */
export interface TicketColumnProfile {
	index: number;
	name: string;
	role: TicketRole | 'ignore';
	sampled: number;
	nonEmpty: number;
	dates: number;
	numbers: number;
}

export interface TicketsSniff {
	encoding: TextEncodingName;
	delimiter: string;
	header: string[];
	/** The first 20 data rows, as text. */
	preview: string[][];
	columns: TicketColumnProfile[];
	mapping: TicketMapping;
	dateOrderEvidence: string;
	/** The same by code (`sniff-warnings.ts`), for the interface to word. */
	dateOrderEvidenceCause?: DateOrderEvidence;
	warnings: string[];
	/** The warnings by code (`sniff-warnings.ts`), for the interface to word. */
	warningCauses?: SniffWarning[];
}

export type TicketRejectionReason =
	| 'unclosed-quote'
	| 'line-too-long'
	| 'wrong-field-count'
	| 'no-customer'
	| 'bad-opened-date'
	| 'bad-resolved-date'
	| 'resolved-before-opened';

/** The reasons' English (the page words `reason` in its other languages, as for `REASON_LABELS`). */
export const TICKET_REASON_LABELS: Record<TicketRejectionReason, string> = {
	'unclosed-quote': 'a quote opens and never closes (the line was left out)',
	'line-too-long': 'line longer than 1,048,576 characters (skipped to the next line break)',
	'wrong-field-count': 'wrong number of fields',
	'no-customer': 'no customer id',
	'bad-opened-date': 'opened date missing or not understood',
	'bad-resolved-date': 'resolved date not understood',
	'resolved-before-opened': 'resolved before it was opened'
};

export interface TicketRejectedReason {
	reason: TicketRejectionReason;
	label: string;
	count: number;
	/** The first 5 rows: 1-based line of the file, and the row (or what was wrong with it). */
	examples: RejectedExample[];
}

export interface TicketsReport {
	/** Data rows read (header and blank lines excluded). Invariant:
	 * `tickets + duplicates + Σ rejected.count = rowsRead`. */
	rowsRead: number;
	/** Tickets kept. */
	tickets: number;
	/** Rows repeating a ticket id already seen (the first row of each id is kept). */
	duplicates: number;
	rejected: TicketRejectedReason[];
	resolved: number;
	unresolved: number;
	/** Resolved by the status column alone: no resolved date, so never "resolved quickly". */
	resolvedWithoutDate: number;
	/** Distinct customer ids among the kept tickets. */
	customers: number;
	/** Matching against the orders' customer ids; null when no ids were given to the import. */
	matching: {
		ticketsMatched: number;
		ticketsNotMatched: number;
		customersMatched: number;
		customersNotMatched: number;
		/** The first 5 customer ids of the tickets file that are not in the orders. */
		notMatchedExamples: string[];
	} | null;
	/** The column read for each role (its header name), or null. */
	columns: Record<TicketRole, string | null>;
	severities: string[] | null;
	channels: string[] | null;
	/** First and last opened day (epoch days); NaN-free: null when no ticket was kept. */
	firstOpenedDay: number | null;
	lastOpenedDay: number | null;
	encoding: TextEncodingName;
	delimiter: string;
	warnings: string[];
	/** The same warnings by code, with their figures (absent from reports stored before them). */
	warningCauses?: TicketsWarning[];
}

export interface TicketsImportOptions {
	encoding?: TextEncodingName;
	delimiter?: string;
	signal?: AbortSignal;
	chunkBytes?: number;
	/** The orders' customer ids (`orders.customer.values`), to report matched / not matched. */
	customerIds?: readonly string[];
}

const TICKET_ROLES: TicketRole[] = [
	'ticketId',
	'customer',
	'opened',
	'resolved',
	'status',
	'severity',
	'channel'
];

/** Status words meaning "resolved", several languages (normalised: lower case, trimmed). */
const RESOLVED_WORDS = new Set([
	'resolved',
	'solved',
	'closed',
	'done',
	'fixed',
	'completed',
	'complete',
	'answered',
	'resolved - closed',
	'closed - resolved',
	'erledigt',
	'geschlossen',
	'gelöst',
	'behoben',
	'resuelto',
	'cerrado',
	'solucionado',
	'résolu',
	'resolu',
	'fermé',
	'ferme',
	'opgelost',
	'gesloten',
	'risolto',
	'chiuso',
	'resolvido',
	'fechado',
	'yes',
	'y',
	'true',
	'1'
]);

/** Written in an empty resolved-date cell by some exports: read as "no date". */
const NO_DATE = new Set(['-', '–', 'n/a', 'na', 'null', 'none', 'open', 'pending', 'unresolved']);

/** A status value → resolved? (`Resolved`, `closed`, `erledigt`, `yes` …; anything else is open.) */
export function isResolvedStatus(text: string): boolean {
	return RESOLVED_WORDS.has(text.trim().toLowerCase());
}

/** Throws `IngestError` unless the mapping has a customer, an opened date, and a resolved date or status. */
export function checkTicketMapping(mapping: TicketMapping): void {
	for (const role of TICKET_ROLES) {
		const count = mapping.roles.filter((r) => r === role).length;
		if (count > 1) throw new IngestError({ code: 'tickets-role-twice', role, count });
	}
	if (!mapping.roles.includes('customer')) throw new IngestError({ code: 'tickets-no-customer' });
	if (!mapping.roles.includes('opened')) throw new IngestError({ code: 'tickets-no-opened' });
	if (!mapping.roles.includes('resolved') && !mapping.roles.includes('status'))
		throw new IngestError({ code: 'tickets-no-resolution' });
}

class TicketTally {
	#entries = new Map<TicketRejectionReason, TicketRejectedReason>();
	total = 0;

	add(
		reason: TicketRejectionReason,
		line: number,
		text: () => string,
		fields?: RejectedExample['fields']
	): void {
		this.total++;
		let entry = this.#entries.get(reason);
		if (!entry) {
			entry = { reason, label: TICKET_REASON_LABELS[reason], count: 0, examples: [] };
			this.#entries.set(reason, entry);
		}
		entry.count++;
		if (entry.examples.length < 5) {
			const example: RejectedExample = { line, text: text().slice(0, 200) };
			if (fields) example.fields = fields;
			entry.examples.push(example);
		}
	}

	reasons(): TicketRejectedReason[] {
		return (Object.keys(TICKET_REASON_LABELS) as TicketRejectionReason[])
			.map((reason) => this.#entries.get(reason))
			.filter((entry): entry is TicketRejectedReason => entry !== undefined);
	}
}

/**
 * Reads a tickets file with a confirmed mapping. Rows are rejected, counted by reason and named
 * by line: no customer, an opened date missing or not understood, a resolved date not understood,
 * a resolved date before the opened date. Throws `IngestError` for a bad mapping or no usable row.
 */
export async function importTickets(
	source: AsyncIterable<Uint8Array>,
	mapping: TicketMapping,
	options: TicketsImportOptions = {}
): Promise<{ table: TicketsTable; report: TicketsReport }> {
	checkTicketMapping(mapping);
	const col = (role: TicketRole) => mapping.roles.indexOf(role);
	const [idCol, customerCol, openedCol, resolvedCol, statusCol, severityCol, channelCol] =
		TICKET_ROLES.map(col);
	const reader = new CsvReader(source, options);
	const tally = new TicketTally();
	const warnings: TicketsWarning[] = [];
	const ids: string[] = [];
	const seenIds = new Set<string>();
	const customers = new IdDictionary(true);
	const severities = new IdDictionary();
	const channels = new IdDictionary();
	const customerCodes = new GrowableInt32();
	const opened = new GrowableInt32();
	const resolved = new GrowableUint8();
	const resolvedDay = new GrowableFloat64();
	const severityCodes = new GrowableInt32();
	const channelCodes = new GrowableInt32();
	let header: string[] | null = null;
	let rowsRead = 0;
	let duplicates = 0;
	let statusConflicts = 0;
	let resolvedWithoutDate = 0;
	let resolvedBeforeOpened = 0;

	for await (const batch of reader.batches()) {
		for (const broken of batch.brokenLines) {
			rowsRead++;
			tally.add(broken.reason, broken.line, () => broken.text);
		}
		for (let i = 0; i < batch.rows.length; i++) {
			const row = batch.rows[i];
			if (isBlank(row)) continue;
			const line = batch.lineNumbers ? batch.lineNumbers[i] : batch.firstLine + i;
			if (!header) {
				header = row.map((name) => name.trim());
				if (mapping.roles.length !== header.length)
					throw new IngestError({
						code: 'tickets-header-mismatch',
						mapped: mapping.roles.length,
						header
					});
				continue;
			}
			rowsRead++;
			const text = () => row.join(reader.delimiter ?? ',');
			if (row.length !== header.length) {
				const expected = header.length;
				tally.add('wrong-field-count', line, text, { found: row.length, expected });
				continue;
			}
			// The code is taken only once the row is kept: the dictionary holds kept tickets' customers.
			const customerId = normaliseCustomerId(row[customerCol]);
			if (customerId === '') {
				tally.add('no-customer', line, text);
				continue;
			}
			const openedDay = parseDay(row[openedCol].trim(), mapping.dateOrder);
			if (Number.isNaN(openedDay)) {
				tally.add('bad-opened-date', line, text);
				continue;
			}
			const resolvedText = resolvedCol >= 0 ? row[resolvedCol].trim() : '';
			let day = NaN;
			if (resolvedText !== '' && !NO_DATE.has(resolvedText.toLowerCase())) {
				day = parseDay(resolvedText, mapping.dateOrder);
				if (Number.isNaN(day)) {
					tally.add('bad-resolved-date', line, text);
					continue;
				}
				if (day < openedDay) {
					const warning: TicketsWarning = {
						code: 'resolved-before-opened',
						line,
						ticketId: idCol >= 0 ? row[idCol].trim() : null,
						customerId,
						resolvedDay: day,
						openedDay
					};
					tally.add('resolved-before-opened', line, text);
					if (++resolvedBeforeOpened <= 5) warnings.push(warning);
					continue;
				}
			}
			const byStatus = statusCol >= 0 && isResolvedStatus(row[statusCol]);
			if (statusCol >= 0 && !byStatus && !Number.isNaN(day)) statusConflicts++;
			if (idCol >= 0) {
				const id = row[idCol].trim();
				if (id !== '') {
					if (seenIds.has(id)) {
						duplicates++;
						continue;
					}
					seenIds.add(id);
				}
				ids.push(id === '' ? `line ${line}` : id);
			}
			customerCodes.push(customers.code(row[customerCol]));
			opened.push(openedDay);
			const isResolved = !Number.isNaN(day) || byStatus;
			resolved.push(isResolved ? 1 : 0);
			resolvedDay.push(day);
			if (isResolved && Number.isNaN(day)) resolvedWithoutDate++;
			if (severityCol >= 0) severityCodes.push(severities.code(row[severityCol]));
			if (channelCol >= 0) channelCodes.push(channels.code(row[channelCol]));
		}
	}

	if (!header) throw new IngestError({ code: 'tickets-empty' });
	const count = customerCodes.length;
	const rejected = tally.reasons();
	if (count === 0) {
		throw new IngestError(
			rowsRead === 0
				? { code: 'tickets-header-no-data', header }
				: {
						code: 'tickets-no-usable-rows',
						rows: rowsRead,
						rejected: rejected.map(({ reason, label, count }) => ({ reason, label, count }))
					}
		);
	}
	if (duplicates > 0) warnings.push({ code: 'duplicate-tickets', rows: duplicates });
	if (statusConflicts > 0) warnings.push({ code: 'status-conflicts', tickets: statusConflicts });
	if (resolvedWithoutDate > 0)
		warnings.push({ code: 'resolved-without-date', tickets: resolvedWithoutDate });

	const table: TicketsTable = {
		count,
		ticketId: idCol >= 0 ? ids : null,
		customer: toDictColumn(customerCodes, customers),
		openedDay: opened.toArray(),
		resolved: resolved.toArray(),
		resolvedDay: resolvedDay.toArray(),
		severity: severityCol >= 0 ? toDictColumn(severityCodes, severities) : null,
		channel: channelCol >= 0 ? toDictColumn(channelCodes, channels) : null
	};
	let resolvedCount = 0;
	let first = Infinity;
	let last = -Infinity;
	for (let t = 0; t < count; t++) {
		resolvedCount += table.resolved[t];
		if (table.openedDay[t] < first) first = table.openedDay[t];
		if (table.openedDay[t] > last) last = table.openedDay[t];
	}
	const columns = Object.fromEntries(
		TICKET_ROLES.map((role) => [role, col(role) >= 0 ? header[col(role)] : null])
	) as Record<TicketRole, string | null>;
	return {
		table,
		report: {
			rowsRead,
			tickets: count,
			duplicates,
			rejected,
			resolved: resolvedCount,
			unresolved: count - resolvedCount,
			resolvedWithoutDate,
			customers: table.customer.values.length,
			matching: options.customerIds ? matchCustomers(table, options.customerIds) : null,
			columns,
			severities: table.severity ? table.severity.values : null,
			channels: table.channel ? table.channel.values : null,
			firstOpenedDay: first,
			lastOpenedDay: last,
			encoding: reader.encoding ?? 'utf-8',
			delimiter: reader.delimiter ?? ',',
			warnings: warnings.map(describeTicketsWarning),
			warningCauses: warnings
		}
	};
}

function matchCustomers(
	table: TicketsTable,
	customerIds: readonly string[]
): TicketsReport['matching'] {
	const known = new Set(customerIds);
	const isKnown = table.customer.values.map((id) => known.has(id));
	let ticketsMatched = 0;
	for (let t = 0; t < table.count; t++) if (isKnown[table.customer.codes[t]]) ticketsMatched++;
	const customersMatched = isKnown.filter(Boolean).length;
	return {
		ticketsMatched,
		ticketsNotMatched: table.count - ticketsMatched,
		customersMatched,
		customersNotMatched: isKnown.length - customersMatched,
		notMatchedExamples: table.customer.values.filter((_, code) => !isKnown[code]).slice(0, 5)
	};
}
