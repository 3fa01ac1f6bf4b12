/**
 * Which columns the mapping step draws. A file can have 100,000 columns; a table with one select
 * per column then needs millions of DOM nodes and freezes the page. So it draws at most `limit`
 * columns: the first ones, plus every column that has a role (wherever it is), or, while the user
 * searches, the columns whose name matches. Every column keeps its role in the mapping either way.
 */
import { m } from '../../i18n';

export interface VisibleColumns {
	/** Column indices to draw, ascending. */
	indices: number[];
	/** Columns whose name matches the search (all of them without a search). */
	matches: number;
	/** Columns in the file. */
	total: number;
}

/** The name the mapping step shows for a column (an empty header cell is "Column N"). */
export function columnLabel(name: string, index: number): string {
	return name || m.data.columnN(index);
}

/**
 * The columns to draw: without `query`, the first `limit` and every column whose role is not
 * "ignore"; with `query` (case-insensitive, part of the name, or the column's number), the first
 * `limit` matches.
 */
export function visibleColumns(
	names: readonly string[],
	roles: readonly string[],
	query: string,
	limit = 50
): VisibleColumns {
	const total = names.length;
	const needle = query.trim().toLowerCase();
	if (needle === '') {
		const indices: number[] = [];
		for (let i = 0; i < total; i++) {
			if (i < limit || (roles[i] !== undefined && roles[i] !== 'ignore')) indices.push(i);
		}
		return { indices, matches: total, total };
	}
	const indices: number[] = [];
	let matches = 0;
	for (let i = 0; i < total; i++) {
		const label = columnLabel(names[i], i).toLowerCase();
		if (label.includes(needle) || String(i + 1) === needle) {
			matches++;
			if (indices.length < limit) indices.push(i);
		}
	}
	return { indices, matches, total };
}
