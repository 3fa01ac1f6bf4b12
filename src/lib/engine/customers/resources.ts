/**
 * A customer's resources (budget, company size …) and percentile ranks: shared by account reviews
 * (capacity, `shared/DOMAIN.md` family 7) and the interview list of family 8 (size bands), so the
 * two families agree on who is "large" without importing each other.
 */
import { findAttribute } from './customer-table';
import type { CustomerTable } from './customer-table';

/** Numeric attribute names read as resources, first match wins (a column's name, any case). */
export const RESOURCES_PATTERN =
	/budget|company.?size|employees|headcount|staff|turnover|annual.?revenue|capacity|resources|spend.?potential|size/i;

/** What capacity and size bands were measured on. */
export type ResourcesBasis =
	{ kind: 'attribute'; name: string } | { kind: 'netRevenue'; reason: 'no-attribute' | 'chosen' };

/**
 * The resources values per customer entry and what they are: the named numeric attribute, the
 * first numeric attribute whose name matches `RESOURCES_PATTERN` (`name` undefined), or net
 * revenue (`name` null, or no such attribute). Throws when `name` is not a numeric attribute.
 */
export function resourcesOf(
	customers: CustomerTable,
	name?: string | null
): { values: Float64Array; basis: ResourcesBasis } {
	if (name === null)
		return { values: customers.netRevenue, basis: { kind: 'netRevenue', reason: 'chosen' } };
	if (name !== undefined) {
		const column = customers.attributes.find((c) => c.name === name);
		if (!column || column.kind !== 'numeric') {
			const numeric = customers.attributes.filter((c) => c.kind === 'numeric').map((c) => c.name);
			throw new RangeError(
				`The resources attribute “${name}” is not a numeric column of the customers file (numeric columns: ${numeric.join(', ') || 'none'}).`
			);
		}
		return { values: column.values, basis: { kind: 'attribute', name } };
	}
	const column = findAttribute(customers, RESOURCES_PATTERN, 'numeric');
	if (column && column.kind === 'numeric')
		return { values: column.values, basis: { kind: 'attribute', name: column.name } };
	return { values: customers.netRevenue, basis: { kind: 'netRevenue', reason: 'no-attribute' } };
}

/**
 * Percentile rank per entry: the share of entries with a known value that are strictly smaller
 * (DOMAIN.md "capacity"); NaN where the value is unknown. Ties share a rank. O(n log n).
 */
export function percentileRanks(values: ArrayLike<number>): Float64Array {
	const n = values.length;
	const known: number[] = [];
	for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) known.push(i);
	known.sort((a, b) => values[a] - values[b]);
	const ranks = new Float64Array(n).fill(NaN);
	let smaller = 0;
	for (let k = 0; k < known.length; k++) {
		if (k > 0 && values[known[k]] !== values[known[k - 1]]) smaller = k;
		ranks[known[k]] = smaller / known.length;
	}
	return ranks;
}
