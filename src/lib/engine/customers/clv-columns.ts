/**
 * Columns of a lifetime-value fit joined onto the customer table, for the families that show one
 * (the Value view's predicted value, the account-review briefs' P(alive)). An adapter in
 * `customers/` like `group-by.ts`, so that those families never import the `clv/` family.
 */
import type { ClvResult } from '../clv/compute-clv';
import type { FitFailure } from '../clv/fit-failure';
import { formatDay } from '../tables/orders-table';
import type { PredictedColumn } from '../value/value-session';
import type { CustomerTable } from './customer-table';

/** The fit whose figures join the customer table, for its analysis date (`clv/clv-options.ts`). */
export { JOINED_CLV_OPTIONS, joinedClvOptions } from '../clv/clv-options';

/**
 * A per-customer column of a fit, in customer-table order: NaN for a customer outside the fit's
 * cohort (first purchase after the cut-off) or when the model gave no such column.
 */
export function joinClvColumn(
	result: ClvResult,
	customers: CustomerTable,
	column: 'pAlive' | 'clv'
): Float64Array {
	const out = new Float64Array(customers.count).fill(NaN);
	const values = result.customers?.[column];
	if (!values) return out;
	const { customerCode, count } = result.summary;
	let size = 0;
	for (let i = 0; i < count; i++) size = Math.max(size, customerCode[i] + 1);
	for (let e = 0; e < customers.count; e++) size = Math.max(size, customers.customerCode[e] + 1);
	const cohortIndex = new Int32Array(size).fill(-1);
	for (let i = 0; i < count; i++) cohortIndex[customerCode[i]] = i;
	for (let e = 0; e < customers.count; e++) {
		const i = cohortIndex[customers.customerCode[e]];
		if (i >= 0) out[e] = values[i];
	}
	return out;
}

/** Each customer's predicted value (CLV over the fit's horizon), or why a model failed. */
export function predictedValueOf(
	fit: ClvResult | FitFailure,
	customers: CustomerTable
): PredictedColumn {
	if (fit.status !== 'computed') return fit;
	if (fit.bgnbd.status === 'failed') return fit.bgnbd;
	if (fit.gammaGamma.status === 'failed') return fit.gammaGamma;
	return {
		status: 'computed',
		calibrationEnd: formatDay(fit.periods.calibrationEndDay),
		horizonDays: fit.horizonDays,
		values: joinClvColumn(fit, customers, 'clv')
	};
}

/** Each customer's P(alive) with the cut-off it was fitted to, or null when BG/NBD failed. */
export function pAliveOf(
	fit: ClvResult | FitFailure,
	customers: CustomerTable
): { values: Float64Array; cutoff: string } | null {
	if (fit.status !== 'computed' || fit.bgnbd.status !== 'fitted') return null;
	return {
		values: joinClvColumn(fit, customers, 'pAlive'),
		cutoff: formatDay(fit.periods.calibrationEndDay)
	};
}
