/**
 * The Value view's handlers: the shared customer table, then the engine's Value session
 * (`engine/value/value-session.ts`) and explanation. When asked, the top-N list gets each
 * customer's predicted value from the lifetime-value fit kept in the shared `ClvMemo` (the joined
 * fit, calibrated to the table's last day analysed), joined by the `customers/clv-columns.ts`
 * adapter.
 */
import { ClvMemo } from '../../engine/clv/clv-session';
import { joinedClvOptions, predictedValueOf } from '../../engine/customers/clv-columns';
import { exportAbcClassCsv, listAbcClass } from '../../engine/value/abc-members';
import { explainCustomer } from '../../engine/value/explain-customer';
import { analyseValue, topCustomersFile, ValueMemo } from '../../engine/value/value-session';
import {
	hooksOf,
	openTable,
	type Datasets,
	type HandlerContext,
	type HandlersOf
} from '../datasets';
import type { ValueInput, ValueProtocol } from './protocol';

export function createValueHandlers(
	datasets: Datasets,
	fits = new ClvMemo()
): HandlersOf<ValueProtocol> {
	const memo = new ValueMemo();
	datasets.onRelease(() => memo.clear());

	async function prepare(input: ValueInput, context: HandlerContext) {
		const { dataset, customers } = await openTable(datasets, input);
		const computation = memo.get(customers, input.options);
		const { summary, orders } = dataset;
		const predict = async () =>
			predictedValueOf(
				await fits.result(
					summary.id,
					orders,
					joinedClvOptions(input.table.analysisDate),
					hooksOf(context)
				),
				customers
			);
		return { dataset, computation, predict };
	}

	return {
		async analyseValue(input, context) {
			const { dataset, computation, predict } = await prepare(input, context);
			return analyseValue(computation, dataset.orders, input.options, predict);
		},
		async exportTopCustomers(input, context) {
			const { dataset, computation, predict } = await prepare(input, context);
			return topCustomersFile(
				computation,
				input.options,
				dataset.summary.name,
				input.currency,
				predict
			);
		},
		async customerDetail(input, context) {
			const { dataset, computation } = await prepare(input, context);
			return explainCustomer(computation, dataset.orders, input.customerId);
		},
		async listAbcCustomers(input, context) {
			const { computation } = await prepare(input, context);
			return listAbcClass(computation, input.abcClass, input.query);
		},
		async exportAbcClass(input, context) {
			const { dataset, computation } = await prepare(input, context);
			return exportAbcClassCsv(computation, dataset.summary.name, input.currency, input.abcClass);
		}
	};
}
