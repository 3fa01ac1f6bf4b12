/**
 * Customer attributes taken from columns of the orders file itself (Online Retail's `Country`),
 * chosen in the mapping step (`ColumnMapping.attributeColumns`): one value per customer, typed
 * like a customers file's columns, so that they reach personas, groupings and exports the same way.
 */
import type { AttributesTable, DictColumn } from '../engine/tables/orders-table';
import { typeColumn } from './import-attributes';

/** One orders-file column kept per line (codes into its values; -1 = empty), by its header name. */
export interface LineAttributeColumn {
	name: string;
	column: DictColumn;
}

/**
 * One row per customer of `customer` (the orders table's customer column, in its dictionary
 * order): for each column, the customer's most frequent non-empty value over their lines (returns
 * included); a tie goes to the value of the customer's earliest line among the tied values; a
 * customer whose lines are all empty gets no value. Columns are then typed numeric (≥ 90% numbers)
 * or categorical, as a customers file's are.
 */
export function deriveAttributes(
	customer: DictColumn,
	columns: readonly LineAttributeColumn[],
	decimalFallback: '.' | ',' = '.'
): AttributesTable {
	const customers = customer.values.length;
	return {
		customerIds: [...customer.values],
		columns: columns.map(({ name, column }) => {
			const modes = modeCodes(customer.codes, column.codes, customers, column.values.length);
			const values = Array.from(modes, (code) => (code < 0 ? '' : column.values[code]));
			return typeColumn(name, values, decimalFallback);
		})
	};
}

/**
 * Per customer, the code of the most frequent non-negative value code over their lines; ties to
 * the value whose first line (for that customer) comes first; -1 when they have none. Columnar:
 * one pass that numbers each (customer, value) pair, then one pass over the pairs.
 */
function modeCodes(
	customerCodes: Int32Array,
	valueCodes: Int32Array,
	customers: number,
	valueCount: number
): Int32Array {
	const pairOf = new Map<number, number>();
	let pairCustomer: Int32Array = new Int32Array(1024);
	let pairValue: Int32Array = new Int32Array(1024);
	let pairCount: Int32Array = new Int32Array(1024);
	let pairFirst: Int32Array = new Int32Array(1024);
	let pairs = 0;
	for (let line = 0; line < customerCodes.length; line++) {
		const value = valueCodes[line];
		if (value < 0) continue;
		const key = customerCodes[line] * valueCount + value;
		let pair = pairOf.get(key);
		if (pair === undefined) {
			if (pairs === pairCount.length) {
				pairCustomer = grow(pairCustomer);
				pairValue = grow(pairValue);
				pairCount = grow(pairCount);
				pairFirst = grow(pairFirst);
			}
			pair = pairs++;
			pairOf.set(key, pair);
			pairCustomer[pair] = customerCodes[line];
			pairValue[pair] = value;
			pairFirst[pair] = line;
		}
		pairCount[pair]++;
	}
	const best = new Int32Array(customers).fill(-1);
	const bestCount = new Int32Array(customers);
	const bestFirst = new Int32Array(customers);
	for (let pair = 0; pair < pairs; pair++) {
		const c = pairCustomer[pair];
		const count = pairCount[pair];
		if (count > bestCount[c] || (count === bestCount[c] && pairFirst[pair] < bestFirst[c])) {
			best[c] = pairValue[pair];
			bestCount[c] = count;
			bestFirst[c] = pairFirst[pair];
		}
	}
	return best;
}

function grow(array: Int32Array): Int32Array {
	const larger = new Int32Array(array.length * 2);
	larger.set(array);
	return larger;
}

/**
 * The customers file's attributes and those taken from the orders file as one table: the file's
 * ids and rows first, then the orders' customers it lacks; each column empty (NaN / -1) where its
 * source has no row. A derived column named like a customers-file column (case and spaces aside)
 * is left out: the customers file wins. Returns whichever is given when only one is.
 */
export function mergeAttributes(
	fromFile: AttributesTable | null,
	derived: AttributesTable | null
): AttributesTable | null {
	if (!derived || derived.columns.length === 0) return fromFile;
	if (!fromFile) return derived;
	const key = (name: string) => name.trim().toLowerCase();
	const fileNames = new Set(fromFile.columns.map((column) => key(column.name)));
	const kept = derived.columns.filter((column) => !fileNames.has(key(column.name)));
	if (kept.length === 0) return fromFile;

	const customerIds = [...fromFile.customerIds];
	const rowOfId = new Map<string, number>();
	customerIds.forEach((id, row) => {
		if (!rowOfId.has(id.trim())) rowOfId.set(id.trim(), row);
	});
	// Where each derived row lands in the merged table.
	const target = new Int32Array(derived.customerIds.length);
	derived.customerIds.forEach((id, row) => {
		let at = rowOfId.get(id);
		if (at === undefined) {
			at = customerIds.push(id) - 1;
			rowOfId.set(id, at);
		}
		target[row] = at;
	});
	const rows = customerIds.length;
	const padded = fromFile.columns.map((column): AttributesTable['columns'][number] => {
		if (column.kind === 'numeric') {
			const values = new Float64Array(rows).fill(NaN);
			values.set(column.values);
			return { ...column, values };
		}
		const codes = new Int32Array(rows).fill(-1);
		codes.set(column.codes);
		return { ...column, codes };
	});
	const moved = kept.map((column): AttributesTable['columns'][number] => {
		if (column.kind === 'numeric') {
			const values = new Float64Array(rows).fill(NaN);
			for (let row = 0; row < target.length; row++) values[target[row]] = column.values[row];
			return { ...column, values };
		}
		const codes = new Int32Array(rows).fill(-1);
		for (let row = 0; row < target.length; row++) codes[target[row]] = column.codes[row];
		return { ...column, codes };
	});
	return { customerIds, columns: [...padded, ...moved] };
}
