/**
 * The holdout check of a fitted BG/NBD model: repeat transactions after the cut-off against the
 * model's conditional expectations, by calibration frequency, and the cumulative weekly tracking
 * of repeat transactions against the unconditional expectation of each customer's start day
 * (Fader, Hardie & Lee 2005, figures 2–4).
 */
import { expectedPurchases, type BgNbdParams } from './bgnbd-model';
import type { TransactionSummary } from './summarise-transactions';

export interface HoldoutByFrequency {
	/** Calibration frequency x; the last group is "this many or more". */
	frequency: number;
	isOpenEnded: boolean;
	customers: number;
	/** Mean holdout transactions, actual and predicted. */
	actualMean: number;
	predictedMean: number;
}

export interface HoldoutCheck {
	/** Holdout length in days: holdout end − cut-off. */
	lengthDays: number;
	/** Repeat transaction days of cohort customers in (cut-off, holdout end]. */
	actual: number;
	/** Σ over cohort customers of E[X(T, T + holdout length) | x, tₓ, T]. */
	predicted: number;
	byFrequency: HoldoutByFrequency[];
}

/**
 * Actual against predicted holdout transactions; `predictedPerCustomer[i]` is customer i's
 * conditional expectation over the holdout length. Frequencies 0…`groups` − 2, then the rest.
 */
export function checkHoldout(
	summary: TransactionSummary,
	predictedPerCustomer: Float64Array,
	groups = 8
): HoldoutCheck {
	const customers = new Float64Array(groups);
	const actual = new Float64Array(groups);
	const predicted = new Float64Array(groups);
	let actualTotal = 0;
	let predictedTotal = 0;
	for (let i = 0; i < summary.count; i++) {
		const g = Math.min(summary.frequency[i], groups - 1);
		customers[g]++;
		actual[g] += summary.holdoutTransactions[i];
		predicted[g] += predictedPerCustomer[i];
		actualTotal += summary.holdoutTransactions[i];
		predictedTotal += predictedPerCustomer[i];
	}
	const byFrequency: HoldoutByFrequency[] = [];
	for (let g = 0; g < groups; g++) {
		if (customers[g] === 0) continue;
		byFrequency.push({
			frequency: g,
			isOpenEnded: g === groups - 1,
			customers: customers[g],
			actualMean: actual[g] / customers[g],
			predictedMean: predicted[g] / customers[g]
		});
	}
	return {
		lengthDays: (summary.holdoutEndDay ?? summary.calibrationEndDay) - summary.calibrationEndDay,
		actual: actualTotal,
		predicted: predictedTotal,
		byFrequency
	};
}

export interface TrackingPoint {
	/** Week number from the cohort's first day (1 = its first 7 days). */
	week: number;
	/** Last day the point covers (epoch day, inclusive). */
	endDay: number;
	/** Cumulative repeat transactions of the cohort up to and including `endDay`. */
	actual: number;
	/** Σ over cohort customers of E[X(endDay − first day)]. */
	expected: number;
}

export interface RepeatTracking {
	points: TrackingPoint[];
	/** Index of the point that ends on the cut-off day (the chart marks it). */
	cutoffIndex: number;
}

/**
 * Cumulative repeat transactions by week, actual against expected, from the cohort's first day
 * to the holdout end (or the cut-off). A week ends on day start + 7k − 1; the last point may be a
 * shorter week ending on the last day analysed, and one point always ends on the cut-off.
 * `unitDays` converts day lags into the model's unit.
 */
export function trackRepeatTransactions(
	summary: TransactionSummary,
	params: BgNbdParams,
	unitDays: number
): RepeatTracking {
	const start = summary.seriesStartDay;
	const days = summary.repeatsByDay.length;
	if (days === 0) return { points: [], cutoffIndex: -1 };
	// E[X(lag)] for every lag in days once; each point sums it over the start days.
	const expectedAtLag = new Float64Array(days);
	for (let lag = 1; lag < days; lag++)
		expectedAtLag[lag] = expectedPurchases(params, lag / unitDays);
	const starts: number[] = [];
	for (let d = 0; d < days; d++) if (summary.firstTransactionsByDay[d] > 0) starts.push(d);
	const endDays: number[] = [];
	for (let end = 6; end < days - 1; end += 7) endDays.push(end);
	endDays.push(days - 1);
	const cutoff = summary.calibrationEndDay - start;
	if (!endDays.includes(cutoff)) {
		endDays.push(cutoff);
		endDays.sort((p, q) => p - q);
	}
	const points: TrackingPoint[] = [];
	let cumulative = 0;
	let counted = 0;
	for (const end of endDays) {
		for (; counted <= end; counted++) cumulative += summary.repeatsByDay[counted];
		let expected = 0;
		for (const d of starts) {
			if (d > end) break;
			expected += summary.firstTransactionsByDay[d] * expectedAtLag[end - d];
		}
		points.push({
			week: Math.ceil((end + 1) / 7),
			endDay: start + end,
			actual: cumulative,
			expected
		});
	}
	return { points, cutoffIndex: endDays.indexOf(cutoff) };
}
