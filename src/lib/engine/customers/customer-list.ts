/**
 * The customers behind a number (issue 20): the members of one group — a segment, a tag, an R × F
 * selection, an ABC class, a persona, a profit group — searched by id, name or e-mail, sorted on
 * any column and cut into pages, where the customer table lives (the worker), so a group of 50,000
 * customers never reaches the page whole. Each family resolves its own group to members (entries
 * of the customer table); this file only lists them, and writes the same CSV as every export.
 */
import { toCsv, type CsvCell, type CsvFile } from '../tables/csv-export';
import { formatDay } from '../tables/orders-table';
import { safeFileName } from '../tables/file-name';
import { customerExportColumns, findContactColumns } from './customer-export-columns';
import type { CustomerTable } from './types';

/** Columns the list sorts on. */
export const CUSTOMER_LIST_SORTS = [
	'customer',
	'name',
	'email',
	'orders',
	'netRevenue',
	'profit',
	'lastOrder',
	'recencyDays'
] as const;
export type CustomerListSort = (typeof CUSTOMER_LIST_SORTS)[number];

/** The longest page the list sends. */
export const CUSTOMER_LIST_MAX_LIMIT = 500;

export interface CustomerListQuery {
	/** Case-insensitive part of the id, name or e-mail; empty = every member. */
	search?: string;
	/** Default 'netRevenue'. */
	sort?: CustomerListSort;
	/** Default true for figures and dates, false for id, name and e-mail. */
	descending?: boolean;
	/** First row of the page (default 0) and its length (default 50, at most 500). */
	offset?: number;
	limit?: number;
}

/** One customer of the page. */
export interface CustomerListRow {
	customer: string;
	/** From the customers file; null when it has no such column. */
	name: string | null;
	email: string | null;
	orders: number;
	netRevenue: number;
	/** Null without a cost column. */
	profit: number | null;
	/** `YYYY-MM-DD`. */
	lastOrder: string;
	recencyDays: number;
}

export interface CustomerListPage {
	search: string;
	sort: CustomerListSort;
	descending: boolean;
	/** Members of the group, and of those, the ones the search matches. */
	total: number;
	matching: number;
	offset: number;
	limit: number;
	/** Which optional columns the data has. */
	hasName: boolean;
	hasEmail: boolean;
	hasProfit: boolean;
	rows: CustomerListRow[];
}

/** The entries i (ascending) with mask[i] === 1. */
export function membersOfMask(mask: Uint8Array): Uint32Array {
	let count = 0;
	for (let i = 0; i < mask.length; i++) if (mask[i] === 1) count++;
	const members = new Uint32Array(count);
	for (let i = 0, k = 0; i < mask.length; i++) if (mask[i] === 1) members[k++] = i;
	return members;
}

/** The entries i (ascending) with codes[i] === code. */
export function membersWithCode(codes: ArrayLike<number>, code: number): Uint32Array {
	let count = 0;
	for (let i = 0; i < codes.length; i++) if (codes[i] === code) count++;
	const members = new Uint32Array(count);
	for (let i = 0, k = 0; i < codes.length; i++) if (codes[i] === code) members[k++] = i;
	return members;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of `members` (entries of `customers`): searched (case-insensitive part of the id, name
 * or e-mail), sorted on `query.sort` (ties keep the customer-table order, so pages never overlap;
 * a missing name, e-mail or profit sorts last either way), then `offset`…`offset + limit`. Row
 * objects are built for the page only. Throws a RangeError for an unknown sort column, a member
 * outside the table, or a profit sort without a cost column.
 */
export function listCustomers(
	customers: CustomerTable,
	members: Uint32Array,
	query: CustomerListQuery = {}
): CustomerListPage {
	const sort = query.sort ?? 'netRevenue';
	if (!CUSTOMER_LIST_SORTS.includes(sort)) {
		throw new RangeError(`cannot sort on "${String(sort)}": one of ${CUSTOMER_LIST_SORTS}`);
	}
	const { name, email } = findContactColumns(customers.attributes);
	const { profit } = customers;
	if (sort === 'profit' && !profit) throw new RangeError('cannot sort on profit: no cost column');
	const textual = sort === 'customer' || sort === 'name' || sort === 'email';
	const descending = query.descending ?? !textual;
	const search = (query.search ?? '').trim();
	const offset = Math.max(0, Math.floor(query.offset ?? 0));
	const limit = Math.min(CUSTOMER_LIST_MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? 50)));
	for (const entry of members) {
		if (entry >= customers.count) {
			throw new RangeError(`member ${entry} is outside the customer table (${customers.count})`);
		}
	}

	let picked = members;
	if (search !== '') {
		const needle = search.toLowerCase();
		const matches = (entry: number) =>
			customers.ids[entry].toLowerCase().includes(needle) ||
			(name !== null && name(entry).toLowerCase().includes(needle)) ||
			(email !== null && email(entry).toLowerCase().includes(needle));
		picked = members.filter(matches);
	}
	// A copy: the members array may be a family's own, kept between requests.
	const order = Uint32Array.from(picked);
	const sign = descending ? -1 : 1;
	if (textual) {
		const textOf =
			sort === 'customer' ? (i: number) => customers.ids[i] : sort === 'name' ? name : email;
		if (textOf) {
			const keys = new Map<number, string>();
			for (const entry of order) keys.set(entry, textOf(entry));
			order.sort((x, y) => {
				const a = keys.get(x)!;
				const b = keys.get(y)!;
				if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || x - y;
				return compareText(a, b) * sign || x - y;
			});
		}
	} else {
		const column =
			sort === 'orders'
				? customers.orders
				: sort === 'profit'
					? profit!
					: sort === 'lastOrder'
						? customers.lastOrderDay
						: sort === 'recencyDays'
							? customers.recencyDays
							: customers.netRevenue;
		order.sort((x, y) => {
			const a = column[x];
			const b = column[y];
			if (Number.isNaN(a) || Number.isNaN(b)) {
				return (Number.isNaN(a) ? 1 : 0) - (Number.isNaN(b) ? 1 : 0) || x - y;
			}
			return (a - b) * sign || x - y;
		});
	}

	const rows: CustomerListRow[] = [];
	for (let k = offset; k < Math.min(order.length, offset + limit); k++) {
		const entry = order[k];
		rows.push({
			customer: customers.ids[entry],
			name: name ? name(entry) : null,
			email: email ? email(entry) : null,
			orders: customers.orders[entry],
			netRevenue: customers.netRevenue[entry],
			profit: profit ? profit[entry] : null,
			lastOrder: formatDay(customers.lastOrderDay[entry]),
			recencyDays: customers.recencyDays[entry]
		});
	}
	return {
		search,
		sort,
		descending,
		total: members.length,
		matching: order.length,
		offset,
		limit,
		hasName: name !== null,
		hasEmail: email !== null,
		hasProfit: profit !== null,
		rows
	};
}

/**
 * The members as a campaign CSV with the columns every customer export shares
 * (`customerExportColumns`: id, name and e-mail when known, orders, money to the cent, ISO dates,
 * recency), then `group` under its column name, by net revenue descending (ties in table order);
 * the file is `<dataset>-<part>.csv`.
 */
export function customerListFile(
	customers: CustomerTable,
	members: Uint32Array,
	datasetName: string,
	part: string,
	currency: string,
	group: { column: string; label: string } | null = null
): CsvFile {
	const shared = customerExportColumns(customers, currency);
	const order = Uint32Array.from(members).sort(
		(x, y) => customers.netRevenue[y] - customers.netRevenue[x] || x - y
	);
	const rows: CsvCell[][] = [[...shared.header, ...(group ? [group.column] : [])]];
	for (const entry of order) rows.push([...shared.cells(entry), ...(group ? [group.label] : [])]);
	return {
		fileName: `${safeFileName(datasetName)}-${safeFileName(part)}.csv`,
		csv: toCsv(rows),
		rows: order.length
	};
}
