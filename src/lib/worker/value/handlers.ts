/**
 * The Value view's handlers: the shared customer table, then the engine's Value computation,
 * report, export and explanation. The last computation is kept for the table it was made on.
 */
import type { CustomerTable } from '../../engine/customers/customer-table';
import { computeValue, type ValueComputation } from '../../engine/value/compute-value';
import { explainCustomer } from '../../engine/value/explain-customer';
import { exportTopCustomers } from '../../engine/value/export-value';
import { validateValueOptions } from '../../engine/value/value-options';
import { buildValueReport } from '../../engine/value/value-report';
import { openTable, type Datasets, type HandlersOf } from '../datasets';
import type { ValueInput, ValueProtocol } from './protocol';

export function createValueHandlers(datasets: Datasets): HandlersOf<ValueProtocol> {
	let last: ValueComputation | null = null;
	datasets.onRelease(() => (last = null));
	const computationOf = (customers: CustomerTable) =>
		last?.customers === customers ? last : (last = computeValue(customers));

	async function prepare(input: ValueInput) {
		validateValueOptions(input.options);
		const { dataset, customers } = await openTable(datasets, input);
		return { dataset, computation: computationOf(customers) };
	}

	return {
		async analyseValue(input) {
			const { dataset, computation } = await prepare(input);
			return buildValueReport(computation, dataset.orders, input.options);
		},

		async exportTopCustomers(input) {
			const { dataset, computation } = await prepare(input);
			return exportTopCustomers(computation, input.options.topN, dataset.summary.name);
		},

		async customerDetail(input) {
			const { dataset, computation } = await prepare(input);
			return explainCustomer(computation, dataset.orders, input.customerId);
		}
	};
}
