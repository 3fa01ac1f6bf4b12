/**
 * Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985): 1 for identical
 * partitions (whatever the label numbers), about 0 for chance agreement. Labels are integers ≥ 0.
 * Throws a RangeError when the lengths differ.
 */
export function adjustedRandIndex(first: ArrayLike<number>, second: ArrayLike<number>): number {
	const n = first.length;
	if (second.length !== n) {
		throw new RangeError(`labellings differ in length: ${n} and ${second.length}`);
	}
	if (n < 2) return 1;
	let rowsK = 0;
	let colsK = 0;
	for (let i = 0; i < n; i++) {
		rowsK = Math.max(rowsK, first[i] + 1);
		colsK = Math.max(colsK, second[i] + 1);
	}
	const table = new Float64Array(rowsK * colsK);
	const rowTotals = new Float64Array(rowsK);
	const colTotals = new Float64Array(colsK);
	for (let i = 0; i < n; i++) {
		table[first[i] * colsK + second[i]]++;
		rowTotals[first[i]]++;
		colTotals[second[i]]++;
	}
	const pairs = (x: number): number => (x * (x - 1)) / 2;
	let index = 0;
	for (const cell of table) index += pairs(cell);
	let rowPairs = 0;
	for (const total of rowTotals) rowPairs += pairs(total);
	let colPairs = 0;
	for (const total of colTotals) colPairs += pairs(total);
	const expected = (rowPairs * colPairs) / pairs(n);
	const maximum = (rowPairs + colPairs) / 2;
	// Both partitions all-singletons or both one cluster: identical, and the formula is 0/0.
	if (maximum === expected) return 1;
	return (index - expected) / (maximum - expected);
}
