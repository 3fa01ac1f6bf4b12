import { describe, expect, it } from 'vitest';
import {
	describeImportWarning,
	describeTicketsWarning,
	type ImportWarning,
	type TicketsWarning
} from './import-warnings';

// The English sentences the CLI printed before the warnings carried a code, written out by hand.
describe('describeImportWarning', () => {
	it.each([
		[
			{ code: 'title-lines', lines: ['Sales report', 'Q1'] },
			'2 lines above the header were skipped as a title: “Sales report / Q1”.'
		],
		[
			{ code: 'invalid-bytes', encoding: 'utf-8', lines: { count: 7, lines: [3, 17] } },
			'Some bytes are not valid UTF-8 and show as “�” (lines 3, 17 and 5 more): the file may use another encoding.'
		],
		[
			{ code: 'zero-bytes', lines: { count: 1, lines: [4] } },
			'1 line hold zero bytes (NUL) inside fields (line 4): they were kept as they are.'
		],
		[
			{ code: 'duplicate-columns', columns: [{ name: 'Date', at: [2, 5] }] },
			'Several columns have the same name: “Date” (columns 2, 5). Check that the mapping uses the right one.'
		],
		[
			{ code: 'cancelled-as-returns', orders: 1, returnLines: 3 },
			'1 cancelled order counts as a return in full: 3 return lines added.'
		],
		[
			{ code: 'cancelled-kept', orders: 1200 },
			'1,200 cancelled orders kept as sales: returns are ignored as chosen.'
		],
		[
			{ code: 'spread-orders', orders: 1 },
			'The order-level discount or refunded amount of 1 order was spread over its lines in proportion to their amounts.'
		],
		[
			{
				code: 'future-dates',
				count: 2,
				today: 20_000,
				examples: [
					{ line: 9, date: '2030-01-01' },
					{ line: 12, date: '2031-02-03' }
				]
			},
			'2 lines are dated after today (2024-10-04), e.g. 2030-01-01 on line 9, 2031-02-03 on line 12: check the date column and the day/month order.'
		]
	] satisfies [ImportWarning, string][])('words %o in the English the CLI prints', (w, text) => {
		expect(describeImportWarning(w)).toBe(text);
	});
});

describe('describeTicketsWarning', () => {
	it.each([
		[
			{
				code: 'resolved-before-opened',
				line: 8,
				ticketId: 'T-9',
				customerId: 'C1',
				resolvedDay: 20_000,
				openedDay: 20_002
			},
			'Line 8: ticket T-9 of customer C1 was resolved on 2024-10-04, before it was opened on 2024-10-06; the row was left out.'
		],
		[
			{
				code: 'resolved-before-opened',
				line: 8,
				ticketId: null,
				customerId: 'C1',
				resolvedDay: 20_000,
				openedDay: 20_002
			},
			'Line 8: the ticket of customer C1 was resolved on 2024-10-04, before it was opened on 2024-10-06; the row was left out.'
		],
		[
			{ code: 'duplicate-tickets', rows: 3 },
			'3 rows repeat a ticket id already seen; the first row of each id is kept.'
		],
		[
			{ code: 'status-conflicts', tickets: 2 },
			'2 tickets have a resolved date but a status that does not say resolved; the date wins.'
		],
		[
			{ code: 'resolved-without-date', tickets: 4 },
			'4 tickets are resolved by their status but have no resolved date: they count as resolved, never as resolved quickly.'
		]
	] satisfies [TicketsWarning, string][])('words %o in the English the CLI prints', (w, text) => {
		expect(describeTicketsWarning(w)).toBe(text);
	});
});
