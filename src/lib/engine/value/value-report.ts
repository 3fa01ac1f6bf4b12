/**
 * The Value family's answer, as the page and the CLI both show it: headline figures, ABC classes,
 * the Pareto curve, the top-N list and what sets the chosen group apart. Numbers are raw; the
 * curve is columnar (typed arrays cross to the page without copying).
 */
import { formatDay, type OrdersTable } from '../tables/orders-table';
import type { ValueBasis } from '../customers/customer-table';
import type { ValueComputation } from './compute-value';
import { explainGroup, type GroupProfile } from './explain-group';
import { topCustomers, topCustomersMask } from './top-customers';
import type { ValueOptions } from './value-options';

export interface TopCustomerReportRow {
	rank: number;
	id: string;
	value: number;
	orders: number;
	averageOrderValue: number;
	/** NaN without a quantity column (shown "—"). */
	averageUnitPrice: number;
	recencyDays: number;
	/** (orders − 1) ÷ orders. */
	repeatRate: number;
	abc: 'A' | 'B' | 'C';
}

export interface AbcClassSummary {
	name: 'A' | 'B' | 'C';
	customers: number;
	value: number;
	customerShare: number;
	valueShare: number;
}

export interface ValueReport {
	options: ValueOptions;
	/** The basis used: 'profit' falls back to 'revenue' without a cost column. */
	valueBasis: ValueBasis;
	profitAvailable: boolean;
	/** `YYYY-MM-DD` of the analysis day, and of the start day (null: from the first line). */
	analysisDate: string;
	startDate: string | null;
	customers: number;
	returnsOnlyCustomers: number;
	netRevenue: number;
	totalValue: number;
	/** Value share of the top ⌈0.2·N⌉ customers, and their count. */
	topShare: number;
	topCount: number;
	/** Smallest k/N whose top-k value reaches 80%, and that k. */
	shareFor80: number;
	countFor80: number;
	gini: number;
	abc: AbcClassSummary[];
	/** From rank 1 (the chart draws the origin itself). */
	curve: { customerShare: Float64Array; valueShare: Float64Array; rank: Int32Array; ids: string[] };
	top: TopCustomerReportRow[];
	profile: GroupProfile;
}

/** The report of a computation for `options`; `orders` supplies category and product names. */
export function buildValueReport(
	computation: ValueComputation,
	orders: OrdersTable,
	options: ValueOptions
): ValueReport {
	const { customers, pareto } = computation;
	const top = topCustomers(customers, pareto, { n: options.topN });
	const groupMask =
		options.group === 'A'
			? Uint8Array.from(pareto.abc, (c) => (c === 0 ? 1 : 0))
			: topCustomersMask(pareto, options.topN);
	const groupLabel =
		options.group === 'A'
			? 'the A class'
			: `the top ${Math.min(options.topN, customers.count).toLocaleString('en-GB')}`;

	// The engine's curve starts at rank 0 (the origin); the chart draws the origin itself.
	const from = pareto.curve.rank[0] === 0 ? 1 : 0;
	const rank = pareto.curve.rank.slice(from);
	let netRevenue = 0;
	for (let i = 0; i < customers.count; i++) netRevenue += customers.netRevenue[i];
	const classes = ['A', 'B', 'C'] as const;
	return {
		options,
		valueBasis: customers.valueBasis,
		profitAvailable: customers.profit !== null,
		analysisDate: formatDay(customers.analysisDay),
		startDate: Number.isFinite(customers.startDay) ? formatDay(customers.startDay) : null,
		customers: customers.count,
		returnsOnlyCustomers: customers.returnsOnlyCustomers,
		netRevenue,
		totalValue: pareto.total,
		topShare: pareto.topShare,
		topCount: pareto.topCount,
		shareFor80: pareto.shareFor80,
		countFor80: pareto.countFor80,
		gini: pareto.gini,
		abc: classes.map((name) => ({
			name,
			customers: pareto.abcSummary[name].count,
			value: pareto.abcSummary[name].value,
			customerShare: pareto.abcSummary[name].count / customers.count,
			valueShare: pareto.abcSummary[name].valueShare
		})),
		curve: {
			rank,
			customerShare: pareto.curve.customerShare.slice(from),
			valueShare: pareto.curve.valueShare.slice(from),
			ids: Array.from(rank, (r) => customers.ids[pareto.order[r - 1]])
		},
		top: top.map(({ index: _index, ...row }) => row),
		profile: explainGroup(customers, orders, groupMask, groupLabel)
	};
}
