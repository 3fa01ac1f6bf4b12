/**
 * The Segments view's handlers: the shared customer table, then the engine's Segments pipeline
 * (with its memo, so a changed cut point or rule only re-scores and re-summarises), report,
 * explanation and exports.
 */
import { computeSegments, SegmentsMemo } from '../../engine/segments/compute-segments';
import { explainSegmentCustomer } from '../../engine/segments/explain-segment-customer';
import { exportSegmentsCsv } from '../../engine/segments/export-segments';
import { parseSegmentRules, serialiseSegmentRules } from '../../engine/segments/segment-rules';
import type { RfmDimension } from '../../engine/segments/rfm';
import { buildSegmentsReport } from '../../engine/segments/segments-report';
import { buildSegmentsSql } from '../../engine/sql/build-segments-sql';
import { DEFAULT_TABLE_COLUMNS, type SqlTableSource } from '../../engine/sql/sql-options';
import { safeFileName } from '../../engine/tables/file-name';
import { formatDay } from '../../engine/tables/orders-table';
import { openTable, type Datasets, type HandlersOf } from '../datasets';
import type { SegmentsInput, SegmentsProtocol } from './protocol';

/** The table the exported SQL reads: `orders`, with the default names of the columns the data has. */
const SQL_TABLE = 'orders';

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
			return exportSegmentsCsv(computation, dataset.summary.name, input.segment, input.cells);
		},

		async exportSegmentsSql(input) {
			const { dataset, customers } = await openTable(datasets, input);
			const computation = computeSegments(customers, input.options, memo);
			const { orders } = dataset;
			const optional = (present: boolean, name: string) => (present ? name : null);
			const source: SqlTableSource = {
				kind: 'table',
				table: SQL_TABLE,
				columns: {
					customer: DEFAULT_TABLE_COLUMNS.customer,
					date: DEFAULT_TABLE_COLUMNS.date,
					amount: DEFAULT_TABLE_COLUMNS.amount,
					order: DEFAULT_TABLE_COLUMNS.order,
					cost: optional(orders.cost !== null, DEFAULT_TABLE_COLUMNS.cost),
					discounted: optional(orders.discounted !== null, DEFAULT_TABLE_COLUMNS.discounted),
					category: optional(orders.category !== null, DEFAULT_TABLE_COLUMNS.category),
					// The line's place in the original file is not a column a warehouse keeps.
					line: null
				}
			};
			const { rfm } = computation;
			// Recomputed: the quantiles in SQL, except cut points the user typed (kept as literals).
			const cutPoints = (dimension: RfmDimension) =>
				input.recompute && !input.options.cutPoints[dimension]
					? null
					: [...rfm.cutPoints[dimension]];
			const sql = buildSegmentsSql({
				dialect: input.dialect,
				source,
				analysisDate: formatDay(customers.analysisDay),
				startDate: input.table.startDate,
				valueBasis: customers.valueBasis,
				bins: input.options.bins,
				cutPoints: {
					recency: cutPoints('recency'),
					frequency: cutPoints('frequency'),
					monetary: cutPoints('monetary')
				},
				rules: computation.rules,
				pattern: input.options.pattern,
				tags: input.options.tags
			});
			const policy = input.recompute ? 'recomputed' : 'frozen';
			return {
				fileName: `${safeFileName(dataset.summary.name)}-segments-${input.dialect}-${policy}.sql`,
				text: sql.text,
				leftOut: sql.leftOut,
				exactSums: sql.exactSums,
				table: SQL_TABLE,
				columns: { ...source.columns }
			};
		},

		async parseRules({ text }) {
			return parseSegmentRules(text);
		},

		async serialiseRules({ rules }) {
			return serialiseSegmentRules(parseSegmentRules(rules));
		}
	};
}
