/**
 * Returns per customer for the service cost "returns × cost per return". The customer table counts
 * orders but not returns, so they are counted here through THE order rule (`tables/order-rule.ts`:
 * a return is a (customer, order id) pair whose lines sum below zero, or to zero with a negative
 * line), over the customer table's own window of lines — never a second copy of the rule.
 */
import type { CustomerTable } from '../customers/customer-table';
import { classifyPairs, pairOrderLines, sumPairs } from '../tables/order-rule';
import type { OrdersTable } from '../tables/orders-table';

/**
 * Per customer entry, the (customer, order id) pairs with a line inside the table's window
 * (start day ≤ day < analysis day) that the order rule calls returns. O(lines).
 */
export function countReturns(orders: OrdersTable, customers: CustomerTable): Int32Array {
	const pairs = pairOrderLines(orders);
	const sums = sumPairs(orders, pairs, {
		startDay: customers.startDay,
		endDay: customers.analysisDay
	});
	const isOrder = classifyPairs(sums);
	const returns = new Int32Array(customers.count);
	for (let p = 0; p < pairs.pairCount; p++) {
		if (sums.lineCount[p] === 0 || isOrder[p] === 1) continue;
		const entry = customers.indexByCode[pairs.pairCustomer[p]];
		if (entry >= 0) returns[entry]++;
	}
	return returns;
}
