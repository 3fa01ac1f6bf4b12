/**
 * The Profit view's pipeline over one customer table and grouping, as the worker runs it:
 * `computeProfit` kept for the table, grouping, tickets and costs (the what-if multipliers only
 * scale the result, so they are not part of the key: the sliders' fast path reads no line again),
 * then the report, the search through the losing customers, and the CSV files.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { CustomerGrouping, GroupFamily } from '../customers/group-by';
import { toCsv, type CsvFile } from '../tables/csv-export';
import { safeFileName } from '../tables/file-name';
import { LastValue } from '../tables/last-value';
import { formatDay, type OrdersTable } from '../tables/orders-table';
import type { TicketsTable } from '../tables/tickets-table';
import { computeProfit, type ProfitResult } from './compute-profit';
import { countTickets } from './count-tickets';
import { profitCustomerRows, profitGroupRows } from './export-profit';
import { listLosingCustomers, type LosingCustomer } from './losing-customers';
import { DEFAULT_MULTIPLIERS, type ProfitOptions } from './profit-options';
import { buildProfitReport, type ProfitReport } from './profit-report';
import { applyWhatIf } from './what-if';

/** Losing customers sent with the report (a search asks for more). */
export const LOSING_PAGE = 100;

export type ProfitExportKind = 'groups' | 'losing' | 'customers';

/** What the data offers the cost form, beside the report. */
export interface ProfitDataFacts {
	/** The orders file has a cost column. */
	hasCostColumn: boolean;
	/** Category names of the orders file (empty without a category column). */
	categories: string[];
	/** Numeric attributes of the customers file (candidates for the service effort). */
	numericAttributes: string[];
	/** Whether a tickets table is stored with the dataset (otherwise tickets count 0). */
	hasTickets: boolean;
	/** The analysis date, YYYY-MM-DD. */
	analysisDate: string;
	/** The demo business's suggested service costs when the dataset is the demo, else null. */
	suggestedCosts: Pick<
		ProfitOptions,
		'costPerOrder' | 'costPerReturn' | 'costPerTicket' | 'costPerEffortPoint'
	> | null;
}

/** The facts of the data the cost form offers (the caller knows whether costs are suggested). */
export function profitDataFacts(
	orders: OrdersTable,
	customers: CustomerTable,
	tickets: TicketsTable | null,
	suggestedCosts: ProfitDataFacts['suggestedCosts']
): ProfitDataFacts {
	return {
		hasCostColumn: orders.cost !== null,
		categories: [...(orders.category?.values ?? [])],
		numericAttributes: customers.attributes
			.filter((column) => column.kind === 'numeric')
			.map((column) => column.name),
		hasTickets: Boolean(tickets),
		analysisDate: formatDay(customers.analysisDay),
		suggestedCosts: suggestedCosts && { ...suggestedCosts }
	};
}

/** One customer table grouped one way, with its profit. */
export interface ProfitComputation {
	customers: CustomerTable;
	grouping: CustomerGrouping;
	profit: ProfitResult;
	options: ProfitOptions;
}

/** The last `computeProfit`, for the same table, grouping, tickets and costs. */
export class ProfitMemo {
	readonly #profits = new LastValue<ProfitResult>();

	compute(
		orders: OrdersTable,
		customers: CustomerTable,
		grouping: CustomerGrouping,
		tickets: TicketsTable | null,
		options: ProfitOptions
	): ProfitComputation {
		const costs = JSON.stringify({ ...options, multipliers: DEFAULT_MULTIPLIERS });
		const profit = this.#profits.get([customers, grouping, tickets, costs], () =>
			computeProfit(
				{
					orders,
					customers,
					grouping,
					tickets: tickets ? countTickets(tickets, customers).counts : null
				},
				options
			)
		);
		return { customers, grouping, profit, options };
	}

	clear(): void {
		this.#profits.clear();
	}
}

/** The report the page shows (with the first `losingLimit` losing customers). */
export function profitReportOf(c: ProfitComputation, losingLimit = LOSING_PAGE): ProfitReport {
	return buildProfitReport({
		ids: c.customers.ids,
		profit: c.profit,
		grouping: c.grouping,
		options: c.options,
		losingLimit
	});
}

/** The answer the Profit view shows: the report, and what the data offers the cost form. */
export interface ProfitAnswer {
	report: ProfitReport;
	data: ProfitDataFacts;
}

/** The report and the data's facts of a computation over `orders` (`profitDataFacts`). */
export function profitAnswerOf(
	c: ProfitComputation,
	orders: OrdersTable,
	tickets: TicketsTable | null,
	suggestedCosts: ProfitDataFacts['suggestedCosts']
): ProfitAnswer {
	return {
		report: profitReportOf(c),
		data: profitDataFacts(orders, c.customers, tickets, suggestedCosts)
	};
}

/** Losing customers (after the what-if) whose id contains `query`, worst first, at most `limit`. */
export function searchLosingCustomers(
	c: ProfitComputation,
	query: string,
	limit: number
): { matched: number; customers: LosingCustomer[] } {
	const columns = applyWhatIf(c.profit, c.options.multipliers);
	const text = query.trim().toLowerCase();
	const all = listLosingCustomers(columns, c.customers.ids).customers;
	const matching = text ? all.filter((customer) => customer.id.toLowerCase().includes(text)) : all;
	return { matched: matching.length, customers: matching.slice(0, Math.max(0, limit)) };
}

/** The groups, the losing customers or every customer as a CSV file named after the dataset. */
export function profitExportFile(
	c: ProfitComputation,
	datasetName: string,
	currency: string,
	by: GroupFamily,
	what: ProfitExportKind
): CsvFile {
	const base = `${safeFileName(datasetName)}-profit-by-${by}`;
	const rows =
		what === 'groups'
			? profitGroupRows(profitReportOf(c, 0).groups, currency)
			: profitCustomerRows({
					customers: c.customers,
					profit: c.profit,
					columns: applyWhatIf(c.profit, c.options.multipliers),
					grouping: c.grouping,
					onlyLosing: what === 'losing',
					currency
				});
	const suffix =
		what === 'groups' ? 'groups' : what === 'losing' ? 'losing-customers' : 'customers';
	return { fileName: `${base}-${suffix}.csv`, csv: toCsv(rows), rows: rows.length - 1 };
}
