/**
 * The Movement view's pipeline, as the worker runs it: the customer table at each of the two dates
 * (`computeMovement`) kept for the orders, customer-table choice and options it was made on — the
 * movement's own pair of tables, not the shared one at the analysis date (memory: ≈ 2 × the shared
 * table while the view is in use) — so listing and exporting a cell after the chart reuse it; and
 * a cell's customers as a CSV file.
 */
import {
	parseCustomerTableChoice,
	type CustomerTableChoice
} from '../customers/customer-table-choice';
import { toCsv, type CsvFile } from '../tables/csv-export';
import { safeFileName } from '../tables/file-name';
import type { AttributesTable, OrdersTable } from '../tables/orders-table';
import { computeMovement, type MovementResult } from './compute-movement';
import { movementExportRows } from './export-movement';
import type { MovementOptions } from './movement-options';

/** A flow or cell: group slugs at the from- and the to-date, null = any. */
export interface MovementCell {
	from: string | null;
	to: string | null;
}

/** The last movement, for the same orders, attributes, table choice and options. */
export class MovementMemo {
	#last: {
		orders: OrdersTable;
		attributes: AttributesTable | null;
		key: string;
		result: MovementResult;
	} | null = null;

	/** Whether `get` would reuse the kept movement (no tables to build). */
	has(
		orders: OrdersTable,
		attributes: AttributesTable | null,
		choice: Partial<CustomerTableChoice>,
		options: MovementOptions
	): boolean {
		const last = this.#last;
		return (
			last !== null &&
			last.orders === orders &&
			last.attributes === attributes &&
			last.key === JSON.stringify([choice, options])
		);
	}

	/** Throws CustomerTableChoiceError or a RangeError for a bad choice or options. */
	get(
		orders: OrdersTable,
		attributes: AttributesTable | null,
		choice: Partial<CustomerTableChoice>,
		options: MovementOptions
	): MovementResult {
		if (this.has(orders, attributes, choice, options)) return this.#last!.result;
		this.#last = null; // let the previous pair of tables go before building the next one
		const result = computeMovement(orders, options, {
			tableOptions: parseCustomerTableChoice(choice),
			attributes
		});
		this.#last = { orders, attributes, key: JSON.stringify([choice, options]), result };
		return result;
	}

	clear(): void {
		this.#last = null;
	}
}

/** The customers of a flow or cell (group slugs at each date, null = any) as a CSV file. */
export function movementCellFile(
	result: MovementResult,
	datasetName: string,
	currency: string,
	cell: MovementCell
): CsvFile {
	const rows = movementExportRows(result, currency, {
		from: cell.from ?? undefined,
		to: cell.to ?? undefined
	});
	const part = (slug: string | null) => safeFileName(slug ?? 'any', 30);
	return {
		fileName: `${safeFileName(datasetName)}-movement-${part(cell.from)}-to-${part(cell.to)}.csv`,
		csv: toCsv(rows),
		rows: rows.length - 1
	};
}
