/**
 * The cohort ranked by predicted value, for the page's customer list (searched and shown a page at
 * a time) and its CSV (the engine's `clvCustomerRows`, in rank order).
 */
import type { CsvCell } from '../tables/csv-export';
import type { AttributesTable } from '../tables/orders-table';
import type { ClvResult, SpendStatus } from './compute-clv';
import { clvCustomerRows } from './export-clv';

export interface ClvCustomerRow {
	/** 1 = highest CLV (or highest expected purchases when Gamma-Gamma failed). */
	rank: number;
	customer: string;
	frequency: number;
	/** tₓ and T in the result's unit. */
	recency: number;
	age: number;
	/** null when BG/NBD failed. */
	pAlive: number | null;
	/** Over the horizon; null when BG/NBD failed. */
	expectedPurchases: number | null;
	/** Per purchase; null when Gamma-Gamma failed. */
	expectedSpend: number | null;
	/** Over the horizon; null when either model failed. */
	clv: number | null;
	/** Why the customer is left out of the Gamma-Gamma fit (0 = fitted). */
	spendStatus: SpendStatus;
}

export interface ClvCustomerPage {
	rows: ClvCustomerRow[];
	/** Customers matching the search (all of the cohort without one). */
	matched: number;
}

/**
 * Cohort indices by CLV descending (expected purchases when there is no CLV, the customer code
 * when there is no model), ties by customer id, so the order is the same on every run.
 */
export function rankClvCustomers(result: ClvResult, customerIds: readonly string[]): Int32Array {
	const { summary, customers } = result;
	const key = customers?.clv ?? customers?.expectedPurchases ?? null;
	const order = Int32Array.from({ length: summary.count }, (_, i) => i);
	const id = (i: number) => customerIds[summary.customerCode[i]];
	return order.sort((p, q) => {
		const byValue = key ? key[q] - key[p] : 0;
		if (byValue !== 0) return byValue;
		const [left, right] = [id(p), id(q)];
		return left < right ? -1 : left > right ? 1 : 0;
	});
}

/**
 * Up to `limit` ranked customers whose id contains `query` (case-insensitive; all when empty),
 * with how many match in all.
 */
export function clvCustomerPage(
	result: ClvResult,
	customerIds: readonly string[],
	order: Int32Array,
	query: string,
	limit: number
): ClvCustomerPage {
	const { summary, customers, patterns, patternOf } = result;
	const needle = query.trim().toLowerCase();
	const rows: ClvCustomerRow[] = [];
	let matched = 0;
	for (let rank = 0; rank < order.length; rank++) {
		const i = order[rank];
		const customer = customerIds[summary.customerCode[i]];
		if (needle && !customer.toLowerCase().includes(needle)) continue;
		matched++;
		if (rows.length >= limit) continue;
		rows.push({
			rank: rank + 1,
			customer,
			frequency: summary.frequency[i],
			recency: patterns.recency[patternOf[i]],
			age: patterns.age[patternOf[i]],
			pAlive: customers ? customers.pAlive[i] : null,
			expectedPurchases: customers ? customers.expectedPurchases[i] : null,
			expectedSpend: customers?.expectedSpend ? customers.expectedSpend[i] : null,
			clv: customers?.clv ? customers.clv[i] : null,
			spendStatus: (customers?.spendStatus[i] ?? 0) as SpendStatus
		});
	}
	return { rows, matched };
}

/** `clvCustomerRows` (header first) with the customers in `order`. */
export function rankedClvRows(
	result: ClvResult,
	customerIds: readonly string[],
	order: Int32Array,
	currency: string,
	attributes: AttributesTable | null = null
): CsvCell[][] {
	const rows = clvCustomerRows(result, customerIds, currency, attributes);
	return [rows[0], ...Array.from(order, (i) => rows[i + 1])];
}
