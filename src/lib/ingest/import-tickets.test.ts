import { describe, expect, it } from 'vitest';
import { formatDay } from '../engine/tables/orders-table';
import { importTickets, IngestError, isResolvedStatus, sniffTickets } from './index';
import type { TicketMapping } from './index';

// Small files whose figures are counted by hand in the comments beside them.

async function* chunksOf(bytes: Uint8Array, size = bytes.length || 1): AsyncIterable<Uint8Array> {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
const utf8 = (text: string) => new TextEncoder().encode(text);

const TICKETS = [
	'Ticket ID,Customer ID,Opened,Resolved,Priority,Channel',
	'T1,C1,2024-01-05,2024-01-06,high,email', // resolved in 1 day
	'T2,C2,2024-01-07,,low,phone', // unresolved
	'T3,,2024-01-08,2024-01-09,low,email', // line 4: no customer
	'T4,C3,2024-01-10,2024-01-02,high,chat', // line 5: resolved before opened
	'T5,C4,yesterday,,low,email', // line 6: bad opened date
	'T6,C5,2024-01-11,soon,low,email', // line 7: bad resolved date
	'T1,C9,2024-01-12,,low,email', // line 8: T1 again, the first row wins
	'T7,17850.0,2024-01-12,N/A,,email' // unresolved (N/A = no date), id read as 17850
].join('\n');

async function importText(text: string, customerIds?: string[], chunk?: number) {
	const bytes = utf8(text);
	const sniff = sniffTickets(bytes, true);
	return {
		sniff,
		...(await importTickets(chunksOf(bytes, chunk), sniff.mapping, { customerIds }))
	};
}

describe('sniffTickets', () => {
	it('recognises every role from English headers', () => {
		const { mapping, warnings } = sniffTickets(utf8(TICKETS), true);
		expect(mapping.roles).toEqual([
			'ticketId',
			'customer',
			'opened',
			'resolved',
			'severity',
			'channel'
		]);
		expect(warnings).toEqual([]);
	});

	it('recognises a status column and German headers', () => {
		const text =
			'Vorgang;Kundennummer;Erstellt am;Status;Schweregrad\nV1;K1;05.01.2024;erledigt;hoch\n';
		const { mapping, delimiter } = sniffTickets(utf8(text), true);
		expect(delimiter).toBe(';');
		expect(mapping.roles).toEqual(['ticketId', 'customer', 'opened', 'status', 'severity']);
	});

	it('decides the day/month order from the values', () => {
		const text = 'case,client,created,closed\nK1,A,25/12/2024,27/12/2024\nK2,B,03/01/2025,\n';
		const { mapping } = sniffTickets(utf8(text), true);
		expect(mapping.dateOrder).toBe('dmy');
		expect(mapping.roles).toEqual(['ticketId', 'customer', 'opened', 'resolved']);
	});

	it('guesses the opened column from its values when the header says nothing', () => {
		const text = 'customer,when,state\nA,2024-01-02,open\nB,2024-02-03,closed\n';
		const { mapping, warnings } = sniffTickets(utf8(text), true);
		expect(mapping.roles).toEqual(['customer', 'opened', 'status']);
		expect(warnings.join(' ')).toMatch(/guessed/);
	});
});

describe('importTickets', () => {
	it('keeps readable tickets and rejects the others by reason, with their lines', async () => {
		const { report } = await importText(TICKETS);
		expect(report.rowsRead).toBe(8);
		expect(report.tickets).toBe(3); // T1, T2, T7
		expect(report.duplicates).toBe(1);
		const byReason = Object.fromEntries(
			report.rejected.map((r) => [r.reason, r.examples.map((e) => e.line)])
		);
		expect(byReason).toEqual({
			'no-customer': [4],
			'bad-opened-date': [6],
			'bad-resolved-date': [7],
			'resolved-before-opened': [5]
		});
		expect(
			report.tickets + report.duplicates + report.rejected.reduce((a, r) => a + r.count, 0)
		).toBe(report.rowsRead);
	});

	it('names the row of a ticket resolved before it was opened', async () => {
		const { report } = await importText(TICKETS);
		const message =
			'ticket T4 of customer C3 was resolved on 2024-01-02, before it was opened on 2024-01-10';
		// The example is the row, as for every reason: the reason's label says what is wrong with
		// it in the page's language, and the warning names the dates.
		expect(report.rejected.find((r) => r.reason === 'resolved-before-opened')!.examples).toEqual([
			{ line: 5, text: 'T4,C3,2024-01-10,2024-01-02,high,chat' }
		]);
		expect(report.warnings).toContain(`Line 5: ${message}; the row was left out.`);
	});

	it('stores opened and resolved days, severity and channel per ticket', async () => {
		const { table } = await importText(TICKETS);
		expect(table.ticketId).toEqual(['T1', 'T2', 'T7']);
		expect([...table.customer.codes].map((c) => table.customer.values[c])).toEqual([
			'C1',
			'C2',
			'17850'
		]);
		expect([...table.openedDay].map(formatDay)).toEqual(['2024-01-05', '2024-01-07', '2024-01-12']);
		expect([...table.resolved]).toEqual([1, 0, 0]);
		expect(formatDay(table.resolvedDay[0])).toBe('2024-01-06');
		expect(Number.isNaN(table.resolvedDay[1]) && Number.isNaN(table.resolvedDay[2])).toBe(true);
		expect(table.severity!.values).toEqual(['high', 'low']);
		expect([...table.severity!.codes]).toEqual([0, 1, -1]);
		expect(table.channel!.values).toEqual(['email', 'phone']);
	});

	it('reports tickets and customers matched to the orders and not', async () => {
		const { report } = await importText(TICKETS, ['C1', '17850', 'C7']);
		expect(report.matching).toEqual({
			ticketsMatched: 2,
			ticketsNotMatched: 1,
			customersMatched: 2,
			customersNotMatched: 1,
			notMatchedExamples: ['C2']
		});
	});

	it('reads the same table whatever the chunk size', async () => {
		const whole = await importText(TICKETS);
		const tiny = await importText(TICKETS, undefined, 7);
		expect(tiny.table).toEqual(whole.table);
	});

	it('reads resolution from a status column, never as quick without a date', async () => {
		const text = 'ticket,customer,opened,status\n1,A,2024-03-01,Closed\n2,B,2024-03-02,open\n';
		const { table, report } = await importText(text);
		expect([...table.resolved]).toEqual([1, 0]);
		expect(report.resolvedWithoutDate).toBe(1);
		expect(report.warnings.join(' ')).toMatch(/never as resolved quickly/);
	});

	it('refuses a mapping without a resolved date or a status', async () => {
		const mapping: TicketMapping = { roles: ['customer', 'opened'], dateOrder: 'ymd' };
		await expect(
			importTickets(chunksOf(utf8('customer,opened\nA,2024-01-01\n')), mapping)
		).rejects.toThrow(IngestError);
	});

	it('says why when no row can be read', async () => {
		const text = 'ticket,customer,opened,resolved\n1,,2024-01-01,\n';
		await expect(importText(text)).rejects.toThrow(/None of the 1 rows.*1 no customer id/);
	});
});

describe('isResolvedStatus', () => {
	it.each([
		['Resolved', true],
		[' closed ', true],
		['erledigt', true],
		['Open', false],
		['in progress', false],
		['', false]
	])('reads %j as resolved = %s', (text, expected) => {
		expect(isResolvedStatus(text)).toBe(expected);
	});
});
