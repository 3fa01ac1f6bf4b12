/**
 * Per-customer lifetime-value rows for a CSV file (write them with `toCsv` of
 * `engine/tables/csv-export`, which neutralises formula cells).
 */
import type { CsvCell } from '../tables/csv-export';
import type { ClvResult } from './compute-clv';

export const CLV_CSV_HEADER = [
	'customer',
	'frequency',
	'recency',
	'T',
	'p_alive',
	'expected_purchases',
	'expected_spend',
	'clv'
] as const;

/** Rounds to 6 decimals, so files stay readable; the models are not that exact anyway. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The header and one row per cohort customer: frequency x, recency tₓ and T in the result's
 * unit, P(alive), expected purchases (over the holdout length when there is a holdout, else over
 * the horizon), expected spend per purchase and CLV over the horizon. Cells a failed model cannot
 * give are empty. `customerIds` is the orders table's customer dictionary.
 */
export function clvCustomerRows(result: ClvResult, customerIds: readonly string[]): CsvCell[][] {
	const { summary, customers } = result;
	const rows: CsvCell[][] = [[...CLV_CSV_HEADER]];
	for (let i = 0; i < summary.count; i++) {
		const k = result.patternOf[i];
		const purchases = customers
			? (customers.holdoutExpected ?? customers.expectedPurchases)[i]
			: null;
		rows.push([
			customerIds[summary.customerCode[i]],
			summary.frequency[i],
			round(result.patterns.recency[k]),
			round(result.patterns.age[k]),
			customers ? round(customers.pAlive[i]) : null,
			purchases === null ? null : round(purchases),
			customers?.expectedSpend ? round(customers.expectedSpend[i]) : null,
			customers?.clv ? round(customers.clv[i]) : null
		]);
	}
	return rows;
}
