/**
 * The Movement view's handlers: the engine builds the customer table at each of the two dates
 * (`computeMovement`), then the report, a page of a cell's customers, or its CSV. The tables are
 * the movement's own, not the shared cache's (which holds the one table at the analysis date):
 * the last movement is kept for its dataset, table choice and options, so listing and exporting a
 * cell after the chart reuse it. Memory: two customer tables (≈ 2 × the shared one) while the
 * Movement view is in use.
 */
import { parseCustomerTableChoice } from '../../engine/customers/customer-table-choice';
import { computeMovement, type MovementResult } from '../../engine/movement/compute-movement';
import { movementExportRows } from '../../engine/movement/export-movement';
import { listMovementCustomers } from '../../engine/movement/list-movement-customers';
import { describeMovement } from '../../engine/movement/movement-report';
import { toCsv } from '../../engine/tables/csv-export';
import { safeFileName } from '../../engine/tables/file-name';
import type { Datasets, HandlerContext, HandlersOf } from '../datasets';
import type { MovementInput, MovementProtocol } from './protocol';

export function createMovementHandlers(datasets: Datasets): HandlersOf<MovementProtocol> {
	let last: { key: string; result: MovementResult } | null = null;

	async function movementFor(input: MovementInput, context: HandlerContext) {
		const dataset = await datasets.open(input.datasetId);
		const key = JSON.stringify([input.datasetId, input.table, input.options]);
		if (last?.key === key) return { dataset, result: last.result };
		// Let the previous pair of tables go before building the next one.
		last = null;
		context.progress({ phase: 'customers', message: 'Building the customer tables at both dates' });
		const tableOptions = parseCustomerTableChoice(input.table);
		const result = computeMovement(dataset.orders, input.options, {
			tableOptions,
			attributes: dataset.attributes
		});
		last = { key, result };
		return { dataset, result };
	}

	return {
		async analyseMovement(input, context) {
			const { result } = await movementFor(input, context);
			return describeMovement(result);
		},

		async listMovementCustomers(input, context) {
			const { result } = await movementFor(input, context);
			return listMovementCustomers(result, input.query);
		},

		async exportMovementCustomers(input, context) {
			const { dataset, result } = await movementFor(input, context);
			const { from, to } = input.cell;
			const rows = movementExportRows(result, {
				from: from ?? undefined,
				to: to ?? undefined
			});
			const part = (slug: string | null) => safeFileName(slug ?? 'any', 30);
			return {
				fileName: `${safeFileName(dataset.summary.name)}-movement-${part(from)}-to-${part(to)}.csv`,
				csv: toCsv(rows),
				rows: rows.length - 1
			};
		}
	};
}
