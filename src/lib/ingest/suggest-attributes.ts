/**
 * Which unmapped columns of an orders file describe the customer rather than the line (Online
 * Retail's `Country`): the mapping step offers them as customer attributes ("Use Country as a
 * customer attribute"), read by `derive-attributes.ts`.
 */
import type { ColumnRole } from './types';

/**
 * A column is offered when, over the sampled rows of customers seen in at least two orders, at
 * least this share of rows hold their customer's most frequent value (a customer who moved, or a
 * typo, does not hide a per-customer column).
 */
export const ATTRIBUTE_CONSISTENCY = 0.95;
/** Customers seen in ≥ 2 orders needed in the sample before a column is judged at all. */
const MIN_REPEAT_CUSTOMERS = 3;
/** Share of sampled rows that must hold a value (a mostly empty column describes no one). */
const MIN_FILLED = 0.5;

/**
 * The indices of the columns worth offering as customer attributes: mapped to no role, mostly
 * filled, more than one value in the sample, and (nearly) constant within each customer across
 * their orders (`ATTRIBUTE_CONSISTENCY`). Orders are told apart by the `order` column, else by
 * the `date` column's text. Empty when the sample has no customer or too few repeat customers.
 */
export function suggestAttributeColumns(
	header: readonly string[],
	sample: readonly string[][],
	roles: readonly ColumnRole[]
): number[] {
	const customerColumn = roles.indexOf('customer');
	const orderColumn = roles.indexOf('order') >= 0 ? roles.indexOf('order') : roles.indexOf('date');
	if (customerColumn < 0 || orderColumn < 0) return [];
	// The sampled rows of each customer seen in two orders or more.
	const rowsByCustomer = new Map<string, number[]>();
	const ordersByCustomer = new Map<string, Set<string>>();
	sample.forEach((row, r) => {
		const customer = row[customerColumn]?.trim() ?? '';
		if (customer === '') return;
		let rows = rowsByCustomer.get(customer);
		if (!rows) {
			rows = [];
			rowsByCustomer.set(customer, rows);
			ordersByCustomer.set(customer, new Set());
		}
		rows.push(r);
		ordersByCustomer.get(customer)!.add(row[orderColumn]?.trim() ?? '');
	});
	const repeat = [...rowsByCustomer].filter(([id]) => ordersByCustomer.get(id)!.size >= 2);
	if (repeat.length < MIN_REPEAT_CUSTOMERS) return [];

	const offered: number[] = [];
	header.forEach((_, c) => {
		if (roles[c] !== 'ignore') return;
		let filled = 0;
		const distinct = new Set<string>();
		for (const row of sample) {
			const value = row[c]?.trim() ?? '';
			if (value === '') continue;
			filled++;
			distinct.add(value);
		}
		if (filled < sample.length * MIN_FILLED || distinct.size < 2) return;
		let rows = 0;
		let agreeing = 0;
		for (const [, customerRows] of repeat) {
			const counts = new Map<string, number>();
			let top = 0;
			for (const r of customerRows) {
				const value = sample[r][c]?.trim() ?? '';
				const count = (counts.get(value) ?? 0) + 1;
				counts.set(value, count);
				if (count > top) top = count;
			}
			rows += customerRows.length;
			agreeing += top;
		}
		if (agreeing >= rows * ATTRIBUTE_CONSISTENCY) offered.push(c);
	});
	return offered;
}
