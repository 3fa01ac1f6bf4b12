/**
 * The customer table of `shared/DOMAIN.md` ("Per-customer features"): one entry per customer with
 * at least one order, every feature as a typed array. Built in a few passes over typed arrays:
 * order lines are counting-sorted by (customer, order id), so no Map is touched per line.
 */
import { civilDateOf } from './calendar';
import type { AttributesTable, OrdersTable } from './orders-table';

export type ValueBasis = 'revenue' | 'profit';

export interface CustomerTableOptions {
	/**
	 * The day recency is measured from (epoch day). Default: the day after the last line's day.
	 * Lines on or after this day are left out, so an earlier date shows the business as it was.
	 */
	analysisDay?: number;
	/** What "value" means: net revenue (default) or net profit; profit needs a cost column. */
	valueBasis?: ValueBasis;
}

/** A column of the customers file, aligned to the customer table (NaN / −1 when unmatched). */
export type CustomerAttributeColumn =
	| { name: string; kind: 'numeric'; values: Float64Array }
	| { name: string; kind: 'categorical'; codes: Int32Array; values: string[] };

export interface CustomerTable {
	/** Number of customers (customers with at least one order). */
	count: number;
	/** Customer id per entry, as in the orders file. */
	ids: string[];
	/** Code into `orders.customer.values` per entry. */
	customerCode: Int32Array;
	/** `orders.customer` code → entry, or −1 (no order, or returns only). */
	indexByCode: Int32Array;
	analysisDay: number;
	/** The basis actually used: 'profit' falls back to 'revenue' when no cost is known. */
	valueBasis: ValueBasis;
	/** Lines dropped because they fall on or after the analysis day. */
	linesAfterAnalysisDay: number;

	firstOrderDay: Int32Array;
	lastOrderDay: Int32Array;
	/** Distinct order ids whose lines sum to more than zero. */
	orders: Int32Array;
	/** Lines, returns included. */
	lines: Int32Array;
	/** Net units (returns negative); null without a quantity column. */
	units: Float64Array | null;
	/** Sum of the customer's line amounts, returns included. */
	netRevenue: Float64Array;
	/** Value of returned (negative) lines, as a positive number. */
	returnedValue: Float64Array;
	/** Net revenue − cost (lines of unknown cost count at zero cost); null without cost. */
	profit: Float64Array | null;
	/** Net revenue, or profit when `valueBasis` is 'profit'. */
	value: Float64Array;
	/** Net revenue ÷ orders. */
	averageOrderValue: Float64Array;
	/** Revenue ÷ units over sold lines (quantity > 0 and amount > 0); null without quantity. */
	averageUnitPrice: Float64Array | null;
	/** Analysis day − last order day. */
	recencyDays: Int32Array;
	/** Analysis day − first order day. */
	tenureDays: Int32Array;
	/** (last − first order day) ÷ (orders − 1); NaN with one order. */
	meanGapDays: Float64Array;
	/** Population standard deviation of the gaps between consecutive orders ÷ their mean; NaN
	 * with one order or when every order fell on one day. */
	gapCv: Float64Array;
	/** Orders with at least one discounted line; null without a discount column. */
	discountedOrders: Int32Array | null;
	/** Discounted orders ÷ orders; null without a discount column. */
	discountShare: Float64Array | null;
	/** Categories with positive net spend; null without a category column. */
	categoryCount: Int32Array | null;
	/** Share of positive category spend in the top category (NaN when none). */
	categoryConcentration: Float64Array | null;
	/** Code into `orders.category.values` of the top category, −1 when none. */
	topCategory: Int32Array | null;
	/** Share of orders per channel (an order's channel is its first line's), one array per
	 * `orders.channel.values` entry; null without a channel column. */
	channelShares: Float64Array[] | null;
	/** Code of the channel with most orders, −1 when none. */
	topChannel: Int32Array | null;
	/** Share of orders in the customer's top calendar month (January … December, any year). */
	seasonality: Float64Array;
	/** That month, 1–12 (ties → the earliest month). */
	topMonth: Uint8Array;
	/** Distinct calendar years with an order. */
	orderYears: Int32Array;

	/** The orders themselves, grouped per customer by day: entry i owns `orderStart[i]` up to
	 * `orderStart[i + 1]`. `orderCode` points into `orders.order.values`. */
	orderStart: Int32Array;
	orderDay: Int32Array;
	orderValue: Float64Array;
	orderCode: Int32Array;

	/** Columns of the customers file joined on the id. */
	attributes: CustomerAttributeColumn[];
	/** Rows of the customers file whose id is not a customer of this table. */
	unmatchedAttributeIds: number;
	/** Customers of this table found in the customers file. */
	customersWithAttributes: number;
	/** Customers with lines but no order (returns only): counted apart, not in the table. */
	returnsOnlyCustomers: number;
}

/**
 * Line indices sorted by (customer code, order code), stable, by two counting sorts (O(lines)).
 * Returns the permutation; every engine step that needs lines grouped by customer uses it.
 */
export function sortLinesByCustomerAndOrder(orders: OrdersTable): Int32Array {
	const byOrder = countingSort(null, orders.order.codes, orders.order.values.length);
	return countingSort(byOrder, orders.customer.codes, orders.customer.values.length);
}

/** Stable counting sort of `input` (or 0…n−1) by a small non-negative integer key < keyCount. */
export function countingSort(
	input: Int32Array | null,
	keys: Int32Array,
	keyCount: number
): Int32Array {
	const n = keys.length;
	const offsets = new Int32Array(keyCount + 1);
	for (let i = 0; i < n; i++) offsets[keys[i] + 1]++;
	for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
	const out = new Int32Array(n);
	if (input) {
		for (let j = 0; j < n; j++) {
			const line = input[j];
			out[offsets[keys[line]]++] = line;
		}
	} else {
		for (let line = 0; line < n; line++) out[offsets[keys[line]]++] = line;
	}
	return out;
}

/**
 * Builds the customer table from order lines (DOMAIN.md counting conventions: an order is an order
 * id of the customer whose lines sum to more than zero; customers with returns only are counted
 * apart) and joins the customers file on the id when given.
 */
export function buildCustomerTable(
	orders: OrdersTable,
	options: CustomerTableOptions = {},
	attributes: AttributesTable | null = null
): CustomerTable {
	const rowCount = orders.rowCount;
	const day = orders.day;
	const amount = orders.amount;
	const customerCodes = orders.customer.codes;
	const orderCodes = orders.order.codes;
	const quantity = orders.quantity;
	const cost = orders.cost;
	const discounted = orders.discounted;
	const category = orders.category;
	const channel = orders.channel;
	const customerDictSize = orders.customer.values.length;

	let lastDataDay = -Infinity;
	for (let i = 0; i < rowCount; i++) if (day[i] > lastDataDay) lastDataDay = day[i];
	const analysisDay = options.analysisDay ?? (rowCount > 0 ? lastDataDay + 1 : 0);
	if (!Number.isInteger(analysisDay)) {
		throw new RangeError(
			`buildCustomerTable: analysisDay must be a whole epoch day, got ${analysisDay}`
		);
	}
	const valueBasis: ValueBasis = options.valueBasis === 'profit' && cost ? 'profit' : 'revenue';

	const perm = sortLinesByCustomerAndOrder(orders);

	// Pass 1 over the sorted lines: how many (customer, order) groups there are.
	let groupCount = 0;
	let linesAfterAnalysisDay = 0;
	{
		let previousCustomer = -1;
		let previousOrder = -1;
		for (let j = 0; j < rowCount; j++) {
			const line = perm[j];
			if (day[line] >= analysisDay) {
				linesAfterAnalysisDay++;
				continue;
			}
			const c = customerCodes[line];
			const o = orderCodes[line];
			if (c !== previousCustomer || o !== previousOrder) groupCount++;
			previousCustomer = c;
			previousOrder = o;
		}
	}

	// Pass 2: per (customer, order) group — sum, first day, discount flag, channel; and per
	// customer code the line-level sums.
	const groupCustomer = new Int32Array(groupCount);
	const groupOrder = new Int32Array(groupCount);
	const groupSum = new Float64Array(groupCount);
	const groupDay = new Int32Array(groupCount);
	const groupDiscounted = discounted ? new Uint8Array(groupCount) : null;
	const groupChannel = channel ? new Int32Array(groupCount) : null;

	const codeLines = new Int32Array(customerDictSize);
	const codeRevenue = new Float64Array(customerDictSize);
	const codeReturned = new Float64Array(customerDictSize);
	const codeProfit = cost ? new Float64Array(customerDictSize) : null;
	const codeUnits = quantity ? new Float64Array(customerDictSize) : null;
	const codeSoldAmount = quantity ? new Float64Array(customerDictSize) : null;
	const codeSoldUnits = quantity ? new Float64Array(customerDictSize) : null;
	const codeCategoryCount = category ? new Int32Array(customerDictSize) : null;
	const codeConcentration = category ? new Float64Array(customerDictSize) : null;
	const codeTopCategory = category ? new Int32Array(customerDictSize).fill(-1) : null;

	// Spend per category of the current customer, with the list of categories touched so the
	// scratch array is reset in O(touched), not O(categories).
	const categorySize = category ? category.values.length : 0;
	const categorySpend = new Float64Array(categorySize);
	const categorySeen = new Uint8Array(categorySize);
	const touched = new Int32Array(categorySize);
	let touchedCount = 0;

	const closeCategories = (customer: number) => {
		if (!codeCategoryCount || !codeConcentration || !codeTopCategory) return;
		let positiveSum = 0;
		let positiveCount = 0;
		let top = -1;
		let topSpend = 0;
		for (let t = 0; t < touchedCount; t++) {
			const k = touched[t];
			const spend = categorySpend[k];
			if (spend > 0) {
				positiveSum += spend;
				positiveCount++;
				if (spend > topSpend || (spend === topSpend && k < top)) {
					topSpend = spend;
					top = k;
				}
			}
			categorySpend[k] = 0;
			categorySeen[k] = 0;
		}
		touchedCount = 0;
		codeCategoryCount[customer] = positiveCount;
		codeConcentration[customer] = positiveSum > 0 ? topSpend / positiveSum : NaN;
		codeTopCategory[customer] = top;
	};

	{
		let g = -1;
		let previousCustomer = -1;
		let previousOrder = -1;
		for (let j = 0; j < rowCount; j++) {
			const line = perm[j];
			const lineDay = day[line];
			if (lineDay >= analysisDay) continue;
			const c = customerCodes[line];
			const o = orderCodes[line];
			if (c !== previousCustomer) {
				if (previousCustomer >= 0) closeCategories(previousCustomer);
			}
			if (c !== previousCustomer || o !== previousOrder) {
				g++;
				groupCustomer[g] = c;
				groupOrder[g] = o;
				groupDay[g] = lineDay;
				if (groupChannel && channel) groupChannel[g] = channel.codes[line];
				previousCustomer = c;
				previousOrder = o;
			} else if (lineDay < groupDay[g]) {
				groupDay[g] = lineDay;
			}
			const lineAmount = amount[line];
			groupSum[g] += lineAmount;
			if (groupDiscounted && discounted && discounted[line] === 1) groupDiscounted[g] = 1;

			codeLines[c]++;
			codeRevenue[c] += lineAmount;
			if (lineAmount < 0) codeReturned[c] -= lineAmount;
			if (codeProfit && cost) {
				const lineCost = cost[line];
				codeProfit[c] += Number.isNaN(lineCost) ? lineAmount : lineAmount - lineCost;
			}
			if (codeUnits && codeSoldAmount && codeSoldUnits && quantity) {
				const q = quantity[line];
				codeUnits[c] += q;
				if (q > 0 && lineAmount > 0) {
					codeSoldAmount[c] += lineAmount;
					codeSoldUnits[c] += q;
				}
			}
			if (category) {
				const k = category.codes[line];
				if (k >= 0) {
					if (categorySeen[k] === 0) {
						categorySeen[k] = 1;
						touched[touchedCount++] = k;
					}
					categorySpend[k] += lineAmount;
				}
			}
		}
		if (previousCustomer >= 0) closeCategories(previousCustomer);
	}

	// Customers with at least one order make the table, in customer-code order.
	const codeOrders = new Int32Array(customerDictSize);
	const codeHasLines = new Uint8Array(customerDictSize);
	for (let g = 0; g < groupCount; g++) {
		codeHasLines[groupCustomer[g]] = 1;
		if (groupSum[g] > 0) codeOrders[groupCustomer[g]]++;
	}
	const indexByCode = new Int32Array(customerDictSize).fill(-1);
	let count = 0;
	let returnsOnlyCustomers = 0;
	for (let c = 0; c < customerDictSize; c++) {
		if (codeOrders[c] > 0) indexByCode[c] = count++;
		else if (codeHasLines[c] === 1) returnsOnlyCustomers++;
	}

	const customerCode = new Int32Array(count);
	const ids: string[] = new Array(count);
	const orderStart = new Int32Array(count + 1);
	for (let c = 0; c < customerDictSize; c++) {
		const i = indexByCode[c];
		if (i < 0) continue;
		customerCode[i] = c;
		ids[i] = orders.customer.values[c];
		orderStart[i + 1] = codeOrders[c];
	}
	for (let i = 0; i < count; i++) orderStart[i + 1] += orderStart[i];
	const orderTotal = orderStart[count];

	const orderDay = new Int32Array(orderTotal);
	const orderValue = new Float64Array(orderTotal);
	const orderCode = new Int32Array(orderTotal);
	const orderFlag = groupDiscounted ? new Uint8Array(orderTotal) : null;
	const orderChannel = groupChannel ? new Int32Array(orderTotal) : null;
	{
		const fill = orderStart.slice(0, count);
		for (let g = 0; g < groupCount; g++) {
			if (!(groupSum[g] > 0)) continue;
			const i = indexByCode[groupCustomer[g]];
			const at = fill[i]++;
			orderDay[at] = groupDay[g];
			orderValue[at] = groupSum[g];
			orderCode[at] = groupOrder[g];
			if (orderFlag && groupDiscounted) orderFlag[at] = groupDiscounted[g];
			if (orderChannel && groupChannel) orderChannel[at] = groupChannel[g];
		}
	}

	const firstOrderDay = new Int32Array(count);
	const lastOrderDay = new Int32Array(count);
	const ordersColumn = new Int32Array(count);
	const recencyDays = new Int32Array(count);
	const tenureDays = new Int32Array(count);
	const meanGapDays = new Float64Array(count);
	const gapCv = new Float64Array(count);
	const seasonality = new Float64Array(count);
	const topMonth = new Uint8Array(count);
	const orderYears = new Int32Array(count);
	const discountedOrders = orderFlag ? new Int32Array(count) : null;
	const discountShare = orderFlag ? new Float64Array(count) : null;
	const channelCount = channel ? channel.values.length : 0;
	const channelShares = channel
		? Array.from({ length: channelCount }, () => new Float64Array(count))
		: null;
	const topChannel = channel ? new Int32Array(count).fill(-1) : null;
	const monthCounts = new Int32Array(13);
	const channelCounts = new Int32Array(channelCount);

	for (let i = 0; i < count; i++) {
		const start = orderStart[i];
		const end = orderStart[i + 1];
		sortOrdersByDay(start, end, orderDay, orderValue, orderCode, orderFlag, orderChannel);
		const m = end - start;
		const first = orderDay[start];
		const last = orderDay[end - 1];
		ordersColumn[i] = m;
		firstOrderDay[i] = first;
		lastOrderDay[i] = last;
		recencyDays[i] = analysisDay - last;
		tenureDays[i] = analysisDay - first;

		if (m > 1) {
			const mean = (last - first) / (m - 1);
			meanGapDays[i] = mean;
			let squares = 0;
			for (let at = start + 1; at < end; at++) {
				const deviation = orderDay[at] - orderDay[at - 1] - mean;
				squares += deviation * deviation;
			}
			gapCv[i] = mean > 0 ? Math.sqrt(squares / (m - 1)) / mean : NaN;
		} else {
			meanGapDays[i] = NaN;
			gapCv[i] = NaN;
		}

		monthCounts.fill(0);
		let years = 0;
		let previousYear = -Infinity;
		let flagged = 0;
		for (let at = start; at < end; at++) {
			const civil = civilDateOf(orderDay[at]);
			const year = Math.floor(civil / 10_000);
			monthCounts[Math.floor(civil / 100) % 100]++;
			if (year !== previousYear) {
				years++;
				previousYear = year;
			}
			if (orderFlag) flagged += orderFlag[at];
			if (orderChannel && orderChannel[at] >= 0) channelCounts[orderChannel[at]]++;
		}
		let bestMonth = 1;
		for (let month = 2; month <= 12; month++) {
			if (monthCounts[month] > monthCounts[bestMonth]) bestMonth = month;
		}
		topMonth[i] = bestMonth;
		seasonality[i] = monthCounts[bestMonth] / m;
		orderYears[i] = years;
		if (discountedOrders && discountShare) {
			discountedOrders[i] = flagged;
			discountShare[i] = flagged / m;
		}
		if (channelShares && topChannel) {
			let best = -1;
			for (let k = 0; k < channelCount; k++) {
				const n = channelCounts[k];
				if (n > 0) {
					channelShares[k][i] = n / m;
					if (best < 0 || n > channelCounts[best]) best = k;
				}
				channelCounts[k] = 0;
			}
			topChannel[i] = best;
		}
	}

	const netRevenue = gather(codeRevenue, customerCode);
	const profit = codeProfit ? gather(codeProfit, customerCode) : null;
	const averageOrderValue = new Float64Array(count);
	for (let i = 0; i < count; i++) averageOrderValue[i] = netRevenue[i] / ordersColumn[i];
	let averageUnitPrice: Float64Array | null = null;
	if (codeSoldAmount && codeSoldUnits) {
		averageUnitPrice = new Float64Array(count);
		for (let i = 0; i < count; i++) {
			const c = customerCode[i];
			averageUnitPrice[i] = codeSoldUnits[c] > 0 ? codeSoldAmount[c] / codeSoldUnits[c] : NaN;
		}
	}

	const joined = joinAttributes(ids, attributes);

	return {
		count,
		ids,
		customerCode,
		indexByCode,
		analysisDay,
		valueBasis,
		linesAfterAnalysisDay,
		firstOrderDay,
		lastOrderDay,
		orders: ordersColumn,
		lines: gatherInt(codeLines, customerCode),
		units: codeUnits ? gather(codeUnits, customerCode) : null,
		netRevenue,
		returnedValue: gather(codeReturned, customerCode),
		profit,
		value: valueBasis === 'profit' && profit ? profit : netRevenue,
		averageOrderValue,
		averageUnitPrice,
		recencyDays,
		tenureDays,
		meanGapDays,
		gapCv,
		discountedOrders,
		discountShare,
		categoryCount: codeCategoryCount ? gatherInt(codeCategoryCount, customerCode) : null,
		categoryConcentration: codeConcentration ? gather(codeConcentration, customerCode) : null,
		topCategory: codeTopCategory ? gatherInt(codeTopCategory, customerCode) : null,
		channelShares,
		topChannel,
		seasonality,
		topMonth,
		orderYears,
		orderStart,
		orderDay,
		orderValue,
		orderCode,
		attributes: joined.columns,
		unmatchedAttributeIds: joined.unmatched,
		customersWithAttributes: joined.matched,
		returnsOnlyCustomers
	};
}

function gather(byCode: Float64Array, customerCode: Int32Array): Float64Array {
	const out = new Float64Array(customerCode.length);
	for (let i = 0; i < customerCode.length; i++) out[i] = byCode[customerCode[i]];
	return out;
}

function gatherInt(byCode: Int32Array, customerCode: Int32Array): Int32Array {
	const out = new Int32Array(customerCode.length);
	for (let i = 0; i < customerCode.length; i++) out[i] = byCode[customerCode[i]];
	return out;
}

/** Sorts one customer's orders by (day, order code) in place, moving the parallel columns too. */
function sortOrdersByDay(
	start: number,
	end: number,
	orderDay: Int32Array,
	orderValue: Float64Array,
	orderCode: Int32Array,
	orderFlag: Uint8Array | null,
	orderChannel: Int32Array | null
): void {
	const m = end - start;
	if (m < 2) return;
	let sorted = true;
	for (let at = start + 1; at < end; at++) {
		if (
			orderDay[at] < orderDay[at - 1] ||
			(orderDay[at] === orderDay[at - 1] && orderCode[at] < orderCode[at - 1])
		) {
			sorted = false;
			break;
		}
	}
	if (sorted) return;
	const index = Array.from({ length: m }, (_, k) => start + k);
	index.sort((a, b) => orderDay[a] - orderDay[b] || orderCode[a] - orderCode[b]);
	const days = index.map((a) => orderDay[a]);
	const values = index.map((a) => orderValue[a]);
	const codes = index.map((a) => orderCode[a]);
	const flags = orderFlag ? index.map((a) => orderFlag[a]) : null;
	const channels = orderChannel ? index.map((a) => orderChannel[a]) : null;
	for (let k = 0; k < m; k++) {
		orderDay[start + k] = days[k];
		orderValue[start + k] = values[k];
		orderCode[start + k] = codes[k];
		if (orderFlag && flags) orderFlag[start + k] = flags[k];
		if (orderChannel && channels) orderChannel[start + k] = channels[k];
	}
}

function joinAttributes(
	ids: string[],
	attributes: AttributesTable | null
): { columns: CustomerAttributeColumn[]; unmatched: number; matched: number } {
	if (!attributes) return { columns: [], unmatched: 0, matched: 0 };
	const rowById = new Map<string, number>();
	attributes.customerIds.forEach((id, row) => {
		const key = id.trim();
		if (!rowById.has(key)) rowById.set(key, row);
	});
	const rowOf = new Int32Array(ids.length).fill(-1);
	const used = new Uint8Array(attributes.customerIds.length);
	let matched = 0;
	for (let i = 0; i < ids.length; i++) {
		const row = rowById.get(ids[i]);
		if (row !== undefined) {
			rowOf[i] = row;
			used[row] = 1;
			matched++;
		}
	}
	let unmatched = 0;
	attributes.customerIds.forEach((id, row) => {
		// A repeated id counts once: only its first row is ever joined.
		if (used[row] === 0 && rowById.get(id.trim()) === row) unmatched++;
	});
	const columns = attributes.columns.map((column): CustomerAttributeColumn => {
		if (column.kind === 'numeric') {
			const values = new Float64Array(ids.length);
			for (let i = 0; i < ids.length; i++) {
				values[i] = rowOf[i] >= 0 ? column.values[rowOf[i]] : NaN;
			}
			return { name: column.name, kind: 'numeric', values };
		}
		const codes = new Int32Array(ids.length);
		for (let i = 0; i < ids.length; i++) codes[i] = rowOf[i] >= 0 ? column.codes[rowOf[i]] : -1;
		return { name: column.name, kind: 'categorical', codes, values: column.values };
	});
	return { columns, unmatched, matched };
}

/** The joined attribute column whose name matches `pattern` (first match), or null. */
export function findAttribute(
	customers: CustomerTable,
	pattern: RegExp,
	kind?: 'numeric' | 'categorical'
): CustomerAttributeColumn | null {
	return (
		customers.attributes.find(
			(column) => pattern.test(column.name) && (!kind || column.kind === kind)
		) ?? null
	);
}
