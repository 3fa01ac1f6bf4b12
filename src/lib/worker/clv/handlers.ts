/**
 * The Lifetime value view's handlers: the engine's `clvSteps` on the dataset's order lines (its
 * phases reported as progress, Cancel checked between them), then its report, grid, distribution,
 * ranking and CSV. The fit is kept in the shared memo (`clv-memo.ts`), so searching, exporting and
 * the other views' joins do not fit again.
 */
import { buildCohortAliveGrid } from '../../engine/clv/alive-grid';
import { buildClvReport } from '../../engine/clv/clv-report';
import type { ClvResult } from '../../engine/clv/compute-clv';
import type { FitFailure } from '../../engine/clv/fit-failure';
import { clvCustomerPage, rankClvCustomers, rankedClvRows } from '../../engine/clv/rank-customers';
import { binValues } from '../../engine/clv/value-distribution';
import { toCsv } from '../../engine/tables/csv-export';
import { safeFileName } from '../../engine/tables/file-name';
import { type Datasets, type HandlerContext, type HandlersOf } from '../datasets';
import { CLV_PHASE_MESSAGES, clvMemoOf } from './clv-memo';
import type { ClvInput, ClvProtocol } from './protocol';

export function createClvHandlers(datasets: Datasets): HandlersOf<ClvProtocol> {
	const memo = clvMemoOf(datasets);
	/** Each fit's ranking by CLV, made once. */
	const rankings = new WeakMap<ClvResult, Int32Array>();

	async function computed(input: ClvInput, context: HandlerContext) {
		const dataset = await datasets.open(input.datasetId);
		const result = await memo.result(dataset, input.options, context.signal, (phase) =>
			context.progress({ phase, message: CLV_PHASE_MESSAGES[phase] })
		);
		let order: Int32Array | null = null;
		if (result.status === 'computed') {
			order = rankings.get(result) ?? rankClvCustomers(result, dataset.orders.customer.values);
			rankings.set(result, order);
		}
		return { orders: dataset.orders, name: dataset.summary.name, result, order };
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
