/**
 * Lifetime value per group of an exclusive family (RFM segment, purchase pattern, persona, ABC
 * class): for each group of the customer table, the expected value over the horizon (sum and mean
 * per customer), mean P(alive) and expected purchases, from a fit joined to the table by customer.
 * The grouping comes from the `customers/` adapters (`group-by.ts`, `group-by-request.ts`), so this
 * family imports no other family. Plain JSON out: finite numbers or null, never NaN.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { CustomerGrouping, GroupFamily } from '../customers/group-by';
import { formatDay } from '../tables/orders-table';
import type { ClvTimeUnit } from './clv-options';
import { clvValueKind, type ClvValueKind } from './clv-report';
import { withMargin, type ClvResult } from './compute-clv';
import type { FitFailure } from './fit-failure';

/** Lifetime-value figures over a set of customers (a group, or the whole table). */
export interface ClvGroupFigures {
	/** Customers of the customer table in the set. */
	customers: number;
	/** Of these, the customers the fit predicts (its cohort: a purchase day on or before the
	 * cut-off). Every mean below is over them. */
	predicted: number;
	/** Predicted customers with one purchase day (x = 0), whose P(alive) is 1 by the model's
	 * construction. */
	oneTimeBuyers: number;
	/** Σ CLV over the horizon (money; × margin for a contribution CLV); null when the spend model
	 * failed. */
	expectedValue: number | null;
	/** expectedValue ÷ predicted; null without a predicted customer or without values. */
	meanValue: number | null;
	/** expectedValue ÷ the whole table's expected value; null when that total is ≤ 0 or missing. */
	valueShare: number | null;
	/** Σ expected repeat purchases over the horizon. */
	expectedPurchases: number;
	/** expectedPurchases ÷ predicted; null without a predicted customer. */
	meanExpectedPurchases: number | null;
	/** Mean P(alive) of the predicted customers; null without one. */
	meanPAlive: number | null;
}

export interface ClvGroupRow extends ClvGroupFigures {
	/** Group code (index into the grouping's labels). */
	group: number;
	name: string;
	/** The grouping's stable key (`group-by.ts`). */
	key: string;
}

export interface ClvByGroup {
	status: 'computed';
	by: GroupFamily;
	/** The fit's calibration cut-off and holdout end (ISO); the joined fit has no holdout. */
	calibrationEnd: string;
	holdoutEnd: string | null;
	unit: ClvTimeUnit;
	horizonDays: number;
	discountRate: number;
	margin: number | null;
	valueKind: ClvValueKind;
	/** One row per group of the grouping, empty groups included, in the grouping's order. */
	groups: ClvGroupRow[];
	total: ClvGroupFigures;
	/** Why every value figure is null (the Gamma-Gamma fit failed); null when values exist. */
	valueFailure: FitFailure | null;
}

/**
 * The fit's cohort index of each customer-table entry (−1 for a customer the fit does not predict),
 * matched on the order lines' customer code.
 */
export function cohortIndexOfEntries(result: ClvResult, customers: CustomerTable): Int32Array {
	const { customerCode, count } = result.summary;
	let size = 0;
	for (let i = 0; i < count; i++) size = Math.max(size, customerCode[i] + 1);
	for (let e = 0; e < customers.count; e++) size = Math.max(size, customers.customerCode[e] + 1);
	const cohortIndex = new Int32Array(size).fill(-1);
	for (let i = 0; i < count; i++) cohortIndex[customerCode[i]] = i;
	const out = new Int32Array(customers.count);
	for (let e = 0; e < customers.count; e++) out[e] = cohortIndex[customers.customerCode[e]];
	return out;
}

interface Sums {
	customers: number;
	predicted: number;
	oneTimeBuyers: number;
	value: number;
	purchases: number;
	alive: number;
}

const emptySums = (): Sums => ({
	customers: 0,
	predicted: 0,
	oneTimeBuyers: 0,
	value: 0,
	purchases: 0,
	alive: 0
});

function figuresOf(sums: Sums, hasValue: boolean, totalValue: number): ClvGroupFigures {
	const n = sums.predicted;
	return {
		customers: sums.customers,
		predicted: n,
		oneTimeBuyers: sums.oneTimeBuyers,
		expectedValue: hasValue ? sums.value : null,
		meanValue: hasValue && n > 0 ? sums.value / n : null,
		valueShare: hasValue && totalValue > 0 ? sums.value / totalValue : null,
		expectedPurchases: sums.purchases,
		meanExpectedPurchases: n > 0 ? sums.purchases / n : null,
		meanPAlive: n > 0 ? sums.alive / n : null
	};
}

/**
 * Lifetime value per group of `grouping` over `customers`, from `fit` (a fit on the same order
 * lines; the joined fit calibrates to the last day of the data: `JOINED_CLV_OPTIONS`). `margin`
 * turns a revenue fit's CLV into a contribution CLV without fitting again (`withMargin`). A failed
 * fit, or a BG/NBD that could not be fitted, comes back as its failure.
 */
export function clvByGroup(
	fit: ClvResult | FitFailure,
	customers: CustomerTable,
	grouping: CustomerGrouping,
	margin: number | null = null
): ClvByGroup | FitFailure {
	if (fit.status !== 'computed') return fit;
	const result = withMargin(fit, margin);
	if (result.bgnbd.status !== 'fitted' || !result.customers) {
		return result.bgnbd.status === 'fitted'
			? { status: 'failed', reason: 'the model gave no prediction', suggestion: 'fit again' }
			: result.bgnbd;
	}
	if (grouping.codes.length !== customers.count) {
		throw new RangeError(
			`clvByGroup: a grouping of ${grouping.codes.length} customers for a table of ${customers.count}`
		);
	}
	const { pAlive, expectedPurchases, clv } = result.customers;
	const { frequency } = result.summary;
	const cohortIndex = cohortIndexOfEntries(result, customers);
	const groups = grouping.labels.map(emptySums);
	const total = emptySums();
	for (let e = 0; e < customers.count; e++) {
		const sums = groups[grouping.codes[e]];
		sums.customers++;
		total.customers++;
		const i = cohortIndex[e];
		if (i < 0) continue;
		sums.predicted++;
		sums.purchases += expectedPurchases[i];
		sums.alive += pAlive[i];
		if (frequency[i] === 0) sums.oneTimeBuyers++;
		if (clv) sums.value += clv[i];
	}
	for (const sums of groups) {
		total.predicted += sums.predicted;
		total.oneTimeBuyers += sums.oneTimeBuyers;
		total.value += sums.value;
		total.purchases += sums.purchases;
		total.alive += sums.alive;
	}
	const hasValue = clv !== null;
	return {
		status: 'computed',
		by: grouping.family,
		calibrationEnd: formatDay(result.periods.calibrationEndDay),
		holdoutEnd:
			result.periods.holdoutEndDay === null ? null : formatDay(result.periods.holdoutEndDay),
		unit: result.unit,
		horizonDays: result.horizonDays,
		discountRate: result.discountRate,
		margin: result.margin,
		valueKind: clvValueKind(result.margin),
		groups: groups.map((sums, group) => ({
			group,
			name: grouping.labels[group],
			key: grouping.keys[group],
			...figuresOf(sums, hasValue, total.value)
		})),
		total: figuresOf(total, hasValue, total.value),
		valueFailure: hasValue || result.gammaGamma.status === 'fitted' ? null : result.gammaGamma
	};
}
