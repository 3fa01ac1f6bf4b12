/**
 * The Segments view's handlers: the shared customer table, then the engine's Segments pipeline
 * (with its memo, so a changed cut point or rule only re-scores and re-summarises), report,
 * explanation and exports; the method as SQL through the engine's SQL session
 * (`engine/sql/segments-sql-session.ts`), with the Profit view's costs when the page sends them.
 */
import { computeSegments, SegmentsMemo } from '../../engine/segments/compute-segments';
import { explainSegmentCustomer } from '../../engine/segments/explain-segment-customer';
import { exportSegmentGroupCsv, exportSegmentsCsv } from '../../engine/segments/export-segments';
import { listSegmentGroup } from '../../engine/segments/segment-members';
import { parseSegmentRules, serialiseSegmentRules } from '../../engine/segments/segment-rules';
import { buildSegmentsReport } from '../../engine/segments/segments-report';
import { segmentsSqlFile } from '../../engine/sql/segments-sql-session';
import { contributionCostsOf, profitSettingsOf } from '../../engine/profit/profit-settings';
import { openTable, type Datasets, type HandlersOf } from '../datasets';
import type { SegmentsInput, SegmentsProtocol } from './protocol';

export function createSegmentHandlers(datasets: Datasets): HandlersOf<SegmentsProtocol> {
	const memo = new SegmentsMemo();
	datasets.onRelease(() => memo.clear());

	async function computationFor(input: SegmentsInput) {
		const { dataset, customers } = await openTable(datasets, input);
		return { dataset, computation: computeSegments(customers, input.options, memo) };
	}

	return {
		async analyseSegments(input) {
			const start = performance.now();
			const { computation } = await computationFor(input);
			return { ...buildSegmentsReport(computation), computeMs: performance.now() - start };
		},

		async explainCustomer(input) {
			const { computation } = await computationFor(input);
			return explainSegmentCustomer(computation, input.customerId);
		},

		async exportSegments(input) {
			const { dataset, computation } = await computationFor(input);
			return exportSegmentsCsv(
				computation,
				dataset.summary.name,
				input.currency,
				input.segment,
				input.cells
			);
		},

		async listSegmentCustomers(input) {
			const { computation } = await computationFor(input);
			return listSegmentGroup(computation, input.group, input.query);
		},

		async exportSegmentGroup(input) {
			const { dataset, computation } = await computationFor(input);
			return exportSegmentGroupCsv(computation, dataset.summary.name, input.currency, input.group);
		},

		async exportSegmentsSql(input) {
			const { dataset, computation } = await computationFor(input);
			const { orders, attributes, summary } = dataset;
			// The Profit view's costs, when set, add the contribution column (as `sieve sql --settings`).
			const profit = profitSettingsOf(input.profit ?? null);
			const costs = profit && contributionCostsOf(profit, { hasCostColumn: orders.cost !== null });
			return segmentsSqlFile(computation, orders, attributes, summary.name, {
				dialect: input.dialect,
				recompute: input.recompute,
				options: input.options,
				startDate: input.table.startDate,
				contribution: profit && costs ? { costs, by: profit.by } : null
			});
		},

		async parseRules({ text }) {
			return parseSegmentRules(text);
		},

		async serialiseRules({ rules }) {
			return serialiseSegmentRules(parseSegmentRules(rules));
		}
	};
}
