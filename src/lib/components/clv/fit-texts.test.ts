import { afterEach, describe, expect, it } from 'vitest';
import {
	describeFitFailure,
	describeFitWarning,
	type FitFailureCause,
	type FitFailureCode,
	type FitWarning
} from '$lib/engine/clv/fit-failure';
import { locale } from '$lib/i18n/locale.svelte';
import { CLV_PHASE_MESSAGES } from '$lib/engine/clv/clv-session';
import { en as clvEn } from '$lib/i18n/messages/clv';
import { fitFailureTexts, fitProgress, fitWarningText } from './fit-texts';

afterEach(() => {
	locale.current = 'en';
});

/** One cause of every code: the record fails the type check when a code is missing. */
const CAUSE: { [Code in FitFailureCode]: Extract<FitFailureCause, { code: Code }> } = {
	'invalid-options': { code: 'invalid-options', problems: ['The horizon must be above 0.'] },
	'no-order-lines': { code: 'no-order-lines' },
	'no-purchase-day': { code: 'no-purchase-day' },
	'no-purchase-before-cutoff': { code: 'no-purchase-before-cutoff', firstDay: 10_000 },
	'too-few-customers': { code: 'too-few-customers', customers: 1 },
	'no-repeat-purchases': { code: 'no-repeat-purchases' },
	'no-time-observed': { code: 'no-time-observed' },
	'likelihood-not-evaluated': { code: 'likelihood-not-evaluated' },
	'parameters-at-limit': { code: 'parameters-at-limit', parameters: ['r', 'α'] },
	'likelihood-not-finite': { code: 'likelihood-not-finite' },
	'too-few-spenders': { code: 'too-few-spenders', customers: 0 },
	'spend-likelihood-not-evaluated': { code: 'spend-likelihood-not-evaluated' },
	'spend-not-settled': { code: 'spend-not-settled' },
	'spend-infinite-mean': { code: 'spend-infinite-mean' },
	'no-prediction': { code: 'no-prediction' },
	'unknown-customer': { code: 'unknown-customer', customerId: 'c-17' },
	'customer-after-cutoff': { code: 'customer-after-cutoff', customerId: 'c-17', cutoffDay: 10_134 }
};

const WARNINGS: FitWarning[] = [
	{ code: 'same-dropout', dropout: 0.123456 },
	{ code: 'same-rate', rate: 0.04567 },
	{ code: 'extreme-parameters', parameters: ['a'] },
	{ code: 'extreme-parameters', parameters: ['r', 'b'] }
];

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const failureOf = (cause: FitFailureCause) => ({ ...describeFitFailure(cause), cause });

describe('fitFailureTexts', () => {
	it.each(Object.values(CAUSE))('words %o in English exactly as the engine does', (cause) => {
		expect(fitFailureTexts(failureOf(cause))).toEqual(describeFitFailure(cause));
	});

	it.each(Object.values(CAUSE))('words %o in Urdu', (cause) => {
		locale.current = 'ur';
		const { reason, suggestion } = fitFailureTexts(failureOf(cause));
		expect(reason).toMatch(ARABIC_SCRIPT);
		expect(suggestion).toMatch(ARABIC_SCRIPT);
	});

	it('keeps the text of a failure that has no code', () => {
		locale.current = 'ur';
		expect(fitFailureTexts({ reason: 'no data', suggestion: 'load a file' })).toEqual({
			reason: 'no data',
			suggestion: 'load a file'
		});
	});

	it('keeps a customer id whole in the Urdu sentence', () => {
		locale.current = 'ur';
		expect(fitFailureTexts(failureOf(CAUSE['unknown-customer'])).reason).toContain(
			'\u2068c-17\u2069'
		);
	});
});

describe('fitWarningText', () => {
	it.each(WARNINGS)('words %o in English exactly as the engine does', (warning) => {
		expect(fitWarningText(warning)).toBe(describeFitWarning(warning));
	});

	it.each(WARNINGS)('words %o in Urdu', (warning) => {
		locale.current = 'ur';
		expect(fitWarningText(warning)).toMatch(ARABIC_SCRIPT);
	});

	it('writes the drop-out probability in Urdu to three significant digits', () => {
		locale.current = 'ur';
		expect(fitWarningText({ code: 'same-dropout', dropout: 0.123456 })).toContain('0.123');
	});
});

describe('fitProgress', () => {
	it('knows every phase the engine reports, with the engine’s English', () => {
		expect(clvEn.phases).toEqual(CLV_PHASE_MESSAGES);
	});

	it('words each phase in Urdu and keeps another line as it is', () => {
		locale.current = 'ur';
		expect(fitProgress(CLV_PHASE_MESSAGES.holdout)).toBe('جانچ کی مدت سے موازنہ ہو رہا ہے');
		expect(fitProgress(CLV_PHASE_MESSAGES['gamma-gamma'])).toMatch(/^Gamma-Gamma فٹ ہو رہا ہے/);
		expect(fitProgress('Building the customer table')).toBe('Building the customer table');
		expect(fitProgress(null)).toBeNull();
	});
});
