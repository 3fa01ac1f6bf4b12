/**
 * The Lifetime value view's handlers: the engine's `computeClv` on the dataset's order lines (its
 * phases reported as progress), then its report, grid, distribution, ranking and CSV. The last
 * result is kept for the dataset and options it was computed for, so searching and exporting do
 * not fit again.
 */
import { buildCohortAliveGrid } from '../../engine/clv/alive-grid';
import { buildClvReport } from '../../engine/clv/clv-report';
import { computeClv, type ClvPhase, type ClvResult } from '../../engine/clv/compute-clv';
import type { FitFailure } from '../../engine/clv/fit-failure';
import { clvCustomerPage, rankClvCustomers, rankedClvRows } from '../../engine/clv/rank-customers';
import { binValues } from '../../engine/clv/value-distribution';
import { toCsv } from '../../engine/tables/csv-export';
import { safeFileName } from '../../engine/tables/file-name';
import type { OrdersTable } from '../../engine/tables/orders-table';
import { type Datasets, type HandlerContext, type HandlersOf } from '../datasets';
import type { ClvInput, ClvProtocol } from './protocol';

const PHASE_MESSAGES: Record<ClvPhase, string> = {
	transactions: 'Summarising purchase days',
	bgnbd: 'Fitting BG/NBD (purchases and drop-out)',
	'gamma-gamma': 'Fitting Gamma-Gamma (spend per purchase)',
	customers: 'Predicting each customer',
	holdout: 'Checking the holdout'
};

interface Computed {
	orders: OrdersTable;
	key: string;
	name: string;
	result: ClvResult | FitFailure;
	order: Int32Array | null;
}

export function createClvHandlers(datasets: Datasets): HandlersOf<ClvProtocol> {
	let last: Computed | null = null;

	async function computed(input: ClvInput, context: HandlerContext): Promise<Computed> {
		const dataset = await datasets.open(input.datasetId);
		const key = JSON.stringify(input.options);
		if (last?.orders === dataset.orders && last.key === key) return last;
		last = null;
		const result = computeClv(dataset.orders, input.options, (phase) =>
			context.progress({ phase, message: PHASE_MESSAGES[phase] })
		);
		const order =
			result.status === 'computed'
				? rankClvCustomers(result, dataset.orders.customer.values)
				: null;
		last = { orders: dataset.orders, key, name: dataset.summary.name, result, order };
		return last;
	}

	return {
		async analyseClv(input, context) {
			const { result } = await computed(input, context);
			if (result.status !== 'computed') return result;
			const { bgnbd, customers } = result;
			return {
				status: 'computed',
				report: buildClvReport(result),
				warnings: bgnbd.status === 'fitted' ? bgnbd.warnings : [],
				grid: buildCohortAliveGrid(result),
				distribution: customers?.clv ? binValues(customers.clv) : null
			};
		},

		async clvCustomers(input, context) {
			const { orders, result, order } = await computed(input, context);
			if (result.status !== 'computed' || !order) return result as FitFailure;
			const limit = Math.max(1, Math.min(1000, Math.floor(input.limit)));
			return clvCustomerPage(result, orders.customer.values, order, input.query, limit);
		},

		async exportClvCustomers(input, context) {
			const { orders, name, result, order } = await computed(input, context);
			if (result.status !== 'computed' || !order) return result as FitFailure;
			const rows = rankedClvRows(result, orders.customer.values, order);
			return {
				fileName: `${safeFileName(name)}-lifetime-value.csv`,
				csv: toCsv(rows),
				rows: rows.length - 1
			};
		}
	};
}
