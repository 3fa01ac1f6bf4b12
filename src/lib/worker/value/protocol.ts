/**
 * Requests of the Value view (family 1): the report (with the predicted value of the top-N list
 * from the lifetime-value fit, when asked), the top-N CSV and one customer's detail.
 * The answers are the engine's own (`engine/value/`), the same the CLI prints.
 */
import type { CustomerDetail } from '../../engine/value/explain-customer';
import type { ValueOptions } from '../../engine/value/value-options';
import type { ValueReport } from '../../engine/value/value-report';
import type { TableInput } from '../data/protocol';

export interface ValueInput extends TableInput {
	options: ValueOptions;
}

/**
 * The top-N list's predicted value (options.predicted 'show' or 'rank'): CLV over the next
 * `horizonDays` after `calibrationEnd`, from the lifetime-value fit with its default periods.
 */
export type PredictedValue =
	| {
			status: 'computed';
			/** Last day (`YYYY-MM-DD`) of the purchases the model was fitted on. */
			calibrationEnd: string;
			horizonDays: number;
			/** Whether the top-N list is ranked by it (else by value, as always). */
			ranked: boolean;
			/** Per row of `top`, in order; null for a customer whose first purchase is after the cut-off. */
			values: (number | null)[];
	  }
	| { status: 'failed'; reason: string; suggestion: string };

/** The Value report, with the predicted value when asked for (null otherwise). */
export interface ValueAnalysis extends ValueReport {
	predicted: PredictedValue | null;
}

export interface ValueProtocol {
	analyseValue: { input: ValueInput; output: ValueAnalysis };
	exportTopCustomers: {
		input: ValueInput;
		output: { fileName: string; csv: string; rows: number };
	};
	customerDetail: { input: ValueInput & { customerId: string }; output: CustomerDetail };
}
