/**
 * The Value view's pipeline, as the worker runs it: `ValueMemo` keeps the last computation for the
 * customer table it was made on; then the report with the top-N list's predicted value when the
 * options ask for it, and the top-N file (ranked by predicted value when the page shows it so).
 * The predicted value comes from the lifetime-value fit through the `customers/clv-columns.ts`
 * adapter; this family only receives it as a column, asked for lazily (a fit takes seconds).
 */
import type { CustomerTable } from '../customers/customer-table';
import type { CsvFile } from '../tables/csv-export';
import { LastValue } from '../tables/last-value';
import type { OrdersTable } from '../tables/orders-table';
import { computeValue, type ValueComputation } from './compute-value';
import { exportTopCustomers } from './export-value';
import { topCustomers } from './top-customers';
import { validateValueOptions, type ValueOptions } from './value-options';
import { buildValueReport, type ValueReport } from './value-report';

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

/** The predicted value of every customer-table entry (NaN: none), or why the model failed. */
export type PredictedColumn =
	| { status: 'computed'; calibrationEnd: string; horizonDays: number; values: Float64Array }
	| { status: 'failed'; reason: string; suggestion: string };

/** The last computation, for the same customer table. */
export class ValueMemo {
	readonly #last = new LastValue<ValueComputation>();

	/** Throws a RangeError naming a bad option before any work. */
	get(customers: CustomerTable, options: ValueOptions): ValueComputation {
		validateValueOptions(options);
		return this.#last.get([customers], () => computeValue(customers));
	}

	clear(): void {
		this.#last.clear();
	}
}

/**
 * Customer-table entries by predicted value, highest first; customers without one (first
 * purchase after the cut-off) last; ties in the value order.
 */
export function predictedOrder(predicted: Float64Array, valueOrder: Int32Array): Int32Array {
	const position = new Int32Array(valueOrder.length);
	valueOrder.forEach((entry, rank) => (position[entry] = rank));
	const key = (e: number) => (Number.isNaN(predicted[e]) ? -Infinity : predicted[e]);
	return Int32Array.from(valueOrder).sort((p, q) => key(q) - key(p) || position[p] - position[q]);
}

/** The computation with its Pareto order replaced by the predicted-value order. */
function rankedByPredicted(computation: ValueComputation, values: Float64Array): ValueComputation {
	const order = predictedOrder(values, computation.pareto.order);
	return { ...computation, pareto: { ...computation.pareto, order } };
}

/**
 * The report the page shows; `predict` is called only when `options.predicted` is 'show' or
 * 'rank', and its failure is reported in words beside the report.
 */
export async function analyseValue(
	computation: ValueComputation,
	orders: OrdersTable,
	options: ValueOptions,
	predict: () => Promise<PredictedColumn>
): Promise<ValueAnalysis> {
	const report = buildValueReport(computation, orders, options);
	const mode = options.predicted ?? 'off';
	if (mode === 'off') return { ...report, predicted: null };
	const predicted = await predict();
	if (predicted.status !== 'computed') {
		const { reason, suggestion } = predicted;
		return { ...report, predicted: { status: 'failed', reason, suggestion } };
	}
	const { values } = predicted;
	let top = report.top;
	if (mode === 'rank') {
		const { customers, pareto } = rankedByPredicted(computation, values);
		top = topCustomers(customers, pareto, { n: options.topN }).map(
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
}

/**
 * The top-N list as a CSV file: the list the page shows, so ranked by predicted value when
 * `options.predicted` is 'rank' and the model could be fitted (`predict` is called only then).
 */
export async function topCustomersFile(
	computation: ValueComputation,
	options: ValueOptions,
	datasetName: string,
	currency: string,
	predict: () => Promise<PredictedColumn>
): Promise<CsvFile> {
	if (options.predicted === 'rank') {
		const predicted = await predict();
		if (predicted.status === 'computed') {
			const ranked = rankedByPredicted(computation, predicted.values);
			return exportTopCustomers(ranked, options.topN, datasetName, currency);
		}
	}
	return exportTopCustomers(computation, options.topN, datasetName, currency);
}
