import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Datasets, type HandlerContext } from '../datasets';
import { createDataHandlers } from './handlers';

const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});
const blob = (text: string) => new Blob([text], { type: 'text/csv' });

const ORDERS = [
	'customer,date,amount',
	'a,2024-01-01,10',
	'b,2024-01-02,20',
	'c,2024-02-01,5'
].join('\n');
const TICKETS = [
	'ticket_id,customer_id,opened,resolved,severity',
	'T1,a,2024-01-05,2024-01-06,high',
	'T2,b,2024-01-07,,low',
	'T3,zz,2024-01-08,2024-01-09,low',
	'T4,c,2024-03-02,2024-03-01,low',
	'T5,,2024-03-02,,low'
].join('\n');

describe('the tickets file on the Data page', () => {
	it('sniffs the roles of a tickets file from its header', async () => {
		const handlers = createDataHandlers(new Datasets());
		const sniff = await handlers.sniffTickets(
			{ file: blob(TICKETS), fileName: 't.csv' },
			context()
		);
		expect(sniff.mapping.roles).toEqual(['ticketId', 'customer', 'opened', 'resolved', 'severity']);
		expect(sniff.fileName).toBe('t.csv');
	});

	it('imports the tickets beside the orders and reports matched, not matched and rejected rows', async () => {
		const datasets = new Datasets();
		const handlers = createDataHandlers(datasets);
		const orders = await handlers.sniffOrders({ file: blob(ORDERS), fileName: 'o.csv' }, context());
		const summary = await handlers.importOrders(
			{
				file: blob(ORDERS),
				fileName: 'o.csv',
				mapping: orders.mapping,
				attributesFile: null,
				attributesFileName: null,
				ticketsFile: blob(TICKETS),
				ticketsFileName: 't.csv',
				ticketsMapping: {
					roles: ['ticketId', 'customer', 'opened', 'resolved', 'severity'],
					dateOrder: 'ymd'
				}
			},
			context()
		);
		const tickets = summary.tickets!;
		// 5 rows: T1, T2, T3 kept; T4 resolved before opened; T5 has no customer.
		expect(tickets.fileName).toBe('t.csv');
		expect(tickets.tickets).toBe(3);
		expect(tickets.matching).toMatchObject({ ticketsMatched: 2, ticketsNotMatched: 1 });
		expect(tickets.matching!.notMatchedExamples).toEqual(['zz']);
		expect(tickets.rejected.map((r) => [r.reason, r.count])).toEqual([
			['no-customer', 1],
			['resolved-before-opened', 1]
		]);
		const open = await datasets.open(summary.id);
		expect(open.tickets!.count).toBe(3);
	});

	it('refuses a tickets mapping without a customer column before reading the orders', async () => {
		const handlers = createDataHandlers(new Datasets());
		await expect(
			handlers.importOrders(
				{
					file: blob(ORDERS),
					fileName: 'o.csv',
					mapping: (
						await handlers.sniffOrders({ file: blob(ORDERS), fileName: 'o.csv' }, context())
					).mapping,
					attributesFile: null,
					attributesFileName: null,
					ticketsFile: blob(TICKETS),
					ticketsFileName: 't.csv',
					ticketsMapping: {
						roles: ['ticketId', 'ignore', 'opened', 'resolved', 'severity'],
						dateOrder: 'ymd'
					}
				},
				context()
			)
		).rejects.toThrow('The tickets file needs a customer column.');
	});

	it('loads the demo business with its tickets file, stored and read back with the dataset', async () => {
		const handlers = createDataHandlers(new Datasets());
		const summary = await handlers.importDemo({ seed: 1 }, context());
		expect(summary.tickets!.fileName).toBe('demo-tickets.csv');
		expect(summary.tickets!.tickets).toBeGreaterThan(0);
		expect(summary.saved).toBe(true);
		// A fresh worker reads it back from IndexedDB.
		const reopened = await new Datasets().open(summary.id);
		expect(reopened.tickets!.count).toBe(summary.tickets!.tickets);
		expect(reopened.summary.tickets!.matching!.ticketsMatched).toBe(
			summary.tickets!.matching!.ticketsMatched
		);
	}, 60_000);
});
