/**
 * The Value family's CSV exports (spreadsheet-safe through `toCsv`): the top-N list the page
 * downloads, and every customer with their rank and class (the CLI's `value --customers`).
 */
import { customerExportColumns } from '../customers/customer-export-columns';
import { csvMoney, csvShare, toCsv, type CsvFile } from '../tables/csv-export';
import { safeFileName } from '../tables/file-name';
import type { ValueComputation } from './compute-value';
import { topCustomers } from './top-customers';

/**
 * The first `n` customers in the list's order as CSV: the shared customer columns
 * (`customers/customer-export-columns.ts`), then rank, average order value, average unit price,
 * repeat rate and ABC class.
 */
export function exportTopCustomers(
	computation: ValueComputation,
	n: number,
	datasetName: string,
	currency: string
): CsvFile {
	const { customers, pareto } = computation;
	const rows = topCustomers(customers, pareto, { n });
	const shared = customerExportColumns(customers, currency);
	const csv = toCsv([
		[
			...shared.header,
			'rank',
			'average_order_value',
			'average_unit_price',
			'repeat_rate',
			'abc_class'
		],
		...rows.map((row) => [
			...shared.cells(row.index),
			row.rank,
			csvMoney(row.averageOrderValue),
			csvMoney(row.averageUnitPrice),
			csvShare(row.repeatRate),
			row.abc
		])
	]);
	return {
		fileName: `${safeFileName(datasetName)}-top-${rows.length}.csv`,
		csv,
		rows: rows.length
	};
}

/** Every customer of the table, by rank: the top-N columns for N = all customers. */
export function exportValueCustomers(
	computation: ValueComputation,
	datasetName: string,
	currency: string
): CsvFile {
	const all = exportTopCustomers(computation, computation.customers.count, datasetName, currency);
	return { ...all, fileName: `${safeFileName(datasetName)}-value-customers.csv` };
}
