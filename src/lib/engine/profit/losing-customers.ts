/**
 * "Customers who cost more than they bring" (DOMAIN.md family 6): contribution < 0, each with the
 * largest cost component and what would bring them to zero ("−£42: returns cost £75; cut them by
 * £42, 56%, and this customer breaks even"). The advice follows the articles: fix the cost first.
 */
import type { ProfitColumns } from './compute-profit';
import { COST_KINDS, type CostKind } from './profit-options';

export interface LosingCustomer {
	/** Entry in the customer table. */
	index: number;
	id: string;
	revenue: number;
	/** < 0. */
	contribution: number;
	/** Each cost kind's amount for this customer. */
	costs: Record<CostKind, number>;
	/** The largest cost component (ties: the first in COST_KINDS order). */
	largestCost: CostKind;
	largestCostAmount: number;
	/** What brings the customer to zero: −contribution, as a cut in costs (or extra revenue). */
	toBreakEven: number;
	/** toBreakEven ÷ largestCostAmount: the share of the largest cost to cut; above 1 when cutting
	 * it alone is not enough; null when the largest cost is ≤ 0 (revenue itself is negative). */
	largestCostCut: number | null;
}

export interface LosingCustomers {
	/** Customers with contribution < 0. */
	count: number;
	/** Sum of their contributions, negated (≥ 0). */
	loss: number;
	/** How many of them have each cost kind as the largest. */
	byLargestCost: Record<CostKind, number>;
	/** The customers, most negative contribution first (ties: table order); at most `limit`. */
	customers: LosingCustomer[];
}

export interface LosingCustomersOptions {
	/** Most customers listed (count, loss and byLargestCost always cover all); default all. */
	limit?: number;
}

/** The cost of kind `kind` for entry i. */
export function costOf(columns: ProfitColumns, kind: CostKind, i: number): number {
	switch (kind) {
		case 'goods':
			return columns.goods[i];
		case 'orders':
			return columns.orderCost[i];
		case 'returns':
			return columns.returnCost[i];
		case 'tickets':
			return columns.ticketCost[i];
		case 'effort':
			return columns.effortCost[i];
		case 'marketing':
			return columns.marketing[i];
	}
}

/** Entry i's largest cost kind and its amount (ties: the first kind in COST_KINDS). */
export function largestCostOf(
	columns: ProfitColumns,
	i: number
): { kind: CostKind; amount: number } {
	let kind: CostKind = COST_KINDS[0];
	let amount = costOf(columns, kind, i);
	for (let k = 1; k < COST_KINDS.length; k++) {
		const x = costOf(columns, COST_KINDS[k], i);
		if (x > amount) {
			amount = x;
			kind = COST_KINDS[k];
		}
	}
	return { kind, amount };
}

/** The customers with contribution < 0, worst first, each with its largest cost and break-even cut. */
export function listLosingCustomers(
	columns: ProfitColumns,
	ids: readonly string[],
	options: LosingCustomersOptions = {}
): LosingCustomers {
	const contribution = columns.contribution;
	const entries: number[] = [];
	let loss = 0;
	const byLargestCost = Object.fromEntries(COST_KINDS.map((kind) => [kind, 0])) as Record<
		CostKind,
		number
	>;
	for (let i = 0; i < contribution.length; i++) {
		if (contribution[i] < 0) {
			entries.push(i);
			loss -= contribution[i];
			byLargestCost[largestCostOf(columns, i).kind]++;
		}
	}
	entries.sort((a, b) => contribution[a] - contribution[b] || a - b);
	const limit = options.limit ?? entries.length;
	const customers = entries.slice(0, Math.max(0, limit)).map((i): LosingCustomer => {
		const { kind, amount } = largestCostOf(columns, i);
		const toBreakEven = -contribution[i];
		return {
			index: i,
			id: ids[i],
			revenue: columns.revenue[i],
			contribution: contribution[i],
			costs: Object.fromEntries(COST_KINDS.map((k) => [k, costOf(columns, k, i)])) as Record<
				CostKind,
				number
			>,
			largestCost: kind,
			largestCostAmount: amount,
			toBreakEven,
			largestCostCut: amount > 0 ? toBreakEven / amount : null
		};
	});
	return { count: entries.length, loss, byLargestCost, customers };
}
