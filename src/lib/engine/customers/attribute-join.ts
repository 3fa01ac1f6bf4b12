/**
 * The customers file joined to the customer table on the id: one column per attribute, aligned to
 * the table's entries (NaN / −1 where a customer has no row).
 */
import type { AttributesTable } from '../tables/orders-table';
import type { CustomerAttributeColumn, CustomerTable } from './types';

export interface AttributeJoin {
	columns: CustomerAttributeColumn[];
	/** Ids of the customers file that are not in the table (a repeated id counts once). */
	unmatched: number;
	/** Customers of the table found in the customers file. */
	matched: number;
}

/** Joins `attributes` to the entries `ids` on the trimmed id; the first row of a repeated id wins. */
export function joinAttributes(ids: string[], attributes: AttributesTable | null): AttributeJoin {
	if (!attributes) return { columns: [], unmatched: 0, matched: 0 };
	const rowById = new Map<string, number>();
	attributes.customerIds.forEach((id, row) => {
		const key = id.trim();
		if (!rowById.has(key)) rowById.set(key, row);
	});
	const rowOf = new Int32Array(ids.length).fill(-1);
	const used = new Uint8Array(attributes.customerIds.length);
	let matched = 0;
	for (let i = 0; i < ids.length; i++) {
		const row = rowById.get(ids[i]);
		if (row !== undefined) {
			rowOf[i] = row;
			used[row] = 1;
			matched++;
		}
	}
	let unmatched = 0;
	attributes.customerIds.forEach((id, row) => {
		// A repeated id counts once: only its first row is ever joined.
		if (used[row] === 0 && rowById.get(id.trim()) === row) unmatched++;
	});
	const columns = attributes.columns.map((column): CustomerAttributeColumn => {
		if (column.kind === 'numeric') {
			const values = new Float64Array(ids.length);
			for (let i = 0; i < ids.length; i++) {
				values[i] = rowOf[i] >= 0 ? column.values[rowOf[i]] : NaN;
			}
			return { name: column.name, kind: 'numeric', values };
		}
		const codes = new Int32Array(ids.length);
		for (let i = 0; i < ids.length; i++) codes[i] = rowOf[i] >= 0 ? column.codes[rowOf[i]] : -1;
		return { name: column.name, kind: 'categorical', codes, values: column.values };
	});
	return { columns, unmatched, matched };
}

/** The joined attribute column whose name matches `pattern` (first match), or null. */
export function findAttribute(
	customers: CustomerTable,
	pattern: RegExp,
	kind?: 'numeric' | 'categorical'
): CustomerAttributeColumn | null {
	return (
		customers.attributes.find(
			(column) => pattern.test(column.name) && (!kind || column.kind === kind)
		) ?? null
	);
}
