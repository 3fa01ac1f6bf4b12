/**
 * The lifetime-value pipeline: order lines → transactions → BG/NBD and Gamma-Gamma fits →
 * per-customer P(alive), expected purchases and spend, CLV → holdout check and weekly tracking.
 * Each step is exported so the worker can report progress and the benchmark can time it.
 */
import type { OrdersTable } from '../tables/orders-table';
import {
	compressPatterns,
	expectedPurchasesGiven,
	probabilityAlive,
	type PatternData
} from './bgnbd-model';
import {
	DAYS_PER_MONTH,
	marginFactor,
	UNIT_DAYS,
	resolveClvPeriods,
	validateClvOptions,
	type ClvOptions,
	type ClvPeriods,
	type ClvTimeUnit
} from './clv-options';
import { fitBgNbd, type BgNbdFit } from './fit-bgnbd';
import { failedFit, type FitFailure } from './fit-failure';
import {
	expectedSpend,
	fitGammaGamma,
	type GammaGammaFit,
	type GammaGammaParams,
	type SpendData
} from './fit-gamma-gamma';
import {
	checkHoldout,
	trackRepeatTransactions,
	type HoldoutCheck,
	type RepeatTracking
} from './holdout-tracking';
import { summariseTransactions, type TransactionSummary } from './summarise-transactions';

/** Why a customer is not in the Gamma-Gamma fit: 0 fitted, 1 one purchase, 2 spend ≤ 0. */
export type SpendStatus = 0 | 1 | 2;
export const SPEND_FITTED = 0;
export const SPEND_ONE_PURCHASE = 1;
export const SPEND_NOT_POSITIVE = 2;

/** Per cohort customer (index i as in `TransactionSummary`). */
export interface ClvCustomers {
	/** tₓ and T in the unit. */
	recency: Float64Array;
	age: Float64Array;
	/** Mean net spend of the repeat days (0 without repeat days). */
	meanSpend: Float64Array;
	spendStatus: Uint8Array;
	pAlive: Float64Array;
	/** Expected repeat purchases over the horizon. */
	expectedPurchases: Float64Array;
	/** Expected repeat purchases over the holdout length; null without a holdout. */
	holdoutExpected: Float64Array | null;
	/** Gamma-Gamma expected spend per purchase; null when Gamma-Gamma failed. */
	expectedSpend: Float64Array | null;
	/** (margin ×) expected spend × (discounted) expected purchases over the horizon. */
	clv: Float64Array | null;
}

export type ClvPhase = 'transactions' | 'bgnbd' | 'gamma-gamma' | 'customers' | 'holdout';

export interface ClvResult {
	status: 'computed';
	periods: ClvPeriods;
	unit: ClvTimeUnit;
	horizonDays: number;
	discountRate: number;
	/** The margin applied to the money CLV; null = revenue CLV. */
	margin: number | null;
	summary: TransactionSummary;
	/** Distinct (x, tₓ, T) patterns and each customer's pattern. */
	patterns: PatternData;
	patternOf: Int32Array;
	bgnbd: BgNbdFit | FitFailure;
	gammaGamma: GammaGammaFit | FitFailure;
	/** null when BG/NBD failed. */
	customers: ClvCustomers | null;
	holdout: HoldoutCheck | null;
	tracking: RepeatTracking | null;
}

/** The whole pipeline, or a failure when the options or the periods cannot work. */
export function computeClv(
	orders: OrdersTable,
	options: ClvOptions,
	onPhase: (phase: ClvPhase) => void = () => {}
): ClvResult | FitFailure {
	const steps = clvSteps(orders, options);
	for (let step = steps.next(); ; step = steps.next()) {
		if (step.done) return step.value;
		onPhase(step.value);
	}
}

/**
 * The pipeline one phase at a time: yields each phase's name before running it and returns the
 * result. A caller that stops pulling (the worker on Cancel) stops the work between phases.
 */
export function* clvSteps(
	orders: OrdersTable,
	options: ClvOptions
): Generator<ClvPhase, ClvResult | FitFailure, void> {
	const problems = validateClvOptions(options);
	if (problems.length > 0) return failedFit({ code: 'invalid-options', problems });
	if (orders.rowCount === 0) return failedFit({ code: 'no-order-lines' });
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let i = 0; i < orders.rowCount; i++) {
		firstDay = Math.min(firstDay, orders.day[i]);
		lastDay = Math.max(lastDay, orders.day[i]);
	}
	const periods = resolveClvPeriods(options, firstDay, lastDay);
	const unitDays = UNIT_DAYS[options.unit];
	yield 'transactions';
	const summary = summariseTransactions(orders, periods.calibrationEndDay, periods.holdoutEndDay);
	if (summary.count === 0) {
		// A purchase day is a day with a line ≥ 0: the first one is the earliest such line.
		let first = Infinity;
		for (let i = 0; i < orders.rowCount; i++) {
			if (orders.amount[i] >= 0) first = Math.min(first, orders.day[i]);
		}
		return failedFit(
			first === Infinity
				? { code: 'no-purchase-day' }
				: { code: 'no-purchase-before-cutoff', firstDay: first }
		);
	}
	const { patterns, patternOf } = patternsOf(summary, unitDays);
	yield 'bgnbd';
	const bgnbd = fitBgNbd(patterns);
	yield 'gamma-gamma';
	const spend = spendDataOf(summary);
	const gammaGamma = fitGammaGamma(spend.data);
	const result: ClvResult = {
		status: 'computed',
		periods,
		unit: options.unit,
		horizonDays: options.horizonDays,
		discountRate: options.discountRate,
		margin: options.margin,
		summary,
		patterns,
		patternOf,
		bgnbd,
		gammaGamma,
		customers: null,
		holdout: null,
		tracking: null
	};
	if (bgnbd.status !== 'fitted') return result;
	yield 'customers';
	result.customers = predictCustomers(summary, patterns, patternOf, spend, bgnbd, gammaGamma, {
		unitDays,
		...options
	});
	yield 'holdout';
	if (result.customers.holdoutExpected) {
		result.holdout = checkHoldout(summary, result.customers.holdoutExpected);
	}
	result.tracking = trackRepeatTransactions(summary, bgnbd.params, unitDays);
	return result;
}

/** Compresses the cohort's (x, tₓ, T) into patterns, exactly (from integer days). */
export function patternsOf(summary: TransactionSummary, unitDays: number) {
	const cut = summary.calibrationEndDay;
	const span = cut - summary.seriesStartDay + 1;
	return compressPatterns(
		summary.count,
		(i) => summary.frequency[i],
		(i) => (summary.lastDay[i] - summary.firstDay[i]) / unitDays,
		(i) => (cut - summary.firstDay[i]) / unitDays,
		(i) =>
			(summary.frequency[i] * span + summary.lastDay[i] - summary.firstDay[i]) * span +
			(cut - summary.firstDay[i])
	);
}

/**
 * The Gamma-Gamma data (customers with x > 0 and mean repeat spend > 0, sorted by x), each cohort
 * customer's mean repeat spend and why a customer is left out.
 */
export function spendDataOf(summary: TransactionSummary) {
	const { count, frequency, repeatSpend } = summary;
	const meanSpend = new Float64Array(count);
	const spendStatus = new Uint8Array(count);
	let maxFrequency = 0;
	let fitted = 0;
	for (let i = 0; i < count; i++) {
		if (frequency[i] === 0) spendStatus[i] = SPEND_ONE_PURCHASE;
		else {
			meanSpend[i] = repeatSpend[i] / frequency[i];
			if (meanSpend[i] > 0) {
				fitted++;
				maxFrequency = Math.max(maxFrequency, frequency[i]);
			} else spendStatus[i] = SPEND_NOT_POSITIVE;
		}
	}
	// A counting sort by x (stable: customers of one x keep their order).
	const start = new Int32Array(maxFrequency + 2);
	for (let i = 0; i < count; i++) if (spendStatus[i] === SPEND_FITTED) start[frequency[i] + 1]++;
	for (let x = 1; x < start.length; x++) start[x] += start[x - 1];
	const data: SpendData = {
		frequency: new Float64Array(fitted),
		meanSpend: new Float64Array(fitted)
	};
	for (let i = 0; i < count; i++) {
		if (spendStatus[i] !== SPEND_FITTED) continue;
		const at = start[frequency[i]]++;
		data.frequency[at] = frequency[i];
		data.meanSpend[at] = meanSpend[i];
	}
	return { data, meanSpend, spendStatus };
}

interface PredictOptions {
	unitDays: number;
	horizonDays: number;
	discountRate: number;
	/** null = revenue CLV (a factor of 1). */
	margin: number | null;
}

/**
 * Per-customer outputs, evaluated once per (x, tₓ, T) pattern. CLV = margin × E[spend] × Σₖ
 * ΔE[purchases in month k] / (1 + yearly rate)^(tₖ / 365.25 days), months of 365.25/12 days;
 * margin 1 when `options.margin` is null (revenue CLV).
 */
export function predictCustomers(
	summary: TransactionSummary,
	patterns: PatternData,
	patternOf: Int32Array,
	spend: { meanSpend: Float64Array; spendStatus: Uint8Array },
	bgnbd: BgNbdFit,
	gammaGamma: GammaGammaFit | FitFailure,
	options: PredictOptions
): ClvCustomers {
	const { params } = bgnbd;
	const { unitDays, horizonDays, discountRate } = options;
	const margin = marginFactor(options);
	const n = patterns.frequency.length;
	const pAlive = new Float64Array(n);
	const horizon = new Float64Array(n);
	const discounted = new Float64Array(n);
	const holdoutDays =
		summary.holdoutEndDay === null ? 0 : summary.holdoutEndDay - summary.calibrationEndDay;
	const holdout = holdoutDays > 0 ? new Float64Array(n) : null;
	const steps = Math.ceil(horizonDays / DAYS_PER_MONTH - 1e-9);
	for (let k = 0; k < n; k++) {
		const [x, tx, age] = [patterns.frequency[k], patterns.recency[k], patterns.age[k]];
		pAlive[k] = probabilityAlive(params, x, tx, age);
		horizon[k] = expectedPurchasesGiven(params, x, tx, age, horizonDays / unitDays);
		if (holdout) holdout[k] = expectedPurchasesGiven(params, x, tx, age, holdoutDays / unitDays);
		if (discountRate > 0) {
			let previous = 0;
			let sum = 0;
			for (let step = 1; step <= steps; step++) {
				const days = Math.min(step * DAYS_PER_MONTH, horizonDays);
				const expected =
					step === steps ? horizon[k] : expectedPurchasesGiven(params, x, tx, age, days / unitDays);
				sum += (expected - previous) / Math.pow(1 + discountRate, days / 365.25);
				previous = expected;
			}
			discounted[k] = sum;
		} else discounted[k] = horizon[k];
	}
	const count = summary.count;
	const perCustomer = (byPattern: Float64Array) =>
		Float64Array.from(patternOf, (k) => byPattern[k]);
	let spendColumn: Float64Array | null = null;
	let clv: Float64Array | null = null;
	if (gammaGamma.status === 'fitted') {
		const gg: GammaGammaParams = gammaGamma.params;
		spendColumn = new Float64Array(count);
		clv = new Float64Array(count);
		for (let i = 0; i < count; i++) {
			spendColumn[i] = expectedSpend(gg, summary.frequency[i], spend.meanSpend[i]);
			// The revenue CLV first, then the margin: a contribution CLV is exactly margin × revenue CLV.
			clv[i] = margin * (spendColumn[i] * discounted[patternOf[i]]);
		}
	}
	return {
		recency: perCustomer(patterns.recency),
		age: perCustomer(patterns.age),
		meanSpend: spend.meanSpend,
		spendStatus: spend.spendStatus,
		pAlive: perCustomer(pAlive),
		expectedPurchases: perCustomer(horizon),
		holdoutExpected: holdout && perCustomer(holdout),
		expectedSpend: spendColumn,
		clv
	};
}

/**
 * The same fit with CLV in money at another margin: `result` must be a revenue fit (margin null);
 * each customer's CLV becomes margin × their revenue CLV — exactly what a fit with that margin
 * gives, without fitting again. A null margin gives `result` back.
 */
export function withMargin(result: ClvResult, margin: number | null): ClvResult {
	if (margin === null) return result;
	if (result.margin !== null) {
		throw new RangeError(`withMargin: the fit already has a margin (${result.margin})`);
	}
	if (!(Number.isFinite(margin) && margin > 0 && margin <= 1)) {
		throw new RangeError(
			`withMargin: the margin must be a share above 0 and at most 1, not ${margin}`
		);
	}
	const { customers } = result;
	return {
		...result,
		margin,
		customers: customers && {
			...customers,
			clv: customers.clv && customers.clv.map((value) => margin * value)
		}
	};
}
