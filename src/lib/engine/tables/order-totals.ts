/**
 * The counting conventions of `shared/DOMAIN.md` over an `OrdersTable`: which order ids are orders
 * and which are returns, which customers have at least one order, and the net revenue.
 */
import type { OrdersTable } from './orders-table';

export interface OrderTotals {
	/** Customers with at least one order (the customer table's size). */
	customers: number;
	/** Customers whose lines all belong to returns (no order): counted apart. */
	returnsOnlyCustomers: number;
	/** Distinct order ids whose lines sum to more than zero. */
	orders: number;
	/** Distinct order ids whose lines sum to zero or less. */
	returns: number;
	/** Sum of every line's amount, returns included. */
	netRevenue: number;
	/** Net revenue of the returns-only customers (≤ 0 in practice); not part of the customer table. */
	returnsOnlyRevenue: number;
	/** First and last day with a line (days since 1970-01-01); NaN for an empty table. */
	firstDay: number;
	lastDay: number;
	/** Sum of line amounts per order code (index = `table.order.codes` value). */
	orderSums: Float64Array;
	/** 1 where the order code is an order (sum > 0), 0 where it is a return. */
	isOrder: Uint8Array;
	/** 1 where the customer code has at least one order. */
	customerHasOrder: Uint8Array;
}

/**
 * A tolerance for "sums to more than zero": decimal money is rounded when stored as binary doubles,
 * so 1.1 + 2.2 − 3.3 comes out as 4e-16. An order counts only when its sum exceeds 1e-9 of the
 * absolute sum of its lines; exact decimal arithmetic would call such an order id a return.
 */
const RELATIVE_TOLERANCE = 1e-9;

/**
 * Orders, returns, customers and net revenue under the counting conventions of `DOMAIN.md`:
 * an order id is an order when its lines sum to more than zero (see `RELATIVE_TOLERANCE`), else a
 * return; customers are those with ≥ 1 order. Sums use Neumaier compensation.
 */
export function summariseOrders(table: OrdersTable): OrderTotals {
	const orderCount = table.order.values.length;
	const customerCount = table.customer.values.length;
	const orderSums = new Float64Array(orderCount);
	const orderAbsSums = new Float64Array(orderCount);
	const orderCodes = table.order.codes;
	const customerCodes = table.customer.codes;
	const amounts = table.amount;
	const days = table.day;
	const n = table.rowCount;

	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let i = 0; i < n; i++) {
		const order = orderCodes[i];
		const amount = amounts[i];
		orderSums[order] += amount;
		orderAbsSums[order] += Math.abs(amount);
		const day = days[i];
		if (day < firstDay) firstDay = day;
		if (day > lastDay) lastDay = day;
	}

	const isOrder = new Uint8Array(orderCount);
	let orders = 0;
	for (let o = 0; o < orderCount; o++) {
		if (orderSums[o] > RELATIVE_TOLERANCE * orderAbsSums[o]) {
			isOrder[o] = 1;
			orders++;
		}
	}

	const customerHasOrder = new Uint8Array(customerCount);
	const customerHasLine = new Uint8Array(customerCount);
	for (let i = 0; i < n; i++) {
		const customer = customerCodes[i];
		customerHasLine[customer] = 1;
		if (isOrder[orderCodes[i]] === 1) customerHasOrder[customer] = 1;
	}
	let customers = 0;
	let returnsOnlyCustomers = 0;
	for (let c = 0; c < customerCount; c++) {
		if (customerHasOrder[c] === 1) customers++;
		else if (customerHasLine[c] === 1) returnsOnlyCustomers++;
	}

	const total = new CompensatedSum();
	const returnsOnly = new CompensatedSum();
	for (let i = 0; i < n; i++) {
		total.add(amounts[i]);
		if (customerHasOrder[customerCodes[i]] === 0) returnsOnly.add(amounts[i]);
	}

	return {
		customers,
		returnsOnlyCustomers,
		orders,
		returns: orderCount - orders - countUnusedOrders(orderAbsSums, orderSums, orderCodes, n),
		netRevenue: total.value(),
		returnsOnlyRevenue: returnsOnly.value(),
		firstDay: n > 0 ? firstDay : NaN,
		lastDay: n > 0 ? lastDay : NaN,
		orderSums,
		isOrder,
		customerHasOrder
	};
}

/** Order codes in the dictionary that no line uses (possible after filtering a table). */
function countUnusedOrders(
	absSums: Float64Array,
	sums: Float64Array,
	codes: Int32Array,
	n: number
): number {
	let candidates = 0;
	for (let o = 0; o < absSums.length; o++) if (absSums[o] === 0 && sums[o] === 0) candidates++;
	if (candidates === 0) return 0;
	// An all-zero order (e.g. free samples) also has absSum 0: tell used from unused by the lines.
	const used = new Uint8Array(absSums.length);
	for (let i = 0; i < n; i++) used[codes[i]] = 1;
	let unused = 0;
	for (let o = 0; o < absSums.length; o++) if (used[o] === 0) unused++;
	return unused;
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
