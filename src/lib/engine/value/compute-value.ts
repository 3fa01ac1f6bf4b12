/**
 * The Value family's computation (DOMAIN.md family 1) over a customer table: the Pareto order,
 * shares, Gini and ABC classes. Everything the report, the explanations and the exports read.
 */
import type { CustomerTable } from '../customers/customer-table';
import { computePareto, type ParetoResult } from './pareto';

export interface ValueComputation {
	customers: CustomerTable;
	pareto: ParetoResult;
}

/** Pareto figures on the table's own value basis. */
export function computeValue(customers: CustomerTable): ValueComputation {
	return { customers, pareto: computePareto(customers, { basis: customers.valueBasis }) };
}
