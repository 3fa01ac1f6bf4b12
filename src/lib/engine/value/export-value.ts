/**
 * The Value family's CSV exports (spreadsheet-safe through `toCsv`): the top-N list the page
 * downloads, and every customer with their rank and class (the CLI's `value --customers`).
 */
import { toCsv } from '../tables/csv-export';
import { safeFileName } from '../tables/file-name';
import type { ValueComputation } from './compute-value';
import { topCustomers } from './top-customers';

function round(value: number, digits = 2): number | string {
	const scale = 10 ** digits;
	return Number.isFinite(value) ? Math.round(value * scale) / scale : '';
}

/** The first `n` customers by value as CSV: rank, id, value, orders, AOV, unit price, recency … */
export function exportTopCustomers(
	computation: ValueComputation,
	n: number,
	datasetName: string
): { fileName: string; csv: string; rows: number } {
	const { customers, pareto } = computation;
	const rows = topCustomers(customers, pareto, { n });
	const csv = toCsv([
		[
			'rank',
			'customer_id',
			customers.valueBasis === 'profit' ? 'net_profit' : 'net_revenue',
			'orders',
			'average_order_value',
			'average_unit_price',
			'recency_days',
			'repeat_rate',
			'abc_class'
		],
		...rows.map((row) => [
			row.rank,
			row.id,
			round(row.value),
			row.orders,
			round(row.averageOrderValue),
			round(row.averageUnitPrice),
			row.recencyDays,
			round(row.repeatRate, 4),
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
	datasetName: string
): { fileName: string; csv: string; rows: number } {
	const all = exportTopCustomers(computation, computation.customers.count, datasetName);
	return { ...all, fileName: `${safeFileName(datasetName)}-value-customers.csv` };
}
