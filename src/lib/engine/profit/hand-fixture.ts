/**
 * For tests only: a small shop with costs, efforts, returns and tickets whose profit figures are
 * worked out by hand in `compute-profit.test.ts`, `group-profit.test.ts` and their neighbours.
 *
 * | customer | lines (amount / cost)                          | orders | returns | effort | tickets | group |
 * | -------- | ---------------------------------------------- | -----: | ------: | -----: | ------: | ----- |
 * | A        | O1 100/40 + 50/30, O2 80/32, R1 −20/−8         |      2 |       1 |      2 |       1 | Loyal |
 * | B        | O3 30/20, R2 −10/−6, R3 −5/−3                  |      1 |       2 |      9 |       4 | Other |
 * | C        | O4 200/80, O5 150/60, O6 100/40                |      3 |       0 |      3 |       0 | Loyal |
 * | D        | O7 20/12                                       |      1 |       0 |      — |       3 | Other |
 * | E        | R9 −15/−9 (returns only: not a customer)       |      0 |       1 |      5 |       — | —     |
 */
import { buildCustomerTable, type CustomerTable } from '../customers/customer-table';
import { groupingFromAssignments, type CustomerGrouping } from '../customers/group-by';
import type { OrdersTable } from '../tables/orders-table';
import { attributesFromRows, ordersFromRows, type TestRow } from '../tables/test-tables';
import { withProfitDefaults, type ProfitOptions } from './profit-options';

export const HAND_ROWS: TestRow[] = [
	{ customer: 'A', order: 'O1', date: '2024-01-10', amount: 100, cost: 40, category: 'Tea' },
	{ customer: 'A', order: 'O1', date: '2024-01-10', amount: 50, cost: 30, category: 'Mugs' },
	{ customer: 'B', order: 'O3', date: '2024-01-20', amount: 30, cost: 20, category: 'Tea' },
	{ customer: 'C', order: 'O4', date: '2024-01-25', amount: 200, cost: 80, category: 'Tea' },
	{ customer: 'B', order: 'R2', date: '2024-01-28', amount: -10, cost: -6, category: 'Tea' },
	{ customer: 'A', order: 'O2', date: '2024-02-10', amount: 80, cost: 32, category: 'Tea' },
	{ customer: 'E', order: 'R9', date: '2024-02-11', amount: -15, cost: -9, category: 'Mugs' },
	{ customer: 'A', order: 'R1', date: '2024-02-15', amount: -20, cost: -8, category: 'Tea' },
	{ customer: 'B', order: 'R3', date: '2024-02-16', amount: -5, cost: -3, category: 'Tea' },
	{ customer: 'C', order: 'O5', date: '2024-03-01', amount: 150, cost: 60, category: 'Mugs' },
	{ customer: 'D', order: 'O7', date: '2024-03-05', amount: 20, cost: 12, category: 'Cards' },
	{ customer: 'C', order: 'O6', date: '2024-04-01', amount: 100, cost: 40, category: 'Tea' }
];

/** Customers file: D has no effort value; E is not a customer. */
export const HAND_ATTRIBUTES = [
	{ id: 'A', email: 'a@example.com', service_effort: 2 },
	{ id: 'B', email: 'b@example.com', service_effort: 9 },
	{ id: 'C', email: 'c@example.com', service_effort: 3 },
	{ id: 'D', email: 'd@example.com', service_effort: NaN },
	{ id: 'E', email: 'e@example.com', service_effort: 5 }
];

/** Costs of the hand computation: per order 5, per return 8, per ticket 6, per effort point 4;
 * marketing per customer: Loyal 10, Other 3. */
export const HAND_OPTIONS: ProfitOptions = withProfitDefaults({
	costPerOrder: 5,
	costPerReturn: 8,
	costPerTicket: 6,
	costPerEffortPoint: 4,
	marketingPerCustomer: { Loyal: 10, Other: 3 }
});

export interface HandShop {
	orders: OrdersTable;
	customers: CustomerTable;
	grouping: CustomerGrouping;
	/** Tickets per customer entry (A, B, C, D). */
	tickets: Int32Array;
}

export function handShop(rows: TestRow[] = HAND_ROWS): HandShop {
	const orders = ordersFromRows(rows);
	const customers = buildCustomerTable(orders, {}, attributesFromRows(HAND_ATTRIBUTES));
	const groupOf: Record<string, number> = { A: 0, B: 1, C: 0, D: 1 };
	const grouping = groupingFromAssignments(
		'persona',
		['Loyal', 'Other'],
		customers.ids.map((id) => groupOf[id] ?? 1),
		customers.count
	);
	const ticketsOf: Record<string, number> = { A: 1, B: 4, C: 0, D: 3 };
	const tickets = Int32Array.from(customers.ids, (id) => ticketsOf[id] ?? 0);
	return { orders, customers, grouping, tickets };
}
