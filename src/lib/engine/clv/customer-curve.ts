/**
 * One customer's own lifetime-value curve (issue 13, "a customer's own curve in the customer
 * detail"): their purchase days, P(alive) as the fitted model would have judged it on each day of
 * their history (from the purchases up to that day), and their expected cumulative repeat purchases
 * after the cut-off, month by month to the horizon, beside the actual ones in the holdout.
 */
import { formatDay, type OrdersTable } from '../tables/orders-table';
import { expectedPurchasesGiven, probabilityAlive } from './bgnbd-model';
import { DAYS_PER_MONTH, UNIT_DAYS, type ClvTimeUnit } from './clv-options';
import type { ClvResult } from './compute-clv';
import { failedFit, type FitFailure } from './fit-failure';

/** Most P(alive) points of the history (steps widen for long histories; purchase days are kept). */
const MAX_HISTORY_POINTS = 400;

export interface ClvCurvePoint {
	date: string;
	/** Days after the customer's first purchase (history) or after the cut-off (forecast). */
	days: number;
}

export interface ClvCustomerCurve {
	status: 'computed';
	customer: string;
	unit: ClvTimeUnit;
	calibrationEnd: string;
	holdoutEnd: string | null;
	/** Every purchase day (a line of amount ≥ 0) up to the last day analysed, ascending. */
	purchaseDates: string[];
	/** P(alive) from the first purchase to the cut-off: every `stepDays` days, every purchase day
	 * and the cut-off, with the purchases up to that day (x, tₓ and T as of then). */
	history: (ClvCurvePoint & { pAlive: number; purchases: number })[];
	stepDays: number;
	/** From the cut-off (0) by months of 365.25/12 days to the horizon, with the holdout end: the
	 * expected cumulative repeat purchases, and the actual ones where the holdout covers the day
	 * (null after it, or without a holdout). */
	forecast: (ClvCurvePoint & { expected: number; actual: number | null })[];
	/** The customer's figures in the fit (as in the ranked table). */
	pAlive: number;
	expectedPurchases: number;
	expectedSpend: number | null;
	clv: number | null;
}

/** The purchase days of customer `code` up to `endDay` (inclusive), ascending, distinct. */
export function purchaseDaysOf(orders: OrdersTable, code: number, endDay: number): number[] {
	const days = new Set<number>();
	const codes = orders.customer.codes;
	for (let i = 0; i < orders.rowCount; i++) {
		if (codes[i] === code && orders.day[i] <= endDay && orders.amount[i] >= 0) {
			days.add(orders.day[i]);
		}
	}
	return [...days].sort((p, q) => p - q);
}

/**
 * The curve of `customerId` in `result` (a fit of `orders`), or why there is none: an unknown id,
 * a customer outside the cohort (first purchase after the cut-off, or none), or no fitted model.
 */
export function clvCustomerCurve(
	result: ClvResult,
	orders: OrdersTable,
	customerId: string
): ClvCustomerCurve | FitFailure {
	const { bgnbd, customers, summary } = result;
	if (bgnbd.status !== 'fitted' || !customers) {
		return bgnbd.status === 'fitted' ? failedFit({ code: 'no-prediction' }) : bgnbd;
	}
	const code = orders.customer.values.indexOf(customerId);
	if (code < 0) {
		return failedFit({ code: 'unknown-customer', customerId });
	}
	let index = -1;
	for (let i = 0; i < summary.count && index < 0; i++)
		if (summary.customerCode[i] === code) index = i;
	if (index < 0) {
		return failedFit({
			code: 'customer-after-cutoff',
			customerId,
			cutoffDay: summary.calibrationEndDay
		});
	}
	const { params } = bgnbd;
	const unitDays = UNIT_DAYS[result.unit];
	const cut = summary.calibrationEndDay;
	const endDay = summary.holdoutEndDay ?? cut;
	const purchases = purchaseDaysOf(orders, code, endDay);
	const first = summary.firstDay[index];

	// History: P(alive) as of day d, from the purchase days up to d.
	const span = cut - first;
	const stepDays = Math.max(7, Math.ceil(span / MAX_HISTORY_POINTS / 7) * 7);
	const historyDays = new Set<number>();
	for (let d = first; d <= cut; d += stepDays) historyDays.add(d);
	for (const d of purchases) if (d <= cut) historyDays.add(d);
	historyDays.add(cut);
	const history: ClvCustomerCurve['history'] = [];
	let seen = 0;
	let last = first;
	for (const d of [...historyDays].sort((p, q) => p - q)) {
		while (seen < purchases.length && purchases[seen] <= d) last = purchases[seen++];
		const x = seen - 1;
		history.push({
			date: formatDay(d),
			days: d - first,
			pAlive: probabilityAlive(params, x, (last - first) / unitDays, (d - first) / unitDays),
			purchases: seen
		});
	}

	// Forecast: E[X(t) | x, tₓ, T] after the cut-off, and the holdout's actual purchase days.
	const x = summary.frequency[index];
	const recency = customers.recency[index];
	const age = customers.age[index];
	const holdoutDays = summary.holdoutEndDay === null ? 0 : summary.holdoutEndDay - cut;
	const forecastDays = new Set<number>([0, result.horizonDays]);
	for (let k = 1; k * DAYS_PER_MONTH < result.horizonDays; k++) {
		forecastDays.add(Math.round(k * DAYS_PER_MONTH));
	}
	if (holdoutDays > 0) forecastDays.add(holdoutDays);
	const after = purchases.filter((d) => d > cut);
	const forecast = [...forecastDays]
		.sort((p, q) => p - q)
		.map((days) => ({
			date: formatDay(cut + days),
			days,
			expected: expectedPurchasesGiven(params, x, recency, age, days / unitDays),
			actual: days <= holdoutDays ? after.filter((d) => d <= cut + days).length : null
		}));

	return {
		status: 'computed',
		customer: customerId,
		unit: result.unit,
		calibrationEnd: formatDay(cut),
		holdoutEnd: summary.holdoutEndDay === null ? null : formatDay(summary.holdoutEndDay),
		purchaseDates: purchases.map(formatDay),
		history,
		stepDays,
		forecast,
		pAlive: customers.pAlive[index],
		expectedPurchases: customers.expectedPurchases[index],
		expectedSpend: customers.expectedSpend ? customers.expectedSpend[index] : null,
		clv: customers.clv ? customers.clv[index] : null
	};
}
