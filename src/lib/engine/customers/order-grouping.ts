/**
 * The orders of each customer: lines grouped into (customer, order id) pairs, each pair an order
 * or a return by THE rule (`tables/order-rule.ts`), and the orders sorted per customer by day.
 * Customers with at least one order make the table, in customer-code order.
 */
import { countingSort } from '../tables/counting-sort';
import { classifyPairs, pairOrderLines, sumPairs, type LineWindow } from '../tables/order-rule';
import type { OrdersTable } from '../tables/orders-table';

export interface CustomerOrders {
	/** Customers with at least one order, and their codes, ids and entries. */
	count: number;
	ids: string[];
	customerCode: Int32Array;
	indexByCode: Int32Array;
	/** Customers with lines in the window but no order. */
	returnsOnlyCustomers: number;
	/** Entry i owns orders `orderStart[i]` up to `orderStart[i + 1]`, sorted by day then order code. */
	orderStart: Int32Array;
	orderDay: Int32Array;
	/** Net of the order's lines. */
	orderValue: Float64Array;
	/** Code into `orders.order.values`. */
	orderCode: Int32Array;
	/** 1 when the order has a discounted line; null without a discount column. */
	orderDiscounted: Uint8Array | null;
	/** The channel of the order's first line; null without a channel column. */
	orderChannel: Int32Array | null;
	/** First order day over all customers, and the number of days to the last one. */
	minOrderDay: number;
	dayRange: number;
}

/**
 * Groups the lines inside `window` into orders per customer. `linesPerCode` (lines in the window
 * per customer code) tells returns-only customers from customers with no line at all.
 */
export function groupOrders(
	orders: OrdersTable,
	window: LineWindow,
	linesPerCode: Int32Array
): CustomerOrders {
	const pairs = pairOrderLines(orders);
	const { pairCount, pairCustomer, pairOrder } = pairs;
	const sums = sumPairs(orders, pairs, window);
	const isOrder = classifyPairs(sums);
	const customerDictSize = orders.customer.values.length;

	const codeOrders = new Int32Array(customerDictSize);
	let orderTotal = 0;
	for (let p = 0; p < pairCount; p++) {
		if (isOrder[p] === 1) {
			codeOrders[pairCustomer[p]]++;
			orderTotal++;
		}
	}
	const indexByCode = new Int32Array(customerDictSize).fill(-1);
	let count = 0;
	let returnsOnlyCustomers = 0;
	for (let c = 0; c < customerDictSize; c++) {
		if (codeOrders[c] > 0) indexByCode[c] = count++;
		else if (linesPerCode[c] > 0) returnsOnlyCustomers++;
	}
	const customerCode = new Int32Array(count);
	const ids: string[] = new Array(count);
	for (let c = 0; c < customerDictSize; c++) {
		const i = indexByCode[c];
		if (i < 0) continue;
		customerCode[i] = c;
		ids[i] = orders.customer.values[c];
	}

	// The orders, sorted by (customer entry, day, order code): counting sorts by day, then entry,
	// starting from code order (stable sorts keep the earlier keys as tie-breaks).
	const kept = new Int32Array(orderTotal);
	let minOrderDay = Infinity;
	let maxOrderDay = -Infinity;
	for (let p = 0, k = 0; p < pairCount; p++) {
		if (isOrder[p] === 1) {
			kept[k++] = p;
			if (sums.firstDay[p] < minOrderDay) minOrderDay = sums.firstDay[p];
			if (sums.firstDay[p] > maxOrderDay) maxOrderDay = sums.firstDay[p];
		}
	}
	if (pairOrder) {
		// Shared order ids: pairs are in first-line order, so put them in order-code order first.
		kept.sort((a, b) => pairOrder[a] - pairOrder[b] || a - b);
	}
	const dayKey = new Int32Array(pairCount);
	const entryKey = new Int32Array(pairCount);
	for (let k = 0; k < orderTotal; k++) {
		const p = kept[k];
		dayKey[p] = sums.firstDay[p] - minOrderDay;
		entryKey[p] = indexByCode[pairCustomer[p]];
	}
	const dayRange = orderTotal > 0 ? maxOrderDay - minOrderDay + 1 : 0;
	const byDay =
		dayRange <= 4 * orderTotal + 100_000
			? countingSort(kept, dayKey, dayRange)
			: kept.slice().sort((a, b) => dayKey[a] - dayKey[b]);
	const sorted = countingSort(byDay, entryKey, count);

	const orderStart = new Int32Array(count + 1);
	for (let c = 0; c < customerDictSize; c++) {
		if (indexByCode[c] >= 0) orderStart[indexByCode[c] + 1] = codeOrders[c];
	}
	for (let i = 0; i < count; i++) orderStart[i + 1] += orderStart[i];

	const pairDiscounted = orders.discounted
		? flagPairs(orders, orders.discounted, pairs.linePair, window, pairCount)
		: null;
	const channel = orders.channel;
	const orderDay = new Int32Array(orderTotal);
	const orderValue = new Float64Array(orderTotal);
	const orderCode = new Int32Array(orderTotal);
	const orderDiscounted = pairDiscounted ? new Uint8Array(orderTotal) : null;
	const orderChannel = channel ? new Int32Array(orderTotal) : null;
	for (let at = 0; at < orderTotal; at++) {
		const p = sorted[at];
		orderDay[at] = sums.firstDay[p];
		orderValue[at] = sums.sum[p];
		orderCode[at] = pairOrder ? pairOrder[p] : p;
		if (orderDiscounted && pairDiscounted) orderDiscounted[at] = pairDiscounted[p];
		if (orderChannel && channel) orderChannel[at] = channel.codes[sums.firstLine[p]];
	}
	return {
		count,
		ids,
		customerCode,
		indexByCode,
		returnsOnlyCustomers,
		orderStart,
		orderDay,
		orderValue,
		orderCode,
		orderDiscounted,
		orderChannel,
		minOrderDay,
		dayRange
	};
}

/** 1 per pair with at least one discounted line inside the window. */
function flagPairs(
	orders: OrdersTable,
	discounted: Uint8Array,
	linePair: Int32Array,
	window: LineWindow,
	pairCount: number
): Uint8Array {
	const flags = new Uint8Array(pairCount);
	const day = orders.day;
	for (let line = 0; line < discounted.length; line++) {
		if (discounted[line] === 1 && day[line] < window.endDay && day[line] >= window.startDay)
			flags[linePair[line]] = 1;
	}
	return flags;
}
