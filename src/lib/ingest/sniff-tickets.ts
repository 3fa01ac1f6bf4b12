/**
 * A first look at the optional tickets file from its head: the orders sniffer's encoding,
 * delimiter, preview, value profile and day/month order, with roles from the tickets header words
 * (`TICKET_HEADER_WORDS`) checked against the values. Reading it is `import-tickets.ts`.
 */
import { rolesFromHeader } from './detect-roles';
import { TICKET_HEADER_WORDS } from './header-words';
import type { TicketRole } from './header-words';
import type { TicketsSniff } from './import-tickets';
import { sniffOrders } from './sniff-orders';
import { describeSniffWarning, type SniffWarning } from './sniff-warnings';

const DATE_ROLES = new Set<TicketRole | 'ignore'>(['opened', 'resolved']);

/**
 * Roles of a tickets file's columns from header words checked against the sampled values (date
 * roles need ≥ 50% dates), best score first, one column per role; then, without an opened column,
 * the first mostly-date column (≥ 80%) is taken as opened.
 */
export function suggestTicketRoles(
	header: string[],
	stats: { nonEmpty: number; dates: number }[]
): { roles: (TicketRole | 'ignore')[]; guessed: TicketRole[] } {
	const candidates: { column: number; role: TicketRole; score: number }[] = [];
	header.forEach((name, column) => {
		const s = stats[column];
		for (const { role, score } of rolesFromHeader<TicketRole>(name, TICKET_HEADER_WORDS)) {
			if (s.nonEmpty > 0 && DATE_ROLES.has(role) && s.dates < s.nonEmpty * 0.5) continue;
			candidates.push({ column, role, score });
		}
	});
	candidates.sort((a, b) => b.score - a.score || a.column - b.column);
	const roles: (TicketRole | 'ignore')[] = header.map(() => 'ignore');
	const taken = new Set<TicketRole>();
	for (const { column, role } of candidates) {
		if (taken.has(role) || roles[column] !== 'ignore') continue;
		roles[column] = role;
		taken.add(role);
	}
	const guessed: TicketRole[] = [];
	for (const role of ['opened', 'resolved'] as const) {
		if (taken.has(role)) continue;
		if (role === 'resolved' && taken.has('status')) continue;
		const column = stats.findIndex(
			(s, c) => roles[c] === 'ignore' && s.nonEmpty > 0 && s.dates >= s.nonEmpty * 0.8
		);
		if (column < 0) continue;
		roles[column] = role;
		taken.add(role);
		guessed.push(role);
	}
	return { roles, guessed };
}

/**
 * A first look at a tickets file from its head: the orders sniffer's encoding, delimiter, preview,
 * value profile and day/month order, with roles from the tickets header words.
 */
export function sniffTickets(head: Uint8Array, isComplete: boolean): TicketsSniff {
	const base = sniffOrders(head, isComplete);
	const { roles, guessed } = suggestTicketRoles(base.header, base.columns);
	const causes: SniffWarning[] = [];
	const name = (role: TicketRole) => base.header[roles.indexOf(role)];
	if (!roles.includes('customer')) causes.push({ code: 'no-customer' });
	if (!roles.includes('opened')) causes.push({ code: 'no-opened' });
	if (!roles.includes('resolved') && !roles.includes('status'))
		causes.push({ code: 'no-resolution' });
	for (const role of guessed) causes.push({ code: 'guessed-role', role, column: name(role) });
	return {
		encoding: base.encoding,
		delimiter: base.delimiter,
		header: base.header,
		preview: base.preview,
		columns: base.columns.map((column, c) => ({ ...column, role: roles[c] })),
		mapping: { roles, dateOrder: base.mapping.dateOrder },
		dateOrderEvidence: base.dateOrderEvidence,
		dateOrderEvidenceCause: base.dateOrderEvidenceCause,
		warnings: causes.map(describeSniffWarning),
		warningCauses: causes
	};
}
