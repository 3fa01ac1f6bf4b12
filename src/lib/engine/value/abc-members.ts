/**
 * The customers behind an ABC class (issue 20): the class's entries of the customer table for the
 * shared customer list (`customers/customer-list.ts`), and the class as a campaign CSV with the
 * columns every customer export shares.
 */
import {
	customerListFile,
	listCustomers,
	membersWithCode,
	type CustomerListPage,
	type CustomerListQuery
} from '../customers/customer-list';
import type { CsvFile } from '../tables/csv-export';
import type { ValueComputation } from './compute-value';
import { ABC_CLASSES, type AbcClass } from './pareto';

/** The entries of class `abcClass` (A, B or C), ascending; throws a RangeError for another. */
export function abcMembers(computation: ValueComputation, abcClass: AbcClass): Uint32Array {
	const code = ABC_CLASSES.indexOf(abcClass);
	if (code < 0) throw new RangeError(`No ABC class "${String(abcClass)}": one of A, B, C.`);
	return membersWithCode(computation.pareto.abc, code);
}

/** One page of the class's customers (`listCustomers`). */
export function listAbcClass(
	computation: ValueComputation,
	abcClass: AbcClass,
	query: CustomerListQuery
): CustomerListPage {
	return listCustomers(computation.customers, abcMembers(computation, abcClass), query);
}

/** The class's customers as `<dataset>-abc-<class>.csv`: the shared columns, then `abc_class`. */
export function exportAbcClassCsv(
	computation: ValueComputation,
	datasetName: string,
	currency: string,
	abcClass: AbcClass
): CsvFile {
	return customerListFile(
		computation.customers,
		abcMembers(computation, abcClass),
		datasetName,
		`abc-${abcClass}`,
		currency,
		{ column: 'abc_class', label: abcClass }
	);
}
