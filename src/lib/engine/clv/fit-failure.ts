/**
 * Why a model could not be fitted, and what the user can change: the CLV family never shows NaN.
 * Each failure carries its `cause` (a code and the figures of its sentence) beside the English
 * `reason` and `suggestion`, so the interface can word it in the reader's language; the CLI prints
 * the English.
 */
import { formatDay } from '../tables/orders-table';

/** What went wrong, by code, with the values the sentence needs. */
export type FitFailureCause =
	| { code: 'invalid-options'; problems: string[] }
	| { code: 'no-order-lines' }
	| { code: 'no-purchase-day' }
	| { code: 'no-purchase-before-cutoff'; firstDay: number }
	| { code: 'too-few-customers'; customers: number }
	| { code: 'no-repeat-purchases' }
	| { code: 'no-time-observed' }
	| { code: 'likelihood-not-evaluated' }
	| { code: 'parameters-at-limit'; parameters: string[] }
	| { code: 'likelihood-not-finite' }
	| { code: 'too-few-spenders'; customers: number }
	| { code: 'spend-likelihood-not-evaluated' }
	| { code: 'spend-not-settled' }
	| { code: 'spend-infinite-mean' }
	| { code: 'no-prediction' }
	| { code: 'unknown-customer'; customerId: string }
	| { code: 'customer-after-cutoff'; customerId: string; cutoffDay: number };

export type FitFailureCode = FitFailureCause['code'];

export interface FitFailure {
	status: 'failed';
	reason: string;
	suggestion: string;
	/** The reason's code and values; absent on failures built from text only. */
	cause?: FitFailureCause;
}

/** A `FitFailure` with its reason (what went wrong) and suggestion (what to try). */
export function fitFailure(reason: string, suggestion: string): FitFailure {
	return { status: 'failed', reason, suggestion };
}

/** The `FitFailure` of `cause`, with its English reason and suggestion. */
export function failedFit(cause: FitFailureCause): FitFailure {
	return { status: 'failed', ...describeFitFailure(cause), cause };
}

/** The English reason (what went wrong) and suggestion (what to try) of `cause`. */
export function describeFitFailure(cause: FitFailureCause): { reason: string; suggestion: string } {
	switch (cause.code) {
		case 'invalid-options':
			return { reason: cause.problems.join(' '), suggestion: 'correct the options' };
		case 'no-order-lines':
			return { reason: 'the file has no order lines', suggestion: 'load an orders file' };
		case 'no-purchase-day':
			return {
				reason:
					'no customer has a purchase day (a day with a line of amount ≥ 0) on or before the cut-off',
				suggestion: 'choose a calibration end after the first purchases'
			};
		case 'no-purchase-before-cutoff':
			return {
				reason: `no customer made a purchase on or before the cut-off; the first purchase is on ${formatDay(cause.firstDay)}`,
				suggestion: 'choose a calibration end after the first purchases'
			};
		case 'too-few-customers':
			return {
				reason: `only ${cause.customers} customer bought before the cut-off`,
				suggestion:
					'choose a later calibration cut-off or load more customers; the model needs a population'
			};
		case 'no-repeat-purchases':
			return {
				reason: 'no customer bought again before the cut-off (every customer has one purchase day)',
				suggestion: 'choose a later calibration cut-off; BG/NBD learns from repeat purchases'
			};
		case 'no-time-observed':
			return {
				reason: 'every customer started on the cut-off day, so no time was observed',
				suggestion: 'choose a later calibration cut-off'
			};
		case 'likelihood-not-evaluated':
			return {
				reason: 'the likelihood could not be evaluated from any starting point',
				suggestion:
					'check the calibration period: it needs customers with purchases spread over time'
			};
		case 'parameters-at-limit':
			return {
				reason: `the best fit sends ${cause.parameters.join(', ')} towards 0 or infinity: the data do not determine the model`,
				suggestion:
					'use a longer calibration period or more customers (BG/NBD needs both repeat buyers and customers who stopped)'
			};
		case 'likelihood-not-finite':
			return {
				reason: 'the fitted likelihood is not finite',
				suggestion: 'check for extreme dates or a cut-off outside the data'
			};
		case 'too-few-spenders':
			return {
				reason: `only ${cause.customers} customer has repeat purchases with a positive spend`,
				suggestion: 'choose a later calibration cut-off; spend is modelled from repeat purchases'
			};
		case 'spend-likelihood-not-evaluated':
			return {
				reason: 'the spend likelihood could not be evaluated',
				suggestion: 'check the amounts of repeat purchases'
			};
		case 'spend-not-settled':
			return {
				reason:
					'the spend model does not settle: spends per customer barely vary, or vary without limit',
				suggestion: LARGEST_SPENDS
			};
		case 'spend-infinite-mean':
			return {
				reason:
					'the fitted spend distribution has no finite mean (q ≤ 1): a few customers spend extremely more than the rest',
				suggestion: LARGEST_SPENDS
			};
		case 'no-prediction':
			return { reason: 'the model gave no prediction', suggestion: 'fit again' };
		case 'unknown-customer':
			return {
				reason: `there is no customer ${cause.customerId}`,
				suggestion: 'check the customer id'
			};
		case 'customer-after-cutoff':
			return {
				reason: `customer ${cause.customerId} has no purchase on or before the cut-off ${formatDay(cause.cutoffDay)}`,
				suggestion: 'choose a later calibration end to predict this customer'
			};
	}
}

const LARGEST_SPENDS =
	'look at the largest spends (a data error, or business customers mixed with consumers) and consider leaving them out';

/** A degenerate but usable optimum of the BG/NBD fit, by code, with its figures. */
export type FitWarning =
	| { code: 'same-dropout'; dropout: number }
	| { code: 'same-rate'; rate: number }
	| { code: 'extreme-parameters'; parameters: string[] };

/** The English sentence of `warning`. */
export function describeFitWarning(warning: FitWarning): string {
	switch (warning.code) {
		case 'same-dropout':
			return `Drop-out hardly differs between customers: a and b are very large, so every customer has about the same drop-out probability after a purchase, ${warning.dropout.toPrecision(3)}.`;
		case 'same-rate':
			return `Purchase rates hardly differ between customers: r and α are very large, so every active customer buys at about the same rate, ${warning.rate.toPrecision(3)} per unit of time.`;
		case 'extreme-parameters': {
			const { parameters } = warning;
			return `${parameters.join(', ')} reached an extreme value: the data barely determine ${parameters.length > 1 ? 'them' : 'it'}; predictions remain usable, standard errors may be missing.`;
		}
	}
}
