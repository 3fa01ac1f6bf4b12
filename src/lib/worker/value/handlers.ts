/**
 * The Value view's handlers: the shared customer table, then the engine's Value computation,
 * report, export and explanation. The last computation is kept for the table it was made on.
 * When asked, the top-N list gets each customer's predicted value (next 365 days) from the
 * lifetime-value fit kept in `clv/clv-memo.ts` (default periods), or is ranked by it.
 */
import type { CustomerTable } from '../../engine/customers/customer-table';
import { computeValue, type ValueComputation } from '../../engine/value/compute-value';
import { explainCustomer } from '../../engine/value/explain-customer';
import { exportTopCustomers } from '../../engine/value/export-value';
import { topCustomers } from '../../engine/value/top-customers';
import { validateValueOptions } from '../../engine/value/value-options';
import { buildValueReport } from '../../engine/value/value-report';
import { formatDay } from '../../engine/tables/orders-table';
import { CLV_PHASE_MESSAGES, clvMemoOf, joinToTable, JOINED_CLV_OPTIONS } from '../clv/clv-memo';
import { openTable, type Datasets, type HandlerContext, type HandlersOf } from '../datasets';
import type { ValueInput, ValueProtocol } from './protocol';

/**
 * Customer-table entries by predicted value, highest first; customers without one (first
 * purchase after the cut-off) last; ties in the value order.
 */
function predictedOrder(predicted: Float64Array, valueOrder: Int32Array): Int32Array {
	const position = new Int32Array(valueOrder.length);
	valueOrder.forEach((entry, rank) => (position[entry] = rank));
	const key = (e: number) => (Number.isNaN(predicted[e]) ? -Infinity : predicted[e]);
	return Int32Array.from(valueOrder).sort((p, q) => key(q) - key(p) || position[p] - position[q]);
}

export function createValueHandlers(datasets: Datasets): HandlersOf<ValueProtocol> {
	let last: ValueComputation | null = null;
	datasets.onRelease(() => (last = null));
	const computationOf = (customers: CustomerTable) =>
		last?.customers === customers ? last : (last = computeValue(customers));
	const clv = clvMemoOf(datasets);

	async function prepare(input: ValueInput) {
		validateValueOptions(input.options);
		const { dataset, customers } = await openTable(datasets, input);
		return { dataset, computation: computationOf(customers) };
	}

	/** The predicted value per customer-table entry (NaN: none), or why the model failed. */
	async function predictedOf(input: ValueInput, context: HandlerContext) {
		const dataset = await datasets.open(input.datasetId);
		const result = await clv.result(dataset, JOINED_CLV_OPTIONS, context.signal, (phase) =>
			context.progress({ phase, message: CLV_PHASE_MESSAGES[phase] })
		);
		if (result.status !== 'computed') return result;
		if (result.bgnbd.status === 'failed') return result.bgnbd;
		if (result.gammaGamma.status === 'failed') return result.gammaGamma;
		return {
			status: 'computed' as const,
			calibrationEnd: formatDay(result.periods.calibrationEndDay),
			horizonDays: result.horizonDays,
			join: (customers: CustomerTable) => joinToTable(result, customers, 'clv')
		};
	}

	return {
		async analyseValue(input, context) {
			const { dataset, computation } = await prepare(input);
			const report = buildValueReport(computation, dataset.orders, input.options);
			const mode = input.options.predicted ?? 'off';
			if (mode === 'off') return { ...report, predicted: null };
			const predicted = await predictedOf(input, context);
			if (predicted.status !== 'computed') {
				const { reason, suggestion } = predicted;
				return { ...report, predicted: { status: 'failed', reason, suggestion } };
			}
			const values = predicted.join(computation.customers);
			let top = report.top;
			if (mode === 'rank') {
				const { customers, pareto } = computation;
				const order = predictedOrder(values, pareto.order);
				top = topCustomers(customers, { ...pareto, order }, { n: input.options.topN }).map(
					({ index: _index, ...row }) => row
				);
			}
			const entry = new Map(computation.customers.ids.map((id, e) => [id, e]));
			return {
				...report,
				top,
				predicted: {
					status: 'computed',
					calibrationEnd: predicted.calibrationEnd,
					horizonDays: predicted.horizonDays,
					ranked: mode === 'rank',
					values: top.map((row) => {
						const v = values[entry.get(row.id)!];
						return Number.isNaN(v) ? null : v;
					})
				}
			};
		},

		async exportTopCustomers(input, context) {
			const { dataset, computation } = await prepare(input);
			if (input.options.predicted === 'rank') {
				// The same list the page shows: ranked by predicted value.
				const predicted = await predictedOf(input, context);
				if (predicted.status === 'computed') {
					const values = predicted.join(computation.customers);
					const order = predictedOrder(values, computation.pareto.order);
					const ranked = { ...computation, pareto: { ...computation.pareto, order } };
					return exportTopCustomers(ranked, input.options.topN, dataset.summary.name);
				}
			}
			return exportTopCustomers(computation, input.options.topN, dataset.summary.name);
		},

		async customerDetail(input) {
			const { dataset, computation } = await prepare(input);
			return explainCustomer(computation, dataset.orders, input.customerId);
		}
	};
}
