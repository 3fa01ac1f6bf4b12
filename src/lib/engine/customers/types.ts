/**
 * The customer table's types: one entry per customer with at least one order, every feature of
 * `shared/DOMAIN.md` ("Per-customer features") as a typed array.
 */
export type ValueBasis = 'revenue' | 'profit';

export interface CustomerTableOptions {
	/**
	 * The day recency is measured from (epoch day). Default: the day after the last line's day.
	 * Lines on or after this day are left out, so an earlier date shows the business as it was.
	 */
	analysisDay?: number;
	/** What "value" means: net revenue (default) or net profit; profit needs a cost column. */
	valueBasis?: ValueBasis;
	/**
	 * The first day whose lines count (epoch day). Default: none (every line from the start). Lines
	 * before it are left out; recency still counts from the analysis day.
	 */
	startDay?: number;
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
	/** The start day used (−Infinity when none), and the lines dropped because they fall before it. */
	startDay: number;
	linesBeforeStartDay: number;

	firstOrderDay: Int32Array;
	lastOrderDay: Int32Array;
	/** Orders: (customer, order id) pairs that are not returns (`tables/order-rule.ts`). */
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
