/**
 * Requests of the Value view (family 1): the report, the top-N CSV and one customer's detail.
 * The answers are the engine's own (`engine/value/`), the same the CLI prints.
 */
import type { CustomerDetail } from '../../engine/value/explain-customer';
import type { ValueOptions } from '../../engine/value/value-options';
import type { ValueReport } from '../../engine/value/value-report';
import type { TableInput } from '../data/protocol';

export interface ValueInput extends TableInput {
	options: ValueOptions;
}

export interface ValueProtocol {
	analyseValue: { input: ValueInput; output: ValueReport };
	exportTopCustomers: {
		input: ValueInput;
		output: { fileName: string; csv: string; rows: number };
	};
	customerDetail: { input: ValueInput & { customerId: string }; output: CustomerDetail };
}
