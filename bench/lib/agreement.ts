import type { OrdersFile } from '../make-orders';
import type { DuckdbRun } from './duckdb-query';
import type { SieveRun } from './sieve-import';

/**
 * Checks each method's figures against the file's known counts and against each other: every line
 * accepted by Sieve, customers (incl. returns-only) and invoices (orders + returns) as generated,
 * and the same net revenue in both. Returns one note per disagreement, or one "agree" note.
 */
export function checkAgreement(file: OrdersFile, sieve?: SieveRun, duck?: DuckdbRun): string[] {
	const problems: string[] = [];
	const metric = (name: string) => Number(sieve?.metrics?.[name] ?? NaN);
	if (sieve) {
		if (metric('import.lines') !== file.lines)
			problems.push(`Sieve accepted ${metric('import.lines')} lines of ${file.lines}`);
		const customers = metric('import.customers') + metric('import.returnsOnlyCustomers');
		if (customers !== file.customers)
			problems.push(
				`Sieve counted ${customers} customers (with returns-only), the file has ${file.customers}`
			);
		const invoices = metric('import.orders') + metric('import.returns');
		if (invoices !== file.orders)
			problems.push(
				`Sieve counted ${invoices} orders + returns, the file has ${file.orders} invoices`
			);
	}
	if (duck && (duck.customers !== file.customers || duck.orders !== file.orders))
		problems.push(
			`duckdb-wasm saw ${duck.customers} customers / ${duck.orders} invoices, the file has ${file.customers} / ${file.orders}`
		);
	if (sieve && duck) {
		const revenue = metric('import.netRevenue');
		if (!(Math.abs(revenue - duck.revenue!) <= 1e-6 * Math.abs(duck.revenue!) + 0.01))
			problems.push(`net revenue differs: Sieve ${revenue}, duckdb-wasm ${duck.revenue}`);
	}
	if (problems.length === 0)
		return [
			`${file.label}: both methods agree with the file (lines, customers, invoices) and with each other (net revenue)`
		];
	return problems.map((problem) => `${file.label}: WARNING ${problem}`);
}
