/**
 * What an import rejected and noticed, in the reader's language: worded by the ingest's codes
 * through `m.data` (ingest keeps the English for the CLI). A report stored before the codes keeps
 * its English sentences.
 */
import type { ImportWarning, TicketsWarning } from '$lib/state/types';
import { m } from '$lib/i18n';

type RejectionCode = keyof typeof m.data.rejection;

/** The label of a rejection reason; an unknown code keeps the ingest's label. */
export function rejectionLabel(reason: { reason: string; label: string }): string {
	const labels = m.data.rejection;
	return reason.reason in labels ? labels[reason.reason as RejectionCode] : reason.label;
}

/** An orders import's warning in the chosen language. */
export function importWarningText(warning: ImportWarning): string {
	const w = m.data.importWarning;
	switch (warning.code) {
		case 'title-lines':
			return w.titleLines(warning.lines);
		case 'invalid-bytes':
			return w.invalidBytes(warning.encoding, warning.lines.count, warning.lines.lines);
		case 'zero-bytes':
			return w.zeroBytes(warning.lines.count, warning.lines.lines);
		case 'duplicate-columns':
			return w.duplicateColumns(warning.columns);
		case 'cancelled-as-returns':
			return w.cancelledAsReturns(warning.orders, warning.returnLines);
		case 'cancelled-kept':
			return w.cancelledKept(warning.orders);
		case 'spread-orders':
			return w.spreadOrders(warning.orders);
		case 'future-dates':
			return w.futureDates(warning.count, warning.today, warning.examples);
	}
}

/** A tickets import's warning in the chosen language. */
export function ticketsWarningText(warning: TicketsWarning): string {
	const w = m.data.ticketsWarning;
	switch (warning.code) {
		case 'resolved-before-opened':
			return w.resolvedBeforeOpened(
				warning.line,
				warning.ticketId,
				warning.customerId,
				warning.resolvedDay,
				warning.openedDay
			);
		case 'duplicate-tickets':
			return w.duplicateTickets(warning.rows);
		case 'status-conflicts':
			return w.statusConflicts(warning.tickets);
		case 'resolved-without-date':
			return w.resolvedWithoutDate(warning.tickets);
	}
}

/** The warnings of a report in the chosen language: by code when the report has them. */
export function warningTexts<W>(
	report: { warnings: string[]; warningCauses?: W[] },
	text: (warning: W) => string
): string[] {
	return report.warningCauses ? report.warningCauses.map(text) : report.warnings;
}
