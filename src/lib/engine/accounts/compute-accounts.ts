/**
 * Family 7 of `shared/DOMAIN.md`, account reviews: per customer, whitespace = 1 − categories with
 * positive net spend ÷ categories present in the data; capacity = percentile rank of the resources
 * attribute (budget, company size …) or of net revenue when there is none (the share of customers
 * with a strictly smaller value); opportunity level High (whitespace ≥ 50% and capacity ≥ 2/3),
 * Low (whitespace < 20% or capacity < 1/3), Medium otherwise; opportunity = whitespace × capacity.
 *
 * Also, per customer, which categories they bought and which they stopped buying: bought (a line
 * with a positive amount) in the first half of their history — first order day up to the analysis
 * day — and not in the last N months (`stoppedMonths`). Only customers whose first half ends
 * before those N months begin have a "stopped" list; for newer ones the two periods overlap.
 */
import type { CustomerTable } from '../customers/customer-table';
import { percentileRanks, resourcesOf } from '../customers/resources';
import type { ResourcesBasis } from '../customers/resources';
import { countingSort } from '../tables/counting-sort';
import type { OrdersTable } from '../tables/orders-table';
import { resolveAccountsOptions } from './accounts-options';
import type { AccountsOptions, OpportunityLevel } from './accounts-options';
import { addMonths } from './calendar-months';

export const LEVEL_HIGH = 0;
export const LEVEL_MEDIUM = 1;
export const LEVEL_LOW = 2;

export interface AccountsResult {
	options: AccountsOptions;
	analysisDay: number;
	/** Per customer entry; NaN for every customer when the orders have no category column. */
	whitespace: Float64Array;
	/** Per customer entry, 0 ≤ capacity < 1; NaN when the resources value is unknown. */
	capacity: Float64Array;
	capacityBasis: ResourcesBasis;
	/** whitespace × capacity (NaN when either is unknown); orders the plan within a due day. */
	opportunity: Float64Array;
	/** Index into OPPORTUNITY_LEVELS per entry (LEVEL_HIGH, LEVEL_MEDIUM, LEVEL_LOW). */
	level: Uint8Array;
	counts: Record<OpportunityLevel, number>;
	/** Customers whose resources value is unknown (never High; Low only by whitespace). */
	capacityUnknown: number;
	/** Codes (into `orders.category.values`) of the categories present before the analysis day;
	 * null without a category column. */
	categoriesPresent: Int32Array | null;
	categoryNames: string[];
	/** Per entry i, category codes `boughtCategory[boughtStart[i] … boughtStart[i+1])` with
	 * positive net spend, and likewise the categories they stopped buying. */
	boughtStart: Int32Array;
	boughtCategory: Int32Array;
	stoppedStart: Int32Array;
	stoppedCategory: Int32Array;
	/** Per entry: 1 when the history is long enough for a "stopped buying" list. */
	hasStoppedList: Uint8Array;
}

/** The level of one account under the thresholds of `options` (NaN never meets a threshold). */
export function opportunityLevel(
	whitespace: number,
	capacity: number,
	options: Pick<
		AccountsOptions,
		'highWhitespace' | 'highCapacity' | 'lowWhitespace' | 'lowCapacity'
	>
): number {
	if (whitespace < options.lowWhitespace || capacity < options.lowCapacity) return LEVEL_LOW;
	if (whitespace >= options.highWhitespace && capacity >= options.highCapacity) return LEVEL_HIGH;
	return LEVEL_MEDIUM;
}

interface CategoryLists {
	present: Int32Array;
	boughtStart: Int32Array;
	boughtCategory: Int32Array;
	stoppedStart: Int32Array;
	stoppedCategory: Int32Array;
	hasStoppedList: Uint8Array;
}

/** One pass over the lines counting-sorted by customer, with one scratch row per category. */
function categoryLists(
	customers: CustomerTable,
	orders: OrdersTable,
	stoppedMonths: number
): CategoryLists | null {
	const category = orders.category;
	if (!category) return null;
	const n = customers.count;
	const analysisDay = customers.analysisDay;
	const k = category.values.length;
	const isCategory = category.values.map((name) => name.trim() !== '');
	const seen = new Uint8Array(k);
	const lineEntry = new Int32Array(orders.rowCount);
	let kept = 0;
	for (let line = 0; line < orders.rowCount; line++) {
		const code = category.codes[line];
		if (code < 0 || !isCategory[code] || orders.day[line] >= analysisDay) {
			lineEntry[line] = -1;
			continue;
		}
		seen[code] = 1;
		lineEntry[line] = customers.indexByCode[orders.customer.codes[line]];
		if (lineEntry[line] >= 0) kept++;
	}
	const lines = new Int32Array(kept);
	kept = 0;
	for (let line = 0; line < orders.rowCount; line++) if (lineEntry[line] >= 0) lines[kept++] = line;
	const sorted = countingSort(lines, lineEntry, n);

	const spend = new Float64Array(k);
	const absolute = new Float64Array(k);
	const early = new Uint8Array(k);
	const recent = new Uint8Array(k);
	const touched: number[] = [];
	const isTouched = new Uint8Array(k);
	const boughtStart = new Int32Array(n + 1);
	const stoppedStart = new Int32Array(n + 1);
	const hasStoppedList = new Uint8Array(n);
	const bought: number[] = [];
	const stopped: number[] = [];
	const recentFrom = addMonths(analysisDay, -stoppedMonths);
	let at = 0;
	for (let i = 0; i < n; i++) {
		const first = customers.firstOrderDay[i];
		const middle = first + Math.floor((analysisDay - first) / 2);
		hasStoppedList[i] = middle <= recentFrom ? 1 : 0;
		for (; at < sorted.length && lineEntry[sorted[at]] === i; at++) {
			const line = sorted[at];
			const code = category.codes[line];
			const amount = orders.amount[line];
			if (!isTouched[code]) {
				isTouched[code] = 1;
				touched.push(code);
			}
			spend[code] += amount;
			absolute[code] += Math.abs(amount);
			if (amount > 0) {
				if (orders.day[line] < middle) early[code] = 1;
				if (orders.day[line] >= recentFrom) recent[code] = 1;
			}
		}
		touched.sort((a, b) => a - b);
		for (const code of touched) {
			// DOMAIN.md's exact zero: within 1e-9 of the absolute amounts is zero, not "bought".
			if (spend[code] > 1e-9 * absolute[code]) bought.push(code);
			if (hasStoppedList[i] && early[code] && !recent[code]) stopped.push(code);
			spend[code] = 0;
			absolute[code] = 0;
			early[code] = 0;
			recent[code] = 0;
			isTouched[code] = 0;
		}
		touched.length = 0;
		boughtStart[i + 1] = bought.length;
		stoppedStart[i + 1] = stopped.length;
	}
	const present: number[] = [];
	for (let code = 0; code < k; code++) if (seen[code]) present.push(code);
	return {
		present: Int32Array.from(present),
		boughtStart,
		boughtCategory: Int32Array.from(bought),
		stoppedStart,
		stoppedCategory: Int32Array.from(stopped),
		hasStoppedList
	};
}

/**
 * Whitespace, capacity, opportunity and level per customer, and the category lists the review
 * brief shows. `orders` must be the table `customers` was built from. Throws
 * `AccountsOptionsError` for bad options, `RangeError` for a named resources column that is not
 * a numeric attribute.
 */
export function computeAccounts(
	customers: CustomerTable,
	orders: OrdersTable,
	options: Partial<AccountsOptions> = {}
): AccountsResult {
	const used = resolveAccountsOptions(options);
	const n = customers.count;
	const lists = categoryLists(customers, orders, used.stoppedMonths);
	const whitespace = new Float64Array(n).fill(NaN);
	if (lists && lists.present.length > 0)
		for (let i = 0; i < n; i++)
			whitespace[i] = 1 - (lists.boughtStart[i + 1] - lists.boughtStart[i]) / lists.present.length;
	const { values, basis } = resourcesOf(customers, used.resourcesAttribute);
	const capacity = percentileRanks(values);
	const opportunity = new Float64Array(n);
	const level = new Uint8Array(n);
	const tally = [0, 0, 0];
	let capacityUnknown = 0;
	for (let i = 0; i < n; i++) {
		opportunity[i] = whitespace[i] * capacity[i];
		level[i] = opportunityLevel(whitespace[i], capacity[i], used);
		tally[level[i]]++;
		if (Number.isNaN(capacity[i])) capacityUnknown++;
	}
	const empty = new Int32Array(n + 1);
	return {
		options: used,
		analysisDay: customers.analysisDay,
		whitespace,
		capacity,
		capacityBasis: basis,
		opportunity,
		level,
		counts: { High: tally[LEVEL_HIGH], Medium: tally[LEVEL_MEDIUM], Low: tally[LEVEL_LOW] },
		capacityUnknown,
		categoriesPresent: lists ? lists.present : null,
		categoryNames: orders.category ? orders.category.values : [],
		boughtStart: lists ? lists.boughtStart : empty,
		boughtCategory: lists ? lists.boughtCategory : new Int32Array(0),
		stoppedStart: lists ? lists.stoppedStart : empty,
		stoppedCategory: lists ? lists.stoppedCategory : new Int32Array(0),
		hasStoppedList: lists ? lists.hasStoppedList : new Uint8Array(n)
	};
}
