/** The standardised feature matrix the clustering works on. */
export interface StandardisedMatrix {
	/** Row-major n × dims: row i holds customer i's z-scores (centred values for indicator columns). */
	matrix: Float64Array;
	rows: number;
	dims: number;
	/** Per feature: the mean of its finite values (the value a z-score of 0 stands for). */
	means: Float64Array;
	/** Per feature: the divisor used — the population standard deviation, 1 for an indicator
	 * column, 0 for a constant column. */
	scales: Float64Array;
}

/**
 * Z-scores each column ((x − mean) / population standard deviation) into one row-major matrix;
 * indicator (0/1) columns are only centred. Non-finite values (a customer missing from the
 * attributes file) become the mean, i.e. 0; a constant column becomes all zeros.
 */
export function standardiseColumns(
	columns: Float64Array[],
	rows: number,
	isIndicator: boolean[] = []
): StandardisedMatrix {
	const dims = columns.length;
	const matrix = new Float64Array(rows * dims);
	const means = new Float64Array(dims);
	const scales = new Float64Array(dims);
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
		// A one-hot column keeps its 0/1 scale: two customers in different categories then differ by
		// a squared distance of 2, as two random customers do on average on a z-scored feature.
		// Dividing by √(p(1 − p)) instead would blow rare categories up into clusters of their own.
		const scale = isConstant ? 0 : isIndicator[f] ? 1 : deviation;
		scales[f] = scale;
		for (let i = 0; i < rows; i++) {
			const x = column[i];
			matrix[i * dims + f] = scale === 0 || !Number.isFinite(x) ? 0 : (x - mean) / scale;
		}
	}
	return { matrix, rows, dims, means, scales };
}
