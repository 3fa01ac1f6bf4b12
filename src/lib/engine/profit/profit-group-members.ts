/**
 * The customers behind a profit group (issue 20): the group's entries of the customer table for the
 * shared customer list (`customers/customer-list.ts`), and its customers as the same CSV as the
 * Profit view's customer export, limited to the group.
 */
import {
	listCustomers,
	membersWithCode,
	type CustomerListPage,
	type CustomerListQuery
} from '../customers/customer-list';
import { safeFileName } from '../tables/file-name';
import { toCsv, type CsvFile } from '../tables/csv-export';
import { profitCustomerRows } from './export-profit';
import type { ProfitComputation } from './profit-session';
import { applyWhatIf } from './what-if';

/** The group code of `key`; throws a RangeError naming the keys there are. */
function groupCodeOf(c: ProfitComputation, key: string): number {
	const code = c.grouping.keys.indexOf(key);
	if (code < 0) {
		throw new RangeError(
			`No group "${key}" in this grouping: one of ${c.grouping.keys.join(', ')}.`
		);
	}
	return code;
}

/** One page of the group's customers (`listCustomers`). */
export function listProfitGroup(
	c: ProfitComputation,
	key: string,
	query: CustomerListQuery
): CustomerListPage {
	return listCustomers(c.customers, membersWithCode(c.grouping.codes, groupCodeOf(c, key)), query);
}

/**
 * The group's customers as `<dataset>-profit-by-<by>-<key>.csv`: the Profit view's customer
 * columns (`profitCustomerRows`, after the what-if), by contribution descending.
 */
export function profitGroupFile(
	c: ProfitComputation,
	datasetName: string,
	currency: string,
	key: string
): CsvFile {
	const rows = profitCustomerRows({
		customers: c.customers,
		profit: c.profit,
		columns: applyWhatIf(c.profit, c.options.multipliers),
		grouping: c.grouping,
		onlyGroup: groupCodeOf(c, key),
		currency
	});
	const fileName = `${safeFileName(datasetName)}-profit-by-${c.grouping.family}-${key}.csv`;
	return { fileName, csv: toCsv(rows), rows: rows.length - 1 };
}
