/**
 * The engine's fit failures and warnings in the reader's language: worded by their code through
 * `m.clv` (engine/clv/fit-failure.ts keeps the English for the CLI). A failure without a code
 * keeps its own text.
 */
import type { FitFailureCause, FitWarning } from '$lib/state/clv-analysis.svelte';
import { m } from '$lib/i18n';
import { en as clvEn } from '$lib/i18n/messages/clv';

/** A failed fit as the state keeps it: the English texts and, when known, the code. */
export interface FailureTexts {
	reason: string;
	suggestion: string;
	cause?: FitFailureCause;
}

/** The reason and suggestion of `failure` in the chosen language. */
export function fitFailureTexts(failure: FailureTexts): { reason: string; suggestion: string } {
	const { cause } = failure;
	if (!cause) return { reason: failure.reason, suggestion: failure.suggestion };
	const f = m.clv.fitFailure;
	const s = m.clv.fitSuggestion;
	switch (cause.code) {
		case 'invalid-options':
			return { reason: f.invalidOptions(cause.problems), suggestion: s.correctOptions };
		case 'no-order-lines':
			return { reason: f.noOrderLines, suggestion: s.loadOrders };
		case 'no-purchase-day':
			return { reason: f.noPurchaseDay, suggestion: s.calibrationAfterFirstPurchases };
		case 'no-purchase-before-cutoff':
			return {
				reason: f.noPurchaseBeforeCutoff(cause.firstDay),
				suggestion: s.calibrationAfterFirstPurchases
			};
		case 'too-few-customers':
			return {
				reason: f.tooFewCustomers(cause.customers),
				suggestion: s.laterCutoffOrMoreCustomers
			};
		case 'no-repeat-purchases':
			return { reason: f.noRepeatPurchases, suggestion: s.laterCutoffForRepeats };
		case 'no-time-observed':
			return { reason: f.noTimeObserved, suggestion: s.laterCutoff };
		case 'likelihood-not-evaluated':
			return { reason: f.likelihoodNotEvaluated, suggestion: s.spreadOverTime };
		case 'parameters-at-limit':
			return { reason: f.parametersAtLimit(cause.parameters), suggestion: s.longerPeriod };
		case 'likelihood-not-finite':
			return { reason: f.likelihoodNotFinite, suggestion: s.extremeDates };
		case 'too-few-spenders':
			return { reason: f.tooFewSpenders(cause.customers), suggestion: s.laterCutoffForSpend };
		case 'spend-likelihood-not-evaluated':
			return { reason: f.spendLikelihoodNotEvaluated, suggestion: s.repeatAmounts };
		case 'spend-not-settled':
			return { reason: f.spendNotSettled, suggestion: s.largestSpends };
		case 'spend-infinite-mean':
			return { reason: f.spendInfiniteMean, suggestion: s.largestSpends };
		case 'no-prediction':
			return { reason: f.noPrediction, suggestion: s.fitAgain };
		case 'unknown-customer':
			return { reason: f.unknownCustomer(cause.customerId), suggestion: s.checkCustomerId };
		case 'customer-after-cutoff':
			return {
				reason: f.customerAfterCutoff(cause.customerId, cause.cutoffDay),
				suggestion: s.laterCalibrationEnd
			};
	}
}

/** The sentence of a BG/NBD fit warning in the chosen language. */
export function fitWarningText(warning: FitWarning): string {
	const w = m.clv.fitWarning;
	switch (warning.code) {
		case 'same-dropout':
			return w.sameDropout(warning.dropout);
		case 'same-rate':
			return w.sameRate(warning.rate);
		case 'extreme-parameters':
			return w.extremeParameters(warning.parameters);
	}
}

/**
 * A progress line of the fit in the chosen language: the worker reports each phase with the
 * engine's English (`CLV_PHASE_MESSAGES`, the same as `m.clv.phases` in English); another line
 * keeps its own text.
 */
export function fitProgress(message: string | null): string | null {
	if (message === null) return null;
	const phase = Object.entries(clvEn.phases).find(([, text]) => text === message)?.[0];
	return phase === undefined ? message : (m.clv.phases[phase] ?? message);
}
