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
import type { TicketsReport } from '../index';
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

beforeAll(async () => {
	const demo = generateDemoBusiness();
	const ordersBytes = new TextEncoder().encode(demo.ordersCsv);
	orders = (await importOrders(chunks(demo.ordersCsv), sniffOrders(ordersBytes, true).mapping))
		.table;
	const attributes = (await importAttributes(chunks(demo.customersCsv))).table;
	customers = buildCustomerTable(orders, {}, attributes);
	const sniff = sniffTickets(new TextEncoder().encode(demo.ticketsCsv), true);
	const imported = await importTickets(chunks(demo.ticketsCsv), sniff.mapping, {
		customerIds: orders.customer.values
	});
	ticketsReport = imported.report;
	loyalty = buildLoyaltyReport(computeLoyalty(customers, imported.table));
});

describe('the demo tickets file', () => {
	it('is recognised without help and keeps all but three broken rows', () => {
		expect(ticketsReport.columns).toEqual({
			ticketId: 'ticket_id',
			customer: 'customer_id',
			opened: 'opened',
			resolved: 'resolved',
			status: 'status',
			severity: 'severity',
			channel: 'channel'
		});
		expect(ticketsReport.rejected.map((r) => [r.reason, r.count])).toEqual([
			['no-customer', 2],
			['resolved-before-opened', 1]
		]);
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
