/**
 * The answer the page and the command line both show for lifetime value: plain JSON (ISO dates,
 * finite numbers or null, never NaN), built from a `ClvResult`.
 */
import { formatDay } from '../tables/orders-table';
import type { BgNbdParams } from './bgnbd-model';
import type { ClvTimeUnit } from './clv-options';
import type { ClvResult } from './compute-clv';
import type { FitFailure } from './fit-failure';
import type { GammaGammaParams } from './fit-gamma-gamma';
import type { HoldoutByFrequency } from './holdout-tracking';

/** Revenue CLV (no margin) or contribution CLV (margin × revenue). */
export type ClvValueKind = 'revenue' | 'contribution';

/** What CLV in money measures for a margin (null = none). */
export function clvValueKind(margin: number | null): ClvValueKind {
	return margin === null ? 'revenue' : 'contribution';
}

export interface ClvReportBgNbd extends BgNbdParams {
	status: 'fitted';
	logLikelihood: number;
	standardErrors: BgNbdParams | null;
	customers: number;
	patterns: number;
}

export interface ClvReportGammaGamma extends GammaGammaParams {
	status: 'fitted';
	logLikelihood: number;
	standardErrors: GammaGammaParams | null;
	/** Customers fitted (x > 0, mean repeat spend > 0). */
	customers: number;
	populationMeanSpend: number;
}

export interface ClvReport {
	calibrationEnd: string;
	holdoutEnd: string | null;
	unit: ClvTimeUnit;
	horizonDays: number;
	discountRate: number;
	/** The margin the money CLV is multiplied by; null = revenue CLV. */
	margin: number | null;
	/** What CLV in money measures: spend (`revenue`) or margin × spend (`contribution`). */
	valueKind: ClvValueKind;
	/** Customers with a purchase day on or before the cut-off. */
	cohortCustomers: number;
	/** First purchase after the cut-off: not in the model. */
	laterCustomers: number;
	/** Lines but no purchase day (returns only) up to the last day analysed. */
	noPurchaseCustomers: number;
	/** Repeat purchase days in the calibration period (Σ x). */
	calibrationRepeatTransactions: number;
	bgnbd: ClvReportBgNbd | FitFailure;
	gammaGamma: ClvReportGammaGamma | FitFailure;
	/** Why customers are left out of the Gamma-Gamma fit. */
	spendLeftOut: { onePurchase: number; spendNotPositive: number };
	/** Customers with x = 0, whose P(alive) is 1 by the model's construction. */
	oneTimeBuyers: number;
	/** Sums over the cohort for the horizon; null where a model failed. */
	totals: {
		expectedPurchases: number | null;
		expectedValue: number | null;
		meanPAlive: number | null;
	};
	holdout: {
		lengthDays: number;
		actual: number;
		predicted: number;
		byFrequency: HoldoutByFrequency[];
	} | null;
	/** Cumulative repeat transactions by week (see `trackRepeatTransactions`), dates as ISO. */
	tracking: {
		points: { week: number; endDate: string; actual: number; expected: number }[];
		cutoffIndex: number;
	} | null;
}

/** The report of a computed lifetime-value result. */
export function buildClvReport(result: ClvResult): ClvReport {
	const { summary, bgnbd, gammaGamma, customers } = result;
	let oneTimeBuyers = 0;
	let spendNotPositive = 0;
	for (let i = 0; i < summary.count; i++) {
		if (summary.frequency[i] === 0) oneTimeBuyers++;
		else if (!(summary.repeatSpend[i] > 0)) spendNotPositive++;
	}
	let totals: ClvReport['totals'] = {
		expectedPurchases: null,
		expectedValue: null,
		meanPAlive: null
	};
	if (customers) {
		let purchases = 0;
		let value = 0;
		let alive = 0;
		for (let i = 0; i < summary.count; i++) {
			purchases += customers.expectedPurchases[i];
			alive += customers.pAlive[i];
			if (customers.clv) value += customers.clv[i];
		}
		totals = {
			expectedPurchases: purchases,
			expectedValue: customers.clv ? value : null,
			meanPAlive: alive / summary.count
		};
	}
	return {
		calibrationEnd: formatDay(result.periods.calibrationEndDay),
		holdoutEnd:
			result.periods.holdoutEndDay === null ? null : formatDay(result.periods.holdoutEndDay),
		unit: result.unit,
		horizonDays: result.horizonDays,
		discountRate: result.discountRate,
		margin: result.margin,
		valueKind: clvValueKind(result.margin),
		cohortCustomers: summary.count,
		laterCustomers: summary.laterCustomers,
		noPurchaseCustomers: summary.noTransactionCustomers,
		calibrationRepeatTransactions: summary.calibrationRepeats,
		bgnbd:
			bgnbd.status === 'fitted'
				? {
						status: 'fitted',
						...bgnbd.params,
						logLikelihood: bgnbd.logLikelihood,
						standardErrors: bgnbd.standardErrors,
						customers: bgnbd.customers,
						patterns: bgnbd.patterns
					}
				: bgnbd,
		gammaGamma:
			gammaGamma.status === 'fitted'
				? {
						status: 'fitted',
						...gammaGamma.params,
						logLikelihood: gammaGamma.logLikelihood,
						standardErrors: gammaGamma.standardErrors,
						customers: gammaGamma.customers,
						populationMeanSpend: gammaGamma.populationMeanSpend
					}
				: gammaGamma,
		spendLeftOut: { onePurchase: oneTimeBuyers, spendNotPositive },
		oneTimeBuyers,
		totals,
		holdout: result.holdout && {
			lengthDays: result.holdout.lengthDays,
			actual: result.holdout.actual,
			predicted: result.holdout.predicted,
			byFrequency: result.holdout.byFrequency
		},
		tracking: result.tracking && {
			points: result.tracking.points.map((point) => ({
				week: point.week,
				endDate: formatDay(point.endDay),
				actual: point.actual,
				expected: point.expected
			})),
			cutoffIndex: result.tracking.cutoffIndex
		}
	};
}
