/**
 * The customers of one flow (or a whole row or column of the matrix) as the page lists them:
 * searched by customer id, sorted on any column, one page at a time — so a cell of 50,000
 * customers is never sent to the page whole, and the sorting happens where the tables are.
 */
import { formatDay } from '../tables/orders-table';
import { groupIndexOf, listCellRows, type MovementResult } from './compute-movement';

/** Columns the list sorts on. */
export const MOVEMENT_CUSTOMER_SORTS = [
	'customer',
	'valueBefore',
	'valueAfter',
	'valueChange',
	'ordersBefore',
	'ordersAfter',
	'recencyDaysBefore',
	'recencyDaysAfter',
	'lastOrderDate'
] as const;
export type MovementCustomerSort = (typeof MOVEMENT_CUSTOMER_SORTS)[number];

export interface MovementCustomerQuery {
	/** Group slug at the from-date / at the to-date; absent or null = any. */
	from?: string | null;
	to?: string | null;
	/** Case-insensitive part of a customer id; empty = everyone in the cell. */
	search?: string;
	/** Default 'valueBefore' (the value that moved), highest first. */
	sort?: MovementCustomerSort;
	/** Default true for figures, false for the customer id. */
	descending?: boolean;
	/** First row of the page (default 0) and its length (default 100, at most 1,000). */
	offset?: number;
	limit?: number;
}

/** One customer of the list; a figure is null where the customer has no entry at that date (a New
 * customer before, "No orders left" after). */
export interface MovementCustomerRow {
	customer: string;
	from: string;
	to: string;
	valueBefore: number | null;
	valueAfter: number | null;
	/** valueAfter − valueBefore, a missing side counting 0. */
	valueChange: number;
	ordersBefore: number | null;
	ordersAfter: number | null;
	recencyDaysBefore: number | null;
	recencyDaysAfter: number | null;
	/** `YYYY-MM-DD`: the last order before the to-date (or the from-date when none is left). */
	lastOrderDate: string;
}

export interface MovementCustomerPage {
	from: string | null;
	to: string | null;
	search: string;
	sort: MovementCustomerSort;
	descending: boolean;
	/** Customers in the cell, and of those, the ones whose id matches the search. */
	total: number;
	matching: number;
	offset: number;
	rows: MovementCustomerRow[];
}

const MAX_LIMIT = 1000;

/**
 * One page of the customers in the cell `query.from` → `query.to`, searched and sorted (ties keep
 * the customer-table order, so pages never overlap). Throws a RangeError for an unknown slug or
 * sort column.
 */
export function listMovementCustomers(
	result: MovementResult,
	query: MovementCustomerQuery = {}
): MovementCustomerPage {
	const indexOf = (slug: string | null | undefined): number | null => {
		if (slug === undefined || slug === null) return null;
		const k = groupIndexOf(result, slug);
		if (k < 0) throw new RangeError(`unknown group "${slug}"`);
		return k;
	};
	const sort = query.sort ?? 'valueBefore';
	if (!MOVEMENT_CUSTOMER_SORTS.includes(sort)) {
		throw new RangeError(`cannot sort on "${String(sort)}": one of ${MOVEMENT_CUSTOMER_SORTS}`);
	}
	const descending = query.descending ?? sort !== 'customer';
	const search = (query.search ?? '').trim();
	const offset = Math.max(0, Math.floor(query.offset ?? 0));
	const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? 100)));
	const cell = listCellRows(result, indexOf(query.from), indexOf(query.to));
	const { before, after, beforeEntry, afterEntry } = result;

	const idOf = (r: number) =>
		afterEntry[r] >= 0 ? after.ids[afterEntry[r]] : before.ids[beforeEntry[r]];
	let rows: number[] = Array.from(cell);
	if (search !== '') {
		const needle = search.toLowerCase();
		rows = rows.filter((r) => idOf(r).toLowerCase().includes(needle));
	}

	// A figure missing at a date sorts below every present one, whichever the direction.
	const figure = (r: number): number => {
		const b = beforeEntry[r];
		const a = afterEntry[r];
		switch (sort) {
			case 'valueBefore':
				return b >= 0 ? before.value[b] : NaN;
			case 'valueAfter':
				return a >= 0 ? after.value[a] : NaN;
			case 'valueChange':
				return (a >= 0 ? after.value[a] : 0) - (b >= 0 ? before.value[b] : 0);
			case 'ordersBefore':
				return b >= 0 ? before.orders[b] : NaN;
			case 'ordersAfter':
				return a >= 0 ? after.orders[a] : NaN;
			case 'recencyDaysBefore':
				return b >= 0 ? before.recencyDays[b] : NaN;
			case 'recencyDaysAfter':
				return a >= 0 ? after.recencyDays[a] : NaN;
			default:
				return a >= 0 ? after.lastOrderDay[a] : before.lastOrderDay[b];
		}
	};
	const sign = descending ? -1 : 1;
	if (sort === 'customer') {
		const ids = new Map(rows.map((r) => [r, idOf(r)]));
		rows.sort((x, y) => {
			const a = ids.get(x)!;
			const b = ids.get(y)!;
			return (a < b ? -1 : a > b ? 1 : 0) * sign || x - y;
		});
	} else {
		const keys = new Map(rows.map((r) => [r, figure(r)]));
		rows.sort((x, y) => {
			const a = keys.get(x)!;
			const b = keys.get(y)!;
			if (Number.isNaN(a) || Number.isNaN(b)) {
				return (Number.isNaN(a) ? 1 : 0) - (Number.isNaN(b) ? 1 : 0) || x - y;
			}
			return (a - b) * sign || x - y;
		});
	}

	const at = (value: number) => (Number.isNaN(value) ? null : value);
	const page = rows.slice(offset, offset + limit).map((r): MovementCustomerRow => {
		const b = beforeEntry[r];
		const a = afterEntry[r];
		const valueBefore = b >= 0 ? before.value[b] : null;
		const valueAfter = a >= 0 ? after.value[a] : null;
		return {
			customer: idOf(r),
			from: result.groups[result.fromCode[r]].slug,
			to: result.groups[result.toCode[r]].slug,
			valueBefore,
			valueAfter,
			valueChange: (valueAfter ?? 0) - (valueBefore ?? 0),
			ordersBefore: b >= 0 ? before.orders[b] : null,
			ordersAfter: a >= 0 ? after.orders[a] : null,
			recencyDaysBefore: at(b >= 0 ? before.recencyDays[b] : NaN),
			recencyDaysAfter: at(a >= 0 ? after.recencyDays[a] : NaN),
			lastOrderDate: formatDay(a >= 0 ? after.lastOrderDay[a] : before.lastOrderDay[b])
		};
	});
	return {
		from: query.from ?? null,
		to: query.to ?? null,
		search,
		sort,
		descending,
		total: cell.length,
		matching: rows.length,
		offset,
		rows: page
	};
}
