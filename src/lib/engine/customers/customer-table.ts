/**
 * The customer table of `shared/DOMAIN.md` ("Per-customer features"): one entry per customer with
 * at least one order, every feature as a typed array. Built in a few passes over typed arrays in
 * file order (no Map per line); only the orders are sorted, by counting sorts.
 */
import { civilDateOf } from '../tables/calendar';
import type { AttributesTable, DictColumn, OrdersTable } from '../tables/orders-table';

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
 * Stable counting sort: the items of `input` (or 0…keys.length−1) ordered by `keys[item]`, a
 * whole number in [0, keyCount). O(items + keyCount).
 */
export function countingSort(
	input: Int32Array | null,
	keys: ArrayLike<number>,
	keyCount: number
): Int32Array {
	const n = input ? input.length : keys.length;
	const offsets = new Int32Array(keyCount + 1);
	if (input) {
		for (let j = 0; j < n; j++) offsets[keys[input[j]] + 1]++;
	} else {
		for (let item = 0; item < n; item++) offsets[keys[item] + 1]++;
	}
	for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
	const out = new Int32Array(n);
	if (input) {
		for (let j = 0; j < n; j++) {
			const item = input[j];
			out[offsets[keys[item]]++] = item;
		}
	} else {
		for (let item = 0; item < n; item++) out[offsets[keys[item]]++] = item;
	}
	return out;
}

/** Dense (customer × category) spend matrices up to this many cells; above, lines are sorted. */
const DENSE_CATEGORY_CELLS = 1 << 22;

/**
 * Order groups: one per (customer, order id). Usually an order id belongs to one customer, and the
 * group is the order code itself; otherwise each (customer, order id) pair gets its own group.
 */
function groupLines(orders: OrdersTable): {
	lineGroup: Int32Array;
	groupCount: number;
	groupCustomer: Int32Array;
	groupOrder: Int32Array | null;
} {
	const customerCodes = orders.customer.codes;
	const orderCodes = orders.order.codes;
	const orderCount = orders.order.values.length;
	const owner = new Int32Array(orderCount).fill(-1);
	let shared = false;
	for (let line = 0; line < orders.rowCount; line++) {
		const o = orderCodes[line];
		const c = customerCodes[line];
		if (owner[o] < 0) owner[o] = c;
		else if (owner[o] !== c) {
			shared = true;
			break;
		}
	}
	if (!shared)
		return {
			lineGroup: orderCodes,
			groupCount: orderCount,
			groupCustomer: owner,
			groupOrder: null
		};

	// Rare: an order id used by several customers. A Map over (customer, order) pairs is fine here.
	const groupOf = new Map<number, number>();
	const lineGroup = new Int32Array(orders.rowCount);
	const customers: number[] = [];
	const orderIds: number[] = [];
	for (let line = 0; line < orders.rowCount; line++) {
		const key = customerCodes[line] * orderCount + orderCodes[line];
		let g = groupOf.get(key);
		if (g === undefined) {
			g = customers.length;
			groupOf.set(key, g);
			customers.push(customerCodes[line]);
			orderIds.push(orderCodes[line]);
		}
		lineGroup[line] = g;
	}
	return {
		lineGroup,
		groupCount: customers.length,
		groupCustomer: Int32Array.from(customers),
		groupOrder: Int32Array.from(orderIds)
	};
}

/**
 * Builds the customer table from order lines (DOMAIN.md counting conventions: an order is an order
 * id of the customer whose lines sum to more than zero; customers with returns only are counted
 * apart) and joins the customers file on the id when given. Lines are read in file order; only
 * the orders are sorted (counting sorts by day, then customer).
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

	const { lineGroup, groupCount, groupCustomer, groupOrder } = groupLines(orders);

	// Passes over the lines in file order, one small loop per column so each stays tight. Writes
	// land in arrays of customer or order size, which stay in cache far better than a sorted gather.
	const groupLineCount = new Int32Array(groupCount);
	const groupSum = new Float64Array(groupCount);
	const groupDay = new Int32Array(groupCount);
	const groupFirstLine = new Int32Array(groupCount);
	const codeLines = new Int32Array(customerDictSize);
	const codeRevenue = new Float64Array(customerDictSize);
	const codeReturned = new Float64Array(customerDictSize);
	const linesAfterAnalysisDay = accumulateLines(
		orders,
		lineGroup,
		analysisDay,
		{ groupLineCount, groupSum, groupDay, groupFirstLine },
		{ codeLines, codeRevenue, codeReturned }
	);
	const groupDiscounted = discounted
		? flagGroups(discounted, lineGroup, day, analysisDay, groupCount)
		: null;
	let groupChannel: Int32Array | null = null;
	if (channel) {
		groupChannel = new Int32Array(groupCount);
		for (let g = 0; g < groupCount; g++) {
			if (groupLineCount[g] > 0) groupChannel[g] = channel.codes[groupFirstLine[g]];
		}
	}
	const codeProfit = cost ? sumProfit(orders, cost, analysisDay) : null;
	const units = quantity ? sumUnits(orders, quantity, analysisDay) : null;
	const codeUnits = units ? units.units : null;
	const codeSoldAmount = units ? units.soldAmount : null;
	const codeSoldUnits = units ? units.soldUnits : null;
	const categorySize = category ? category.values.length : 0;
	const denseCategories =
		category !== null && customerDictSize * categorySize <= DENSE_CATEGORY_CELLS;
	let categorySpend: Float64Array | null = null;
	if (category && denseCategories) {
		categorySpend = new Float64Array(customerDictSize * categorySize);
		const categoryCodes = category.codes;
		for (let line = 0; line < rowCount; line++) {
			const k = categoryCodes[line];
			if (k >= 0 && day[line] < analysisDay) {
				categorySpend[customerCodes[line] * categorySize + k] += amount[line];
			}
		}
	}

	// Customers with at least one order make the table, in customer-code order.
	const codeOrders = new Int32Array(customerDictSize);
	let orderTotal = 0;
	for (let g = 0; g < groupCount; g++) {
		if (groupLineCount[g] > 0 && groupSum[g] > 0) {
			codeOrders[groupCustomer[g]]++;
			orderTotal++;
		}
	}
	const indexByCode = new Int32Array(customerDictSize).fill(-1);
	let count = 0;
	let returnsOnlyCustomers = 0;
	for (let c = 0; c < customerDictSize; c++) {
		if (codeOrders[c] > 0) indexByCode[c] = count++;
		else if (codeLines[c] > 0) returnsOnlyCustomers++;
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
	const positive = new Int32Array(orderTotal);
	let minOrderDay = Infinity;
	let maxOrderDay = -Infinity;
	for (let g = 0, k = 0; g < groupCount; g++) {
		if (groupLineCount[g] > 0 && groupSum[g] > 0) {
			positive[k++] = g;
			if (groupDay[g] < minOrderDay) minOrderDay = groupDay[g];
			if (groupDay[g] > maxOrderDay) maxOrderDay = groupDay[g];
		}
	}
	if (groupOrder) {
		// Shared order ids: groups are in first-line order, so put them in order-code order first.
		positive.sort((a, b) => groupOrder[a] - groupOrder[b] || a - b);
	}
	const dayKey = new Int32Array(groupCount);
	const entryKey = new Int32Array(groupCount);
	for (let k = 0; k < orderTotal; k++) {
		const g = positive[k];
		dayKey[g] = groupDay[g] - minOrderDay;
		entryKey[g] = indexByCode[groupCustomer[g]];
	}
	const dayRange = orderTotal > 0 ? maxOrderDay - minOrderDay + 1 : 0;
	const byDay =
		dayRange <= 4 * orderTotal + 100_000
			? countingSort(positive, dayKey, dayRange)
			: positive.slice().sort((a, b) => dayKey[a] - dayKey[b]);
	const sortedOrders = countingSort(byDay, entryKey, count);

	const orderStart = new Int32Array(count + 1);
	for (let c = 0; c < customerDictSize; c++) {
		if (indexByCode[c] >= 0) orderStart[indexByCode[c] + 1] = codeOrders[c];
	}
	for (let i = 0; i < count; i++) orderStart[i + 1] += orderStart[i];
	const orderDay = new Int32Array(orderTotal);
	const orderValue = new Float64Array(orderTotal);
	const orderCode = new Int32Array(orderTotal);
	const orderFlag = groupDiscounted ? new Uint8Array(orderTotal) : null;
	const orderChannel = groupChannel ? new Int32Array(orderTotal) : null;
	for (let at = 0; at < orderTotal; at++) {
		const g = sortedOrders[at];
		orderDay[at] = groupDay[g];
		orderValue[at] = groupSum[g];
		orderCode[at] = groupOrder ? groupOrder[g] : g;
		if (orderFlag && groupDiscounted) orderFlag[at] = groupDiscounted[g];
		if (orderChannel && groupChannel) orderChannel[at] = groupChannel[g];
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
	// Calendar dates per day of the order range, when there are fewer days than orders.
	const civilByDay = dayRange > 0 && dayRange <= orderTotal ? new Int32Array(dayRange) : null;
	if (civilByDay) {
		for (let d = 0; d < dayRange; d++) civilByDay[d] = civilDateOf(minOrderDay + d);
	}
	const channelCounts = new Int32Array(channelCount);

	for (let i = 0; i < count; i++) {
		const start = orderStart[i];
		const end = orderStart[i + 1];
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
			const civil = civilByDay ? civilByDay[orderDay[at] - minOrderDay] : civilDateOf(orderDay[at]);
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
			}
			channelCounts.fill(0);
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
	const categoryStats = category
		? categorySpend
			? categoryStatsFromDense(categorySpend, categorySize, customerCode)
			: categoryStatsFromLines(orders, analysisDay, indexByCode, count)
		: null;

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
		categoryCount: categoryStats ? categoryStats.count : null,
		categoryConcentration: categoryStats ? categoryStats.concentration : null,
		topCategory: categoryStats ? categoryStats.top : null,
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

interface GroupSums {
	groupLineCount: Int32Array;
	groupSum: Float64Array;
	groupDay: Int32Array;
	groupFirstLine: Int32Array;
}

interface CustomerSums {
	codeLines: Int32Array;
	codeRevenue: Float64Array;
	codeReturned: Float64Array;
}

/** The core pass: lines, sums and first day per order group; lines, revenue, returns per customer.
 * Returns how many lines fell on or after the analysis day. */
function accumulateLines(
	orders: OrdersTable,
	lineGroup: Int32Array,
	analysisDay: number,
	group: GroupSums,
	customer: CustomerSums
): number {
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	const { groupLineCount, groupSum, groupDay, groupFirstLine } = group;
	const { codeLines, codeRevenue, codeReturned } = customer;
	let after = 0;
	for (let line = 0; line < orders.rowCount; line++) {
		const lineDay = day[line];
		if (lineDay >= analysisDay) {
			after++;
			continue;
		}
		const g = lineGroup[line];
		const c = customerCodes[line];
		const lineAmount = amount[line];
		if (groupLineCount[g]++ === 0) {
			groupDay[g] = lineDay;
			groupFirstLine[g] = line;
		} else if (lineDay < groupDay[g]) {
			groupDay[g] = lineDay;
		}
		groupSum[g] += lineAmount;
		codeLines[c]++;
		codeRevenue[c] += lineAmount;
		if (lineAmount < 0) codeReturned[c] -= lineAmount;
	}
	return after;
}

/** 1 per order group with at least one discounted line. */
function flagGroups(
	discounted: Uint8Array,
	lineGroup: Int32Array,
	day: Int32Array,
	analysisDay: number,
	groupCount: number
): Uint8Array {
	const flags = new Uint8Array(groupCount);
	for (let line = 0; line < discounted.length; line++) {
		if (discounted[line] === 1 && day[line] < analysisDay) flags[lineGroup[line]] = 1;
	}
	return flags;
}

/** Net profit per customer code; lines of unknown (NaN) cost count at zero cost. */
function sumProfit(orders: OrdersTable, cost: Float64Array, analysisDay: number): Float64Array {
	const profit = new Float64Array(orders.customer.values.length);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	for (let line = 0; line < orders.rowCount; line++) {
		if (day[line] >= analysisDay) continue;
		const lineCost = cost[line];
		profit[customerCodes[line]] += lineCost === lineCost ? amount[line] - lineCost : amount[line];
	}
	return profit;
}

/** Net units per customer code, and revenue and units over sold lines (quantity and amount > 0). */
function sumUnits(
	orders: OrdersTable,
	quantity: Float64Array,
	analysisDay: number
): { units: Float64Array; soldAmount: Float64Array; soldUnits: Float64Array } {
	const size = orders.customer.values.length;
	const units = new Float64Array(size);
	const soldAmount = new Float64Array(size);
	const soldUnits = new Float64Array(size);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	for (let line = 0; line < orders.rowCount; line++) {
		if (day[line] >= analysisDay) continue;
		const c = customerCodes[line];
		const q = quantity[line];
		units[c] += q;
		if (q > 0 && amount[line] > 0) {
			soldAmount[c] += amount[line];
			soldUnits[c] += q;
		}
	}
	return { units, soldAmount, soldUnits };
}

interface CategoryStats {
	count: Int32Array;
	concentration: Float64Array;
	top: Int32Array;
}

/** Adds one category's net spend to the running figures of entry i (ties → lower code). */
function addCategorySpend(
	stats: CategoryStats,
	sums: Float64Array,
	i: number,
	k: number,
	spend: number
) {
	if (!(spend > 0)) return;
	stats.count[i]++;
	sums[i] += spend;
	const top = stats.top[i];
	// `concentration` holds the top spend until `finishCategoryStats` divides it.
	if (top < 0 || spend > stats.concentration[i] || (spend === stats.concentration[i] && k < top)) {
		stats.concentration[i] = spend;
		stats.top[i] = k;
	}
}

function newCategoryStats(count: number): { stats: CategoryStats; sums: Float64Array } {
	return {
		stats: {
			count: new Int32Array(count),
			concentration: new Float64Array(count),
			top: new Int32Array(count).fill(-1)
		},
		sums: new Float64Array(count)
	};
}

function finishCategoryStats(stats: CategoryStats, sums: Float64Array): CategoryStats {
	for (let i = 0; i < sums.length; i++) {
		stats.concentration[i] = sums[i] > 0 ? stats.concentration[i] / sums[i] : NaN;
	}
	return stats;
}

function categoryStatsFromDense(
	spend: Float64Array,
	categorySize: number,
	customerCode: Int32Array
): CategoryStats {
	const n = customerCode.length;
	const count = new Int32Array(n);
	const concentration = new Float64Array(n);
	const top = new Int32Array(n).fill(-1);
	for (let i = 0; i < n; i++) {
		const base = customerCode[i] * categorySize;
		let sum = 0;
		let best = -1;
		let bestSpend = 0;
		for (let k = 0; k < categorySize; k++) {
			const x = spend[base + k];
			if (x > 0) {
				count[i]++;
				sum += x;
				if (x > bestSpend) {
					bestSpend = x;
					best = k;
				}
			}
		}
		top[i] = best;
		concentration[i] = sum > 0 ? bestSpend / sum : NaN;
	}
	return { count, concentration, top };
}

/** Many categories: lines counting-sorted by customer, one scratch row of category spend. */
function categoryStatsFromLines(
	orders: OrdersTable,
	analysisDay: number,
	indexByCode: Int32Array,
	count: number
): CategoryStats {
	const category = orders.category as DictColumn;
	const { stats, sums } = newCategoryStats(count);
	const spend = new Float64Array(category.values.length);
	const seen = new Uint8Array(category.values.length);
	const touched: number[] = [];
	const byCustomer = countingSort(null, orders.customer.codes, orders.customer.values.length);
	let current = -1;
	const flush = () => {
		for (const k of touched) {
			if (current >= 0) addCategorySpend(stats, sums, current, k, spend[k]);
			spend[k] = 0;
			seen[k] = 0;
		}
		touched.length = 0;
	};
	let previousCode = -1;
	for (let j = 0; j < byCustomer.length; j++) {
		const line = byCustomer[j];
		const code = orders.customer.codes[line];
		if (code !== previousCode) {
			flush();
			previousCode = code;
			current = indexByCode[code];
		}
		if (current < 0 || orders.day[line] >= analysisDay) continue;
		const k = category.codes[line];
		if (k < 0) continue;
		if (seen[k] === 0) {
			seen[k] = 1;
			touched.push(k);
		}
		spend[k] += orders.amount[line];
	}
	flush();
	return finishCategoryStats(stats, sums);
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
