/**
 * The customers of one flow (or a whole row, column, or every customer) as CSV rows — a win-back
 * list in one click. Pass the rows to `toCsv` (formula-safe, BOM, CRLF).
 */
import type { CsvCell } from '../tables/csv-export';
import { formatDay } from '../tables/orders-table';
import { groupIndexOf, listCellRows, type MovementResult } from './compute-movement';

export const MOVEMENT_EXPORT_HEADER = [
	'customer',
	'from',
	'to',
	'value_before',
	'value_after',
	'value_change',
	'orders_before',
	'orders_after',
	'recency_days_before',
	'recency_days_after',
	'first_order_date',
	'last_order_date'
] as const;

export interface MovementExportFilter {
	/** Group slug at the from-date; absent = any. */
	from?: string;
	/** Group slug at the to-date; absent = any. */
	to?: string;
}

/**
 * Header + one row per customer of the cell `filter.from` → `filter.to`, in customer-table order.
 * Fields a customer lacks at a date (a New customer before; "No orders left" after) are empty.
 * Throws a RangeError for an unknown slug.
 */
export function movementExportRows(
	result: MovementResult,
	filter: MovementExportFilter = {}
): CsvCell[][] {
	const indexOf = (slug: string | undefined): number | null => {
		if (slug === undefined) return null;
		const k = groupIndexOf(result, slug);
		if (k < 0) {
			throw new RangeError(
				`unknown group "${slug}": one of ${result.groups.map((g) => g.slug).join(', ')}`
			);
		}
		return k;
	};
	const rows = listCellRows(result, indexOf(filter.from), indexOf(filter.to));
	const { before, after, groups } = result;
	const out: CsvCell[][] = [[...MOVEMENT_EXPORT_HEADER]];
	for (const r of rows) {
		const b = result.beforeEntry[r];
		const a = result.afterEntry[r];
		const valueBefore = b >= 0 ? before.value[b] : null;
		const valueAfter = a >= 0 ? after.value[a] : null;
		const latest = a >= 0 ? after : before;
		const entry = a >= 0 ? a : b;
		out.push([
			latest.ids[entry],
			groups[result.fromCode[r]].name,
			groups[result.toCode[r]].name,
			valueBefore,
			valueAfter,
			(valueAfter ?? 0) - (valueBefore ?? 0),
			b >= 0 ? before.orders[b] : null,
			a >= 0 ? after.orders[a] : null,
			b >= 0 ? before.recencyDays[b] : null,
			a >= 0 ? after.recencyDays[a] : null,
			formatDay(latest.firstOrderDay[entry]),
			formatDay(latest.lastOrderDay[entry])
		]);
	}
	return out;
}
