/**
 * CSV rows of the profit family (write them with `toCsv`, which neutralises formula cells): one
 * row per customer with every cost part, or only the customers losing money (the campaign list:
 * fix the cost first), and one row per group.
 */
import type { CustomerTable } from '../customers/customer-table';
import type { CustomerGrouping } from '../customers/group-by';
import type { CsvCell } from '../tables/csv-export';
import type { ProfitColumns, ProfitResult } from './compute-profit';
import type { GroupProfitRow } from './group-profit';
import { largestCostOf } from './losing-customers';

/** Attribute columns worth carrying into a campaign list: e-mail addresses and names. */
const CONTACT_COLUMN = /e-?mail|name/i;

/** Money to the cent, as spreadsheets show it (binary doubles otherwise print 12.340000000000002). */
const cents = (x: number) => Math.round(x * 100) / 100;

export interface ProfitExportInput {
	customers: CustomerTable;
	/** The counts (orders, returns, tickets, effort). */
	profit: ProfitResult;
	/** The money columns to write: `profit` itself, or `applyWhatIf(profit, …)`. */
	columns?: ProfitColumns;
	grouping: CustomerGrouping;
	/** Only customers with contribution < 0, worst first; default every customer, by contribution descending. */
	onlyLosing?: boolean;
}

/**
 * Rows (header first): customer id, contact columns of the customers file, group, revenue, goods,
 * order/return/ticket/effort cost, service, marketing, contribution, orders, returns, tickets,
 * effort, largest cost and its amount, what brings the customer to zero (0 when not losing).
 */
export function profitCustomerRows(input: ProfitExportInput): CsvCell[][] {
	const { customers, profit, grouping } = input;
	const columns = input.columns ?? profit;
	const contacts = customers.attributes.filter((column) => CONTACT_COLUMN.test(column.name));
	const header: CsvCell[] = [
		'customer_id',
		...contacts.map((column) => column.name),
		'group',
		'revenue',
		'goods',
		'order_cost',
		'return_cost',
		'ticket_cost',
		'effort_cost',
		'service',
		'marketing',
		'contribution',
		'orders',
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
		if (!input.onlyLosing || contribution[i] < 0) picked.push(i);
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
			customers.ids[i],
			...contacts.map((column) =>
				column.kind === 'numeric'
					? column.values[i]
					: column.codes[i] >= 0
						? column.values[column.codes[i]]
						: ''
			),
			grouping.labels[grouping.codes[i]],
			cents(columns.revenue[i]),
			cents(columns.goods[i]),
			cents(columns.orderCost[i]),
			cents(columns.returnCost[i]),
			cents(columns.ticketCost[i]),
			cents(columns.effortCost[i]),
			cents(columns.service[i]),
			cents(columns.marketing[i]),
			cents(contribution[i]),
			profit.orders[i],
			profit.returns[i],
			profit.tickets[i],
			profit.effort[i],
			largest.kind,
			cents(largest.amount),
			contribution[i] < 0 ? cents(-contribution[i]) : 0
		]);
	}
	return rows;
}

/** Rows (header first) of the group table: the report's groups, ROI empty where undefined. */
export function profitGroupRows(groups: readonly GroupProfitRow[]): CsvCell[][] {
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
			'contribution_share'
		],
		...groups.map((g) => [
			g.name,
			g.customers,
			cents(g.revenue),
			cents(g.goods),
			cents(g.service),
			cents(g.marketing),
			cents(g.contribution),
			g.roi,
			g.losing,
			g.contributionShare
		])
	];
}
