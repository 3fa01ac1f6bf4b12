import { beforeAll, describe, expect, it } from 'vitest';
import { computeAccounts } from '../../engine/accounts/compute-accounts';
import { planReviews } from '../../engine/accounts/plan-reviews';
import { buildCustomerTable } from '../../engine/customers/customer-table';
import type { CustomerTable } from '../../engine/customers/customer-table';
import { computeLoyalty } from '../../engine/loyalty/compute-loyalty';
import { buildLoyaltyReport } from '../../engine/loyalty/loyalty-report';
import type { LoyaltyReport } from '../../engine/loyalty/loyalty-report';
import type { OrdersTable } from '../../engine/tables/orders-table';
import { importAttributes, importOrders, importTickets, sniffOrders, sniffTickets } from '../index';
import type { AttributesReport, ImportReport, TicketsReport } from '../index';
import { generateDemoBusiness } from './index';

// The demo's tickets and last reviews, read the way the page reads them: through the import and
// the loyalty / accounts families (each tested on its own against hand and DuckDB figures).

async function* chunks(text: string): AsyncIterable<Uint8Array> {
	yield new TextEncoder().encode(text);
}

let orders: OrdersTable;
let customers: CustomerTable;
let ticketsReport: TicketsReport;
let loyalty: LoyaltyReport;
let demoTicketRows: number;
let demoOrderRows: number;
let ordersReport: ImportReport;
let attributesReport: AttributesReport;

beforeAll(async () => {
	const demo = generateDemoBusiness();
	const ordersBytes = new TextEncoder().encode(demo.ordersCsv);
	const ordersImport = await importOrders(
		chunks(demo.ordersCsv),
		sniffOrders(ordersBytes, true).mapping
	);
	orders = ordersImport.table;
	ordersReport = ordersImport.report;
	const attributesImport = await importAttributes(chunks(demo.customersCsv));
	attributesReport = attributesImport.report;
	const attributes = attributesImport.table;
	customers = buildCustomerTable(orders, {}, attributes);
	// Data rows of the tickets file, counted from its text (header and final line break aside).
	demoOrderRows = demo.ordersCsv.trimEnd().split('\n').length - 1;
	demoTicketRows = demo.ticketsCsv.trimEnd().split('\n').length - 1;
	const sniff = sniffTickets(new TextEncoder().encode(demo.ticketsCsv), true);
	const imported = await importTickets(chunks(demo.ticketsCsv), sniff.mapping, {
		customerIds: orders.customer.values
	});
	ticketsReport = imported.report;
	loyalty = buildLoyaltyReport(computeLoyalty(customers, imported.table));
}, 60_000);

describe('the demo import summary', () => {
	it('rejects no row of the orders file and warns of nothing', () => {
		expect(ordersReport.rejected).toEqual([]);
		expect(ordersReport.warnings).toEqual([]);
		expect(ordersReport.lines).toBe(demoOrderRows);
	});

	it('rejects no row of the customers file and warns of nothing', () => {
		expect(attributesReport.rejected).toEqual([]);
		expect(attributesReport.warnings).toEqual([]);
		expect(attributesReport.duplicates).toBe(0);
	});
});

describe('the demo tickets file', () => {
	it('is recognised without help and keeps every row: no broken row for a workshop to misread', () => {
		expect(ticketsReport.columns).toEqual({
			ticketId: 'ticket_id',
			customer: 'customer_id',
			opened: 'opened',
			resolved: 'resolved',
			status: 'status',
			severity: 'severity',
			channel: 'channel'
		});
		expect(ticketsReport.rejected).toEqual([]);
		expect(ticketsReport.warnings).toEqual([]);
		expect(ticketsReport.tickets).toBe(demoTicketRows);
		expect(ticketsReport.tickets).toBeGreaterThan(800);
		expect(ticketsReport.matching!.ticketsNotMatched).toBe(0);
	});

	it('plants more repurchase after a resolved first problem than after an unresolved one', () => {
		const { resolved, unresolved, none, resolvedQuickly } = loyalty.groups;
		expect(resolved!.eligible).toBeGreaterThanOrEqual(200);
		expect(unresolved!.eligible).toBeGreaterThanOrEqual(100);
		expect(resolvedQuickly!.eligible).toBeGreaterThanOrEqual(100);
		// The Wilson intervals do not even overlap.
		expect(resolved!.low!).toBeGreaterThan(unresolved!.high!);
		expect(resolved!.rate!).toBeGreaterThan(none!.rate!);
	});
});

describe('the demo last reviews and budgets', () => {
	it('gives a plan with every level, some reviews overdue and none unreadable', () => {
		const accounts = computeAccounts(customers, orders);
		const plan = planReviews(customers, accounts);
		expect(accounts.capacityBasis).toEqual({ kind: 'attribute', name: 'budget' });
		expect(plan.lastReviewAttribute).toBe('last_review');
		expect(plan.lastReviewUnreadable).toBe(0);
		expect(customers.count - plan.neverReviewed).toBeGreaterThan(300);
		expect(plan.overdue).toBeGreaterThan(20);
		for (const level of ['High', 'Medium', 'Low'] as const)
			expect(accounts.counts[level]).toBeGreaterThan(100);
	});
});
