import { describe, expect, it } from 'vitest';
import {
	describeFitFailure,
	describeFitWarning,
	failedFit,
	type FitFailureCause
} from './fit-failure';

// The English sentences the CLI printed before the failures carried a code, written out by hand.
describe('describeFitFailure', () => {
	it.each([
		[
			{ code: 'invalid-options', problems: ['The horizon must be a number of days above 0.'] },
			'The horizon must be a number of days above 0.',
			'correct the options'
		],
		[{ code: 'no-order-lines' }, 'the file has no order lines', 'load an orders file'],
		[
			{ code: 'no-purchase-day' },
			'no customer has a purchase day (a day with a line of amount ≥ 0) on or before the cut-off',
			'choose a calibration end after the first purchases'
		],
		[
			{ code: 'no-purchase-before-cutoff', firstDay: 10_000 },
			'no customer made a purchase on or before the cut-off; the first purchase is on 1997-05-19',
			'choose a calibration end after the first purchases'
		],
		[
			{ code: 'too-few-customers', customers: 1 },
			'only 1 customer bought before the cut-off',
			'choose a later calibration cut-off or load more customers; the model needs a population'
		],
		[
			{ code: 'no-repeat-purchases' },
			'no customer bought again before the cut-off (every customer has one purchase day)',
			'choose a later calibration cut-off; BG/NBD learns from repeat purchases'
		],
		[
			{ code: 'no-time-observed' },
			'every customer started on the cut-off day, so no time was observed',
			'choose a later calibration cut-off'
		],
		[
			{ code: 'likelihood-not-evaluated' },
			'the likelihood could not be evaluated from any starting point',
			'check the calibration period: it needs customers with purchases spread over time'
		],
		[
			{ code: 'parameters-at-limit', parameters: ['r', 'α'] },
			'the best fit sends r, α towards 0 or infinity: the data do not determine the model',
			'use a longer calibration period or more customers (BG/NBD needs both repeat buyers and customers who stopped)'
		],
		[
			{ code: 'likelihood-not-finite' },
			'the fitted likelihood is not finite',
			'check for extreme dates or a cut-off outside the data'
		],
		[
			{ code: 'too-few-spenders', customers: 0 },
			'only 0 customer has repeat purchases with a positive spend',
			'choose a later calibration cut-off; spend is modelled from repeat purchases'
		],
		[
			{ code: 'spend-likelihood-not-evaluated' },
			'the spend likelihood could not be evaluated',
			'check the amounts of repeat purchases'
		],
		[
			{ code: 'spend-not-settled' },
			'the spend model does not settle: spends per customer barely vary, or vary without limit',
			'look at the largest spends (a data error, or business customers mixed with consumers) and consider leaving them out'
		],
		[
			{ code: 'spend-infinite-mean' },
			'the fitted spend distribution has no finite mean (q ≤ 1): a few customers spend extremely more than the rest',
			'look at the largest spends (a data error, or business customers mixed with consumers) and consider leaving them out'
		],
		[{ code: 'no-prediction' }, 'the model gave no prediction', 'fit again'],
		[
			{ code: 'unknown-customer', customerId: 'nobody' },
			'there is no customer nobody',
			'check the customer id'
		],
		[
			{ code: 'customer-after-cutoff', customerId: 'late', cutoffDay: 10_134 },
			'customer late has no purchase on or before the cut-off 1997-09-30',
			'choose a later calibration end to predict this customer'
		]
	] satisfies [FitFailureCause, string, string][])(
		'words %o in the English the CLI prints',
		(cause, reason, suggestion) => {
			expect(describeFitFailure(cause)).toEqual({ reason, suggestion });
		}
	);

	it('keeps the cause beside the English texts of a failed fit', () => {
		expect(failedFit({ code: 'too-few-customers', customers: 1 })).toEqual({
			status: 'failed',
			reason: 'only 1 customer bought before the cut-off',
			suggestion:
				'choose a later calibration cut-off or load more customers; the model needs a population',
			cause: { code: 'too-few-customers', customers: 1 }
		});
	});
});

describe('describeFitWarning', () => {
	it('words equal drop-out with the probability to three significant digits', () => {
		expect(describeFitWarning({ code: 'same-dropout', dropout: 0.123456 })).toBe(
			'Drop-out hardly differs between customers: a and b are very large, so every customer has about the same drop-out probability after a purchase, 0.123.'
		);
	});

	it('words equal purchase rates with the rate to three significant digits', () => {
		expect(describeFitWarning({ code: 'same-rate', rate: 0.04567 })).toBe(
			'Purchase rates hardly differ between customers: r and α are very large, so every active customer buys at about the same rate, 0.0457 per unit of time.'
		);
	});

	it('words one extreme parameter as "it" and several as "them"', () => {
		expect(describeFitWarning({ code: 'extreme-parameters', parameters: ['a'] })).toBe(
			'a reached an extreme value: the data barely determine it; predictions remain usable, standard errors may be missing.'
		);
		expect(describeFitWarning({ code: 'extreme-parameters', parameters: ['r', 'b'] })).toBe(
			'r, b reached an extreme value: the data barely determine them; predictions remain usable, standard errors may be missing.'
		);
	});
});
