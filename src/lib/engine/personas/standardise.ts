/** The standardised feature matrix the clustering works on. */
export interface StandardisedMatrix {
	/** Row-major n × dims: row i holds customer i's z-scores. */
	matrix: Float64Array;
	rows: number;
	dims: number;
	/** Per feature: the mean of its finite values (the value a z-score of 0 stands for). */
	means: Float64Array;
	/** Per feature: the population standard deviation, or 0 for a constant column. */
	deviations: Float64Array;
}

/**
 * Z-scores each column ((x − mean) / population standard deviation) into one row-major matrix.
 * Non-finite values (a customer missing from the attributes file) become the mean, i.e. 0; a
 * constant column becomes all zeros, so it takes no part in distances.
 */
export function standardiseColumns(columns: Float64Array[], rows: number): StandardisedMatrix {
	const dims = columns.length;
	const matrix = new Float64Array(rows * dims);
	const means = new Float64Array(dims);
	const deviations = new Float64Array(dims);
	for (let f = 0; f < dims; f++) {
		const column = columns[f];
		if (column.length !== rows) {
			throw new RangeError(`feature ${f} has ${column.length} values, expected ${rows}`);
		}
		let count = 0;
		let sum = 0;
		for (let i = 0; i < rows; i++) {
			const x = column[i];
			if (Number.isFinite(x)) {
				sum += x;
				count++;
			}
		}
		const mean = count > 0 ? sum / count : 0;
		let squares = 0;
		for (let i = 0; i < rows; i++) {
			const x = column[i];
			if (Number.isFinite(x)) squares += (x - mean) * (x - mean);
		}
		const deviation = count > 0 ? Math.sqrt(squares / count) : 0;
		means[f] = mean;
		// A spread this small relative to the mean is rounding noise, not a feature.
		const isConstant = !(deviation > 1e-12 * Math.max(1, Math.abs(mean)));
		deviations[f] = isConstant ? 0 : deviation;
		for (let i = 0; i < rows; i++) {
			const x = column[i];
			matrix[i * dims + f] = isConstant || !Number.isFinite(x) ? 0 : (x - mean) / deviation;
		}
	}
	return { matrix, rows, dims, means, deviations };
}
