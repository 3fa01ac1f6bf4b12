/**
 * The answer the Profit page and `sieve roi` both show: totals, one row per group, the whale
 * curve's peak and points, the customers losing money, the what-if sign changes and the warnings.
 * Plain JSON: numbers raw (never pre-formatted), no NaN or Infinity — null where DOMAIN.md says
 * "undefined" (ROI with no service or marketing cost; shares of a total that is ≤ 0).
 */
import type { CustomerGrouping, GroupFamily } from '../customers/group-by';
import type { GoodsSource, ProfitResult, ProfitWarning } from './compute-profit';
import { groupProfit, totalProfit, type GroupProfitRow, type ProfitSums } from './group-profit';
import { listLosingCustomers, type LosingCustomers } from './losing-customers';
import type { CostKind, ProfitOptions } from './profit-options';
import { applyWhatIf, type WhatIfResult } from './what-if';
import { computeWhaleCurve, type WhaleCurve } from './whale-curve';

export interface ProfitReport {
	customers: number;
	groupFamily: GroupFamily;
	goodsSource: GoodsSource;
	/** Name of the effort attribute used, or null. */
	effortAttribute: string | null;
	/** The costs as entered (before multipliers), and marketing per customer per group key. */
	costs: {
		costPerOrder: number;
		costPerReturn: number;
		costPerTicket: number;
		costPerEffortPoint: number;
		marginPercent: number | null;
		categoryMargins: Record<string, number>;
		marketingPerCustomer: Record<string, number>;
	};
	multipliers: Record<CostKind, number>;
	/** Sums over every customer, with the multipliers applied. */
	totals: ProfitSums;
	/** One row per group, every label of the grouping in its own order (empty groups included). */
	groups: GroupProfitRow[];
	whale: WhaleCurve;
	losing: LosingCustomers;
	/** Against the costs as entered; null when every multiplier is 1. */
	whatIf: {
		becameLosing: number;
		becameProfitable: number;
		changedSign: number;
		baseContribution: number;
		baseLosing: number;
	} | null;
	warnings: ProfitWarning[];
}

export interface ProfitReportInput {
	/** Customer ids per entry (`customers.ids`). */
	ids: readonly string[];
	profit: ProfitResult;
	grouping: CustomerGrouping;
	options: ProfitOptions;
	/** Most losing customers listed; default 1,000 (count and loss always cover all). */
	losingLimit?: number;
	/** Most whale-curve points; default 500. */
	maxPoints?: number;
}

/** The report for the options' multipliers, from `computeProfit`'s columns (nothing rebuilt). */
export function buildProfitReport(input: ProfitReportInput): ProfitReport {
	const { profit, grouping, options } = input;
	const scaled: WhatIfResult = applyWhatIf(profit, options.multipliers);
	const totals = totalProfit(scaled);
	let baseContribution = 0;
	let baseLosing = 0;
	if (!scaled.isBase) {
		for (let i = 0; i < profit.count; i++) {
			baseContribution += profit.contribution[i];
			if (profit.contribution[i] < 0) baseLosing++;
		}
	}
	return {
		customers: profit.count,
		groupFamily: grouping.family,
		goodsSource: profit.goodsSource,
		effortAttribute: profit.effortAttribute,
		costs: {
			costPerOrder: options.costPerOrder,
			costPerReturn: options.costPerReturn,
			costPerTicket: options.costPerTicket,
			costPerEffortPoint: options.costPerEffortPoint,
			marginPercent: options.marginPercent,
			categoryMargins: { ...options.categoryMargins },
			marketingPerCustomer: Object.fromEntries(
				grouping.keys.map((key, g) => [key, profit.marketingByGroup[g]])
			)
		},
		multipliers: scaled.multipliers,
		totals,
		groups: groupProfit(scaled, grouping),
		whale: computeWhaleCurve(scaled.contribution, { maxPoints: input.maxPoints }),
		losing: listLosingCustomers(scaled, input.ids, { limit: input.losingLimit ?? 1000 }),
		whatIf: scaled.isBase
			? null
			: {
					becameLosing: scaled.becameLosing,
					becameProfitable: scaled.becameProfitable,
					changedSign: scaled.changedSign,
					baseContribution,
					baseLosing
				},
		warnings: profit.warnings
	};
}
