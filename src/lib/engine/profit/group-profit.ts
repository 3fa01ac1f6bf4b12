/**
 * Profit per group of an exclusive family (DOMAIN.md family 6): sums of revenue, goods, service
 * (and its parts), marketing and contribution; ROI = contribution ÷ (service + marketing); the
 * customers losing money (contribution < 0); each group's share of the total contribution.
 */
import type { CustomerGrouping } from '../customers/group-by';
import type { ProfitColumns } from './compute-profit';

/** Sums over a set of customers (a group, or everyone). */
export interface ProfitSums {
	customers: number;
	revenue: number;
	goods: number;
	orderCost: number;
	returnCost: number;
	ticketCost: number;
	effortCost: number;
	/** orderCost + returnCost + ticketCost + effortCost. */
	service: number;
	marketing: number;
	contribution: number;
	/** contribution ÷ (service + marketing); null when both are 0 (shown "—"). */
	roi: number | null;
	/** Customers with contribution < 0. */
	losing: number;
}

export interface GroupProfitRow extends ProfitSums {
	/** Group code (index into the grouping's labels). */
	group: number;
	name: string;
	key: string;
	/** contribution ÷ the total contribution of all customers; null when that total is ≤ 0
	 * (a share of a loss, or of nothing, reads backwards). */
	contributionShare: number | null;
}

function emptySums(): ProfitSums {
	return {
		customers: 0,
		revenue: 0,
		goods: 0,
		orderCost: 0,
		returnCost: 0,
		ticketCost: 0,
		effortCost: 0,
		service: 0,
		marketing: 0,
		contribution: 0,
		roi: null,
		losing: 0
	};
}

/** Adds customer `i` of `columns` to the sums `s` (the group's, or everyone's). */
function addCustomer(s: ProfitSums, columns: ProfitColumns, i: number): void {
	s.customers++;
	s.revenue += columns.revenue[i];
	s.goods += columns.goods[i];
	s.orderCost += columns.orderCost[i];
	s.returnCost += columns.returnCost[i];
	s.ticketCost += columns.ticketCost[i];
	s.effortCost += columns.effortCost[i];
	s.service += columns.service[i];
	s.marketing += columns.marketing[i];
	s.contribution += columns.contribution[i];
	if (columns.contribution[i] < 0) s.losing++;
}

/** ROI = contribution ÷ (service + marketing), null when the denominator is 0. */
export function returnOnInvestment(
	contribution: number,
	service: number,
	marketing: number
): number | null {
	const spent = service + marketing;
	return spent !== 0 ? contribution / spent : null;
}

/**
 * One row per group of `grouping` (every label, empty groups included, in label order), with the
 * sums of `columns` over the group's customers. O(customers).
 */
export function groupProfit(columns: ProfitColumns, grouping: CustomerGrouping): GroupProfitRow[] {
	const groups = grouping.labels.length;
	const sums = Array.from({ length: groups }, emptySums);
	const codes = grouping.codes;
	for (let i = 0; i < codes.length; i++) addCustomer(sums[codes[i]], columns, i);
	let total = 0;
	for (const s of sums) total += s.contribution;
	return sums.map((s, g) => ({
		group: g,
		name: grouping.labels[g],
		key: grouping.keys[g],
		...s,
		roi: returnOnInvestment(s.contribution, s.service, s.marketing),
		contributionShare: total > 0 ? s.contribution / total : null
	}));
}

/** The same sums over every customer. */
export function totalProfit(columns: ProfitColumns): ProfitSums {
	const s = emptySums();
	for (let i = 0; i < columns.contribution.length; i++) addCustomer(s, columns, i);
	s.roi = returnOnInvestment(s.contribution, s.service, s.marketing);
	return s;
}
