/**
 * What an import noticed but did not refuse, by code with its figures, and the English sentence of
 * each: the one English of these warnings — the CLI's, the report's `warnings`, and what the page
 * shows in English (`components/data/import-texts.ts`; in its other languages it words the codes
 * through `i18n/messages/ingest-words.ts`). Figures and line numbers are grouped as the page's
 * English groups them (1,234); an old stored report without codes keeps its English sentences.
 */
import { formatDay } from '../engine/tables/orders-table';

/** How many lines held something, and the first few line numbers. */
interface LinesNoted {
	count: number;
	lines: number[];
}

/** A warning of an orders import. */
export type ImportWarning =
	| { code: 'title-lines'; lines: string[] }
	| { code: 'invalid-bytes'; encoding: string; lines: LinesNoted }
	| { code: 'zero-bytes'; lines: LinesNoted }
	| { code: 'duplicate-columns'; columns: { name: string; at: number[] }[] }
	| { code: 'cancelled-as-returns'; orders: number; returnLines: number }
	| { code: 'cancelled-kept'; orders: number }
	| { code: 'spread-orders'; orders: number }
	| {
			code: 'future-dates';
			count: number;
			today: number;
			examples: { line: number; date: string }[];
	  };

/** A warning of a tickets import. */
export type TicketsWarning =
	| {
			code: 'resolved-before-opened';
			line: number;
			ticketId: string | null;
			customerId: string;
			resolvedDay: number;
			openedDay: number;
	  }
	| { code: 'duplicate-tickets'; rows: number }
	| { code: 'status-conflicts'; tickets: number }
	| { code: 'resolved-without-date'; tickets: number };

/** A warning of a customers (attributes) file's import. */
export type AttributesWarning =
	/** No header named the customer id: the first column (`column`) was used. */
	| { code: 'customer-column-guessed'; column: string }
	/** `rows` rows repeated an id seen before: the first row of each id was kept. */
	| { code: 'duplicate-customers'; rows: number };

/** A figure or line number grouped by thousands (`1,234`), as the page's English writes it. */
const figure = (n: number) => n.toLocaleString('en');

const count = (n: number, noun: string) => `${figure(n)} ${noun}${n === 1 ? '' : 's'}`;

/** ` (lines 3, 17 and 2 more)` for a warning; '' when no line is known. */
function describeLines({ count, lines }: LinesNoted): string {
	if (lines.length === 0) return '';
	const more = count > lines.length ? ` and ${figure(count - lines.length)} more` : '';
	return ` (${lines.length === 1 && !more ? 'line' : 'lines'} ${lines.map(figure).join(', ')}${more})`;
}

/** The English sentence of an orders import's warning. */
export function describeImportWarning(warning: ImportWarning): string {
	switch (warning.code) {
		case 'title-lines': {
			const n = warning.lines.length;
			return `${count(n, 'line')} above the header ${n === 1 ? 'was' : 'were'} skipped as a title: “${warning.lines.join(' / ')}”.`;
		}
		case 'invalid-bytes':
			return `Some bytes are not valid ${warning.encoding.toUpperCase()} and show as “�”${describeLines(warning.lines)}: the file may use another encoding.`;
		case 'zero-bytes':
			return `${count(warning.lines.count, 'line')} hold zero bytes (NUL) inside fields${describeLines(warning.lines)}: they were kept as they are.`;
		case 'duplicate-columns': {
			const list = warning.columns
				.map(({ name, at }) => `“${name}” (columns ${at.map(figure).join(', ')})`)
				.join(', ');
			return `Several columns have the same name: ${list}. Check that the mapping uses the right one.`;
		}
		case 'cancelled-as-returns':
			return `${count(warning.orders, 'cancelled order')} ${warning.orders === 1 ? 'counts' : 'count'} as a return in full: ${count(warning.returnLines, 'return line')} added.`;
		case 'cancelled-kept':
			return `${count(warning.orders, 'cancelled order')} kept as sales: returns are ignored as chosen.`;
		case 'spread-orders':
			return `The order-level discount or refunded amount of ${count(warning.orders, 'order')} was spread over ${warning.orders === 1 ? 'its' : 'their'} lines in proportion to their amounts.`;
		case 'future-dates': {
			const examples = warning.examples
				.map((e) => `${e.date} on line ${figure(e.line)}`)
				.join(', ');
			return `${count(warning.count, 'line')} ${warning.count === 1 ? 'is' : 'are'} dated after today (${formatDay(warning.today)}), e.g. ${examples}: check the date column and the day/month order.`;
		}
	}
}

/** What a resolved-before-opened row was, in words (also the rejected row's example text). */
function describeResolvedBeforeOpened(
	warning: Extract<TicketsWarning, { code: 'resolved-before-opened' }>
): string {
	const ticket = warning.ticketId === null ? 'the ticket' : `ticket ${warning.ticketId}`;
	return `${ticket} of customer ${warning.customerId} was resolved on ${formatDay(warning.resolvedDay)}, before it was opened on ${formatDay(warning.openedDay)}`;
}

/** The English sentence of a customers file's warning. */
export function describeAttributesWarning(warning: AttributesWarning): string {
	switch (warning.code) {
		case 'customer-column-guessed':
			return `No customer id column was recognised; the first column (“${warning.column}”) is used.`;
		case 'duplicate-customers':
			return `${figure(warning.rows)} ${warning.rows === 1 ? 'row repeats' : 'rows repeat'} a customer id already seen; the first row of each id is kept.`;
	}
}

/** The English sentence of a tickets import's warning. */
export function describeTicketsWarning(warning: TicketsWarning): string {
	switch (warning.code) {
		case 'resolved-before-opened':
			return `Line ${figure(warning.line)}: ${describeResolvedBeforeOpened(warning)}; the row was left out.`;
		case 'duplicate-tickets':
			return `${figure(warning.rows)} rows repeat a ticket id already seen; the first row of each id is kept.`;
		case 'status-conflicts':
			return `${figure(warning.tickets)} tickets have a resolved date but a status that does not say resolved; the date wins.`;
		case 'resolved-without-date':
			return `${figure(warning.tickets)} tickets are resolved by their status but have no resolved date: they count as resolved, never as resolved quickly.`;
	}
}
