/**
 * The top-N list of family 1: the N most valuable customers with the figures that explain their
 * value (orders, average order value, unit price, recency, repeat rate).
 */
import type { CustomerTable } from '../customers/customer-table';
import type { ParetoResult } from './pareto';

export interface TopCustomersOptions {
	/** How many customers; default 200 (capped at the table size). */
	n?: number;
}

export interface TopCustomerRow {
	/** 1-based rank by value. */
	rank: number;
	/** Entry in the customer table. */
	index: number;
	id: string;
	value: number;
	orders: number;
	averageOrderValue: number;
	/** NaN without a quantity column. */
	averageUnitPrice: number;
	recencyDays: number;
	/** Share of the customer's orders that were repeat purchases: (orders − 1) ÷ orders. */
	repeatRate: number;
	/** ABC class of the customer. */
	abc: 'A' | 'B' | 'C';
}

/** The first N customers of the Pareto order as rows (rank 1 = most valuable). */
export function topCustomers(
	customers: CustomerTable,
	pareto: ParetoResult,
	options: TopCustomersOptions = {}
): TopCustomerRow[] {
	const n = options.n ?? 200;
	if (!Number.isInteger(n) || n < 0)
		throw new RangeError(`topCustomers: n must be a whole number ≥ 0, got ${n}`);
	const rows: TopCustomerRow[] = [];
	const limit = Math.min(n, customers.count);
	for (let rank = 0; rank < limit; rank++) {
		const i = pareto.order[rank];
		const orders = customers.orders[i];
		rows.push({
			rank: rank + 1,
			index: i,
			id: customers.ids[i],
			value: pareto.values[i],
			orders,
			averageOrderValue: customers.averageOrderValue[i],
			averageUnitPrice: customers.averageUnitPrice ? customers.averageUnitPrice[i] : NaN,
			recencyDays: customers.recencyDays[i],
			repeatRate: (orders - 1) / orders,
			abc: (['A', 'B', 'C'] as const)[pareto.abc[i]]
		});
	}
	return rows;
}

/** A mask (1 = in group) of the top-N customers by value, for `distinguishGroup`. */
export function topCustomersMask(pareto: ParetoResult, n: number): Uint8Array {
	const mask = new Uint8Array(pareto.customers);
	const limit = Math.min(n, pareto.customers);
	for (let rank = 0; rank < limit; rank++) mask[pareto.order[rank]] = 1;
	return mask;
}
