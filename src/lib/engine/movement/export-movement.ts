/**
 * The customers of one flow (or a whole row, column, or every customer) as CSV rows — a win-back
 * list in one click. Pass the rows to `toCsv` (formula-safe, BOM, CRLF).
 */
import { currencyColumn, customerContactColumns } from '../customers/customer-export-columns';
import { csvDate, csvMoney, type CsvCell } from '../tables/csv-export';
import { groupIndexOf, listCellRows, type MovementResult } from './compute-movement';

/**
 * The columns after the shared id, name and e-mail (`customers/customer-export-columns.ts`):
 * the groups, then value, orders and recency at each date, first and last order.
 */
export const MOVEMENT_EXPORT_COLUMNS = [
	'from',
	'to',
	'value_before',
	'value_after',
	'value_change',
	'orders_before',
	'orders_after',
	'recency_days_before',
	'recency_days_after',
	'first_order',
	'last_order'
] as const;

export interface MovementExportFilter {
	/** Group slug at the from-date; absent = any. */
	from?: string;
	/** Group slug at the to-date; absent = any. */
	to?: string;
}

/**
 * Header + one row per customer of the cell `filter.from` → `filter.to`, in customer-table order:
 * customer_id, name and email (when known), then `MOVEMENT_EXPORT_COLUMNS`, money to the cent,
 * dates ISO, and `currency` last when the data's currency is known. Fields a customer lacks at a date (a New customer before; "No orders left" after)
 * are empty; name, e-mail and the order dates come from the latest table the customer is in.
 * Throws a RangeError for an unknown slug.
 */
export function movementExportRows(
	result: MovementResult,
	currency: string,
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
	const contactsBefore = customerContactColumns(before);
	const contactsAfter = customerContactColumns(after);
	// Both tables join the same customers file, so their contact headers are the same.
	const money = currencyColumn(currency);
	const out: CsvCell[][] = [[...contactsAfter.header, ...MOVEMENT_EXPORT_COLUMNS, ...money.header]];
	for (const r of rows) {
		const b = result.beforeEntry[r];
		const a = result.afterEntry[r];
		const valueBefore = b >= 0 ? before.value[b] : null;
		const valueAfter = a >= 0 ? after.value[a] : null;
		const latest = a >= 0 ? after : before;
		const entry = a >= 0 ? a : b;
		out.push([
			...(a >= 0 ? contactsAfter : contactsBefore).cells(entry),
			groups[result.fromCode[r]].name,
			groups[result.toCode[r]].name,
			valueBefore === null ? null : csvMoney(valueBefore),
			valueAfter === null ? null : csvMoney(valueAfter),
			csvMoney((valueAfter ?? 0) - (valueBefore ?? 0)),
			b >= 0 ? before.orders[b] : null,
			a >= 0 ? after.orders[a] : null,
			b >= 0 ? before.recencyDays[b] : null,
			a >= 0 ? after.recencyDays[a] : null,
			csvDate(latest.firstOrderDay[entry]),
			csvDate(latest.lastOrderDay[entry]),
			...money.cells(entry)
		]);
	}
	return out;
}
