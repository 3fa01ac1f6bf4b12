/**
 * Per-customer lifetime-value rows for a CSV file (write them with `toCsv` of
 * `engine/tables/csv-export`, which neutralises formula cells).
 */
import { currencyColumn, idContactColumns } from '../customers/customer-export-columns';
import { csvMoney, csvShare, type CsvCell } from '../tables/csv-export';
import type { AttributesTable } from '../tables/orders-table';
import type { ClvResult } from './compute-clv';

/** The columns after the shared id, name and e-mail (`customers/customer-export-columns.ts`). */
export const CLV_CSV_COLUMNS = [
	'frequency',
	'recency',
	'T',
	'p_alive',
	'expected_purchases',
	'expected_spend',
	'clv'
] as const;

/**
 * The header and one row per cohort customer: customer_id, name and email (from the customers
 * file `attributes`, when it has them), frequency x, recency tₓ and T in the result's unit,
 * P(alive), expected purchases (over the holdout length when there is a holdout, else over the
 * horizon), expected spend per purchase and CLV over the horizon. Money to the cent; recency, T,
 * P(alive) and expected purchases to 4 decimals; `currency` last when the data's currency is known.
 * Cells a failed model cannot give are empty.
 * `customerIds` is the orders table's customer dictionary.
 */
export function clvCustomerRows(
	result: ClvResult,
	customerIds: readonly string[],
	currency: string,
	attributes: AttributesTable | null = null
): CsvCell[][] {
	const { summary, customers } = result;
	const cohortIds = Array.from(summary.customerCode.subarray(0, summary.count), (code) =>
		String(customerIds[code])
	);
	const shared = idContactColumns(cohortIds, attributes);
	const money = currencyColumn(currency);
	const rows: CsvCell[][] = [[...shared.header, ...CLV_CSV_COLUMNS, ...money.header]];
	for (let i = 0; i < summary.count; i++) {
		const k = result.patternOf[i];
		const purchases = customers
			? (customers.holdoutExpected ?? customers.expectedPurchases)[i]
			: null;
		rows.push([
			...shared.cells(i),
			summary.frequency[i],
			csvShare(result.patterns.recency[k]),
			csvShare(result.patterns.age[k]),
			customers ? csvShare(customers.pAlive[i]) : null,
			purchases === null ? null : csvShare(purchases),
			customers?.expectedSpend ? csvMoney(customers.expectedSpend[i]) : null,
			customers?.clv ? csvMoney(customers.clv[i]) : null,
			...money.cells(i)
		]);
	}
	return rows;
}
