/**
 * Requests of the Value view (family 1): the report (with the predicted value of the top-N list
 * from the lifetime-value fit, when asked), the top-N CSV and one customer's detail.
 * The answers are the engine's own (`engine/value/`), the same the CLI prints.
 */
import type { CustomerDetail } from '../../engine/value/explain-customer';
import type { ValueOptions } from '../../engine/value/value-options';
import type { PredictedValue, ValueAnalysis } from '../../engine/value/value-session';
import type { CsvFile } from '../../engine/tables/csv-export';
import type { CustomerListPage, CustomerListQuery } from '../../engine/customers/customer-list';
import type { AbcClass } from '../../engine/value/pareto';
import type { TableInput } from '../data/protocol';

export interface ValueInput extends TableInput {
	options: ValueOptions;
}

export type { PredictedValue, ValueAnalysis };

export interface ValueProtocol {
	analyseValue: { input: ValueInput; output: ValueAnalysis };
	exportTopCustomers: {
		input: ValueInput;
		output: CsvFile;
	};
	customerDetail: { input: ValueInput & { customerId: string }; output: CustomerDetail };
	/** One page of an ABC class's customers (issue 20's lists), and the class as CSV. */
	listAbcCustomers: {
		input: ValueInput & { abcClass: AbcClass; query: CustomerListQuery };
		output: CustomerListPage;
	};
	exportAbcClass: { input: ValueInput & { abcClass: AbcClass }; output: CsvFile };
}
