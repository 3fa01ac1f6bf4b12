/**
 * CSV rows of the profit family (write them with `toCsv`, which neutralises formula cells): one
 * row per customer with every cost part, or only the customers losing money (the campaign list:
 * fix the cost first), and one row per group.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { CustomerGrouping } from '../customers/group-by';
import { currencyColumn, customerExportColumns } from '../customers/customer-export-columns';
import { csvMoney, csvShare, type CsvCell } from '../tables/csv-export';
import type { ProfitColumns, ProfitResult } from './compute-profit';
import type { GroupProfitRow } from './group-profit';
import { largestCostOf } from './losing-customers';

export interface ProfitExportInput {
	customers: CustomerTable;
	/** The counts (orders, returns, tickets, effort). */
	profit: ProfitResult;
	/** The money columns to write: `profit` itself, or `applyWhatIf(profit, …)`. */
	columns?: ProfitColumns;
	grouping: CustomerGrouping;
	/** Only customers with contribution < 0, worst first; default every customer, by contribution descending. */
	onlyLosing?: boolean;
	/** Only the customers of this group code (`grouping.codes`); default every group. */
	onlyGroup?: number;
	/** The data's currency ('' for plain numbers): a `currency` column when known. */
	currency: string;
}

/**
 * Rows (header first): the shared customer columns (`customers/customer-export-columns.ts`: id,
 * name and e-mail when known, orders, net revenue, first and last order, recency), then group,
 * goods, order/return/ticket/effort cost, service, marketing, contribution, returns, tickets,
 * effort, largest cost and its amount, what brings the customer to zero (0 when not losing).
 * Money to the cent. (Revenue and orders are the shared `net_revenue` and `orders`: a what-if
 * changes costs, never revenue.)
 */
export function profitCustomerRows(input: ProfitExportInput): CsvCell[][] {
	const { customers, profit, grouping } = input;
	const columns = input.columns ?? profit;
	const shared = customerExportColumns(customers, input.currency);
	const header: CsvCell[] = [
		...shared.header,
		'group',
		'goods',
		'order_cost',
		'return_cost',
		'ticket_cost',
		'effort_cost',
		'service',
		'marketing',
		'contribution',
		'returns',
		'tickets',
		'effort',
		'largest_cost',
		'largest_cost_amount',
		'to_break_even'
	];
	const contribution = columns.contribution;
	const picked: number[] = [];
	for (let i = 0; i < customers.count; i++) {
		if (input.onlyLosing && contribution[i] >= 0) continue;
		if (input.onlyGroup !== undefined && grouping.codes[i] !== input.onlyGroup) continue;
		picked.push(i);
	}
	picked.sort(
		input.onlyLosing
			? (a, b) => contribution[a] - contribution[b] || a - b
			: (a, b) => contribution[b] - contribution[a] || a - b
	);
	const rows: CsvCell[][] = [header];
	for (const i of picked) {
		const largest = largestCostOf(columns, i);
		rows.push([
			...shared.cells(i),
			grouping.labels[grouping.codes[i]],
			csvMoney(columns.goods[i]),
			csvMoney(columns.orderCost[i]),
			csvMoney(columns.returnCost[i]),
			csvMoney(columns.ticketCost[i]),
			csvMoney(columns.effortCost[i]),
			csvMoney(columns.service[i]),
			csvMoney(columns.marketing[i]),
			csvMoney(contribution[i]),
			profit.returns[i],
			profit.tickets[i],
			profit.effort[i],
			largest.kind,
			csvMoney(largest.amount),
			contribution[i] < 0 ? csvMoney(-contribution[i]) : 0
		]);
	}
	return rows;
}

/**
 * Rows (header first) of the group table: the report's groups, money to the cent, ROI and
 * contribution share to 4 decimals, ROI empty where undefined; the currency last when known.
 */
export function profitGroupRows(groups: readonly GroupProfitRow[], currency: string): CsvCell[][] {
	const money = currencyColumn(currency);
	return [
		[
			'group',
			'customers',
			'revenue',
			'goods',
			'service',
			'marketing',
			'contribution',
			'roi',
			'losing',
			'contribution_share',
			...money.header
		],
		...groups.map((g) => [
			g.name,
			g.customers,
			csvMoney(g.revenue),
			csvMoney(g.goods),
			csvMoney(g.service),
			csvMoney(g.marketing),
			csvMoney(g.contribution),
			g.roi === null ? null : csvShare(g.roi),
			g.losing,
			g.contributionShare === null ? null : csvShare(g.contributionShare),
			...money.cells(0)
		])
	];
}
