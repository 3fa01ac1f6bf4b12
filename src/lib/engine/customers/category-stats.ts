/**
 * Category statistics per customer: categories with positive net spend, the top category and its
 * share of positive spend (concentration). A dense customer × category matrix while it is small,
 * else the lines sorted by customer with one scratch row.
 */
import { countingSort } from '../tables/counting-sort';
import type { LineWindow } from '../tables/order-rule';
import type { DictColumn, OrdersTable } from '../tables/orders-table';

/** Dense (customer × category) spend matrices up to this many cells; above, lines are sorted. */
const DENSE_CATEGORY_CELLS = 1 << 22;

/** Category figures of each entry, or null without a category column. */
export function computeCategoryStats(
	orders: OrdersTable,
	window: LineWindow,
	indexByCode: Int32Array,
	customerCode: Int32Array
): CategoryStats | null {
	const category = orders.category;
	if (!category) return null;
	const customerDictSize = orders.customer.values.length;
	const categorySize = category.values.length;
	if (customerDictSize * categorySize > DENSE_CATEGORY_CELLS) {
		return categoryStatsFromLines(orders, window, indexByCode, customerCode.length);
	}
	const spend = new Float64Array(customerDictSize * categorySize);
	const { day, amount } = orders;
	const customerCodes = orders.customer.codes;
	const categoryCodes = category.codes;
	for (let line = 0; line < orders.rowCount; line++) {
		const k = categoryCodes[line];
		const lineDay = day[line];
		if (k >= 0 && lineDay < window.endDay && lineDay >= window.startDay) {
			spend[customerCodes[line] * categorySize + k] += amount[line];
		}
	}
	return categoryStatsFromDense(spend, categorySize, customerCode);
}

export interface CategoryStats {
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
	window: LineWindow,
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
		const lineDay = orders.day[line];
		if (current < 0 || lineDay >= window.endDay || lineDay < window.startDay) continue;
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
