import { describe, expect, it } from 'vitest';
import {
	describeAttributesWarning,
	describeImportWarning,
	describeTicketsWarning,
	type AttributesWarning,
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

// Figures and line numbers of 1,000 and above are grouped, as the page's English groups them.
describe('the figures of a warning', () => {
	it.each([
		[
			{ code: 'invalid-bytes', encoding: 'utf-8', lines: { count: 1, lines: [4_096] } },
			'Some bytes are not valid UTF-8 and show as “�” (line 4,096): the file may use another encoding.'
		],
		[
			{ code: 'zero-bytes', lines: { count: 3_001, lines: [1_001] } },
			'3,001 lines hold zero bytes (NUL) inside fields (lines 1,001 and 3,000 more): they were kept as they are.'
		],
		[
			{ code: 'duplicate-columns', columns: [{ name: 'SKU', at: [7, 1_024] }] },
			'Several columns have the same name: “SKU” (columns 7, 1,024). Check that the mapping uses the right one.'
		],
		[
			{ code: 'spread-orders', orders: 10_000 },
			'The order-level discount or refunded amount of 10,000 orders was spread over their lines in proportion to their amounts.'
		],
		[
			{
				code: 'future-dates',
				count: 1,
				today: 20_000,
				examples: [{ line: 250_001, date: '2099-01-01' }]
			},
			'1 line is dated after today (2024-10-04), e.g. 2099-01-01 on line 250,001: check the date column and the day/month order.'
		]
	] satisfies [ImportWarning, string][])('of %o are grouped by thousands', (w, text) => {
		expect(describeImportWarning(w)).toBe(text);
	});

	it.each([
		[
			{
				code: 'resolved-before-opened',
				line: 2_048,
				ticketId: '77',
				customerId: '1001',
				resolvedDay: 20_000,
				openedDay: 20_001
			},
			'Line 2,048: ticket 77 of customer 1001 was resolved on 2024-10-04, before it was opened on 2024-10-05; the row was left out.'
		],
		[
			{ code: 'status-conflicts', tickets: 4_321 },
			'4,321 tickets have a resolved date but a status that does not say resolved; the date wins.'
		]
	] satisfies [TicketsWarning, string][])('of %o are grouped, ids are not', (w, text) => {
		expect(describeTicketsWarning(w)).toBe(text);
	});

	it.each([
		[
			{ code: 'duplicate-customers', rows: 1 },
			'1 row repeats a customer id already seen; the first row of each id is kept.'
		],
		[
			{ code: 'duplicate-customers', rows: 65_536 },
			'65,536 rows repeat a customer id already seen; the first row of each id is kept.'
		],
		[
			{ code: 'customer-column-guessed', column: 'Kunde 2024' },
			'No customer id column was recognised; the first column (“Kunde 2024”) is used.'
		]
	] satisfies [AttributesWarning, string][])('of a customers file %o', (w, text) => {
		expect(describeAttributesWarning(w)).toBe(text);
	});
});
