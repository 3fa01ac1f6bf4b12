/**
 * The counting conventions of `shared/DOMAIN.md` over an `OrdersTable` (the import summary): how
 * many (customer, order id) pairs are orders and how many returns, which customers have at least one order, and the net revenue.
 */
import { ORDER, pairKinds, pairOrderLines, RETURN, type OrderPairs } from './order-rule';
import { dictionarySize } from './orders-table';
import type { OrdersTable } from './orders-table';

export interface OrderTotals {
	/** Customers with at least one order (the customer table's size). */
	customers: number;
	/** Customers whose lines all belong to returns (no order): counted apart. */
	returnsOnlyCustomers: number;
	/** (customer, order id) pairs that are orders (`order-rule.ts`). */
	orders: number;
	/** (customer, order id) pairs that are returns. */
	returns: number;
	/** Sum of every line's amount, returns included. */
	netRevenue: number;
	/** Net revenue of the returns-only customers (≤ 0 in practice); not part of the customer table. */
	returnsOnlyRevenue: number;
	/** First and last day with a line (days since 1970-01-01); NaN for an empty table. */
	firstDay: number;
	lastDay: number;
	/** Per (customer, order id) pair (`pairs.linePair` numbers them): `ORDER`, `RETURN` or `NO_LINE`. */
	pairKinds: Uint8Array;
	/** The pairs themselves. */
	pairs: OrderPairs;
	/** 1 where the customer code has at least one order. */
	customerHasOrder: Uint8Array;
}

/**
 * Orders, returns, customers and net revenue under the counting conventions of `DOMAIN.md`, by
 * the one rule of `order-rule.ts`; customers are those with ≥ 1 order. Sums use Neumaier
 * compensation.
 */
export function summariseOrders(table: OrdersTable): OrderTotals {
	const customerCount = dictionarySize(table.customer);
	const customerCodes = table.customer.codes;
	const amounts = table.amount;
	const days = table.day;
	const n = table.rowCount;

	// Three passes over the lines (pairs, their kinds, then days and revenue); the rest is per pair.
	const pairs = pairOrderLines(table);
	const kinds = pairKinds(table, pairs);
	const customerHasOrder = new Uint8Array(customerCount);
	const customerHasLine = new Uint8Array(customerCount);
	let orders = 0;
	let returns = 0;
	for (let p = 0; p < pairs.pairCount; p++) {
		const kind = kinds[p];
		if (kind !== ORDER && kind !== RETURN) continue;
		// Every line is in a pair with lines, whose customer is the line's.
		const customer = pairs.pairCustomer[p];
		customerHasLine[customer] = 1;
		if (kind === ORDER) {
			orders++;
			customerHasOrder[customer] = 1;
		} else returns++;
	}
	let customers = 0;
	let returnsOnlyCustomers = 0;
	for (let c = 0; c < customerCount; c++) {
		if (customerHasOrder[c] === 1) customers++;
		else if (customerHasLine[c] === 1) returnsOnlyCustomers++;
	}

	let firstDay = Infinity;
	let lastDay = -Infinity;
	const total = new CompensatedSum();
	const returnsOnly = new CompensatedSum();
	for (let i = 0; i < n; i++) {
		const day = days[i];
		if (day < firstDay) firstDay = day;
		if (day > lastDay) lastDay = day;
		total.add(amounts[i]);
		if (customerHasOrder[customerCodes[i]] === 0) returnsOnly.add(amounts[i]);
	}

	return {
		customers,
		returnsOnlyCustomers,
		orders,
		returns,
		netRevenue: total.value(),
		returnsOnlyRevenue: returnsOnly.value(),
		firstDay: n > 0 ? firstDay : NaN,
		lastDay: n > 0 ? lastDay : NaN,
		pairKinds: kinds,
		pairs,
		customerHasOrder
	};
}

/** Neumaier's compensated summation: the sum of many doubles without the drift of a plain loop. */
class CompensatedSum {
	#sum = 0;
	#compensation = 0;

	add(x: number): void {
		const t = this.#sum + x;
		if (Math.abs(this.#sum) >= Math.abs(x)) this.#compensation += this.#sum - t + x;
		else this.#compensation += x - t + this.#sum;
		this.#sum = t;
	}

	value(): number {
		return this.#sum + this.#compensation;
	}
}
